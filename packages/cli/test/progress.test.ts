import { downloadLine, ProgressLine, progressFor } from '../src/progress';
import { memoryIo } from './memory-io';

// issue 14 item 5: the progress line's timing and its manners with other output
describe('ProgressLine', () => {
  function line(afterMs: number) {
    let now = 0;
    const written: string[] = [];
    const progress = new ProgressLine(10, (text) => written.push(text), afterMs, () => now);
    return { progress, written, at: (ms: number) => void (now = ms) };
  }

  test('silent before the delay, then drawn in place at most every 100 ms, and erased when stopped', () => {
    const { progress, written, at } = line(1000);
    at(500);
    progress.reach(1);
    expect(written).toEqual([]);
    at(1000);
    progress.reach(2);
    at(1050);
    progress.reach(3);
    at(1100);
    progress.reach(4);
    expect(written).toEqual(['\rdflint: 2/10 files…', '\rdflint: 4/10 files…']);
    progress.stop();
    progress.reach(5);
    expect(written.slice(2)).toEqual(['\r\x1b[K']);
  });

  test('other output erases the line first, and the next file draws it again', () => {
    const { progress, written } = line(0);
    const io = memoryIo('/');
    const wrapped = progress.around({ ...io, out: (text) => written.push(`out:${text}`), err: (text) => written.push(`err:${text}`) });
    progress.reach(1);
    wrapped.err('dflint: x: cannot read\n');
    wrapped.out('diff\n');
    progress.reach(2);
    progress.stop();
    expect(written).toEqual(['\rdflint: 1/10 files…', '\r\x1b[K', 'err:dflint: x: cannot read\n', 'out:diff\n', '\rdflint: 2/10 files…', '\r\x1b[K']);
  });
});

// issue 15 item 4: what a run downloads shows on the same line, in place of the file count
describe('download progress', () => {
  test('a download replaces the file count while it lasts, is throttled like it, and is erased when over', () => {
    let now = 0;
    const written: string[] = [];
    const progress = new ProgressLine(10, (text) => written.push(text), 0, () => now);
    progress.reach(1);
    now = 100;
    progress.report('resolving a: 0.0 of 1.0 MiB (0/1 layers)');
    now = 150;
    progress.report('resolving a: 0.5 of 1.0 MiB (0/1 layers)');
    now = 200;
    progress.report('resolving a: 1.0 of 1.0 MiB (1/1 layers)');
    now = 300;
    progress.report('resolving b: 1 of 2');
    progress.report(undefined);
    progress.reach(2);
    progress.stop();
    expect(written).toEqual([
      '\rdflint: 1/10 files…',
      '\rresolving a: 0.0 of 1.0 MiB (0/1 layers)',
      '\rresolving a: 1.0 of 1.0 MiB (1/1 layers)',
      '\r\x1b[Kresolving b: 1 of 2',
      '\r\x1b[K',
      '\rdflint: 2/10 files…',
      '\r\x1b[K',
    ]);
  });

  test('one file: no count, but a download shows', () => {
    const written: string[] = [];
    const progress = new ProgressLine(1, (text) => written.push(text), 0, () => 1000);
    progress.reach(0);
    expect(written).toEqual([]);
    progress.report('resolving b');
    progress.stop();
    expect(written).toEqual(['\rresolving b', '\r\x1b[K']);
  });

  test.each([
    [{ receivedBytes: 12.3 * 2 ** 20, totalBytes: 48.1 * 2 ** 20, layersDone: 1, layerCount: 3 }, 'resolving docker.io/library/debian:bookworm: 12.3 of 48.1 MiB (1/3 layers)'],
    [{ receivedBytes: 0, totalBytes: 3 * 2 ** 30, layersDone: 0, layerCount: 9 }, 'resolving docker.io/library/debian:bookworm: 0.0 of 3.0 GiB (0/9 layers)'],
    [{ receivedBytes: 512, totalBytes: 2048, layersDone: 0, layerCount: 1 }, 'resolving docker.io/library/debian:bookworm: 0.5 of 2.0 KiB (0/1 layers)'],
  ])('%#: the line for a download in progress', (bytes, line) => {
    expect(downloadLine({ image: 'docker.io/library/debian:bookworm', ...bytes })).toBe(line);
  });
});

describe('progressFor', () => {
  const tty = (env: NodeJS.ProcessEnv = {}) => ({ ...memoryIo('/', env), stderrIsTTY: true });

  test.each([
    ['stderr is a terminal', tty(), {}, 5, true],
    ['CI=false is not CI', tty({ CI: 'false' }), {}, 5, true],
    ['stderr is a pipe', memoryIo('/'), {}, 5, false],
    ['CI is set', tty({ CI: 'true' }), {}, 5, false],
    ['CI=1', tty({ CI: '1' }), {}, 5, false],
    ['--quiet', tty(), { quiet: true }, 5, false],
    // a single file: a line for downloads only (below)
    ['one file', tty(), {}, 1, true],
  ])('%s', (_, io, options, total, shown) => {
    const progress = progressFor(total, options, io);
    progress?.stop();
    expect(progress !== undefined).toBe(shown);
  });
});
