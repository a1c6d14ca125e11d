import { ProgressLine, progressFor } from '../src/progress';
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

describe('progressFor', () => {
  const tty = (env: NodeJS.ProcessEnv = {}) => ({ ...memoryIo('/', env), stderrIsTTY: true });

  test.each([
    ['stderr is a terminal', tty(), {}, 5, true],
    ['CI=false is not CI', tty({ CI: 'false' }), {}, 5, true],
    ['stderr is a pipe', memoryIo('/'), {}, 5, false],
    ['CI is set', tty({ CI: 'true' }), {}, 5, false],
    ['CI=1', tty({ CI: '1' }), {}, 5, false],
    ['--quiet', tty(), { quiet: true }, 5, false],
    ['one file', tty(), {}, 1, false],
  ])('%s', (_, io, options, total, shown) => {
    const progress = progressFor(total, options, io);
    progress?.stop();
    expect(progress !== undefined).toBe(shown);
  });
});
