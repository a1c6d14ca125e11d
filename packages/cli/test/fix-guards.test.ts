// --fix never overwrites what it should not (issue 13, items 3 and 4): a file edited or replaced
// while dflint fixes it, a read-only file, a hard-linked file; as root it keeps owner and group.
import { promises as fsp, chmodSync, chownSync, linkSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic, WriteError } from '../src/atomic-write';
import { main } from '../src/main';
import { memoryIo } from './memory-io';
import { announceSkip, runCli, tempDir } from './run-cli';

/** one consecutive-run finding (the merge saves what the first RUN writes; delete-after-add's finding on it is off) */
const MERGEABLE = 'FROM alpine:3.20\nRUN a > /x\nRUN rm /x\n# dflint-ignore-file delete-after-add\n';
const asRoot = process.getuid?.() === 0;

function fileIn(dir: string, name: string, text = 'old\n'): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('writeFileAtomic leaves a file that changed since it was read', () => {
  test('rewritten in place: the edit stays, no temp file is left', async () => {
    const dir = tempDir();
    const file = fileIn(dir, 'Dockerfile');
    const write = writeFileAtomic(file, 'fixed\n', { expected: 'old\n', beforeRename: () => writeFileSync(file, 'edited\n') });
    await expect(write).rejects.toEqual(new WriteError('it changed while dflint was fixing it; run dflint --fix again'));
    expect(readFileSync(file, 'utf8')).toBe('edited\n');
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  test('replaced by mv: the new file stays', async () => {
    const dir = tempDir();
    const file = fileIn(dir, 'Dockerfile');
    const replace = () => renameSync(fileIn(dir, 'saved', 'saved by an editor\n'), file);
    await expect(writeFileAtomic(file, 'fixed\n', { expected: 'old\n', beforeRename: replace })).rejects.toThrow(/changed while dflint was fixing it/);
    expect(readFileSync(file, 'utf8')).toBe('saved by an editor\n');
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  test('unchanged, it is written', async () => {
    const dir = tempDir();
    const file = fileIn(dir, 'Dockerfile');
    await writeFileAtomic(file, 'fixed\n', { expected: 'old\n', beforeRename: () => writeFileSync(file, 'old\n') });
    expect(readFileSync(file, 'utf8')).toBe('fixed\n');
  });
});

describe('writeFileAtomic and file permissions and links', () => {
  test('a read-only file (mode 0444) is refused, with the option that overrides it', async () => {
    const dir = tempDir();
    const file = fileIn(dir, 'Dockerfile');
    chmodSync(file, 0o444);
    await expect(writeFileAtomic(file, 'fixed\n')).rejects.toEqual(new WriteError('it is read-only (mode 0444); --fix-read-only writes it anyway'));
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
    await writeFileAtomic(file, 'fixed\n', { writeReadOnly: true });
    expect(readFileSync(file, 'utf8')).toBe('fixed\n');
    expect(statSync(file).mode & 0o7777).toBe(0o444);
  });

  test('a hard-linked file is refused: both names keep the same text', async () => {
    const dir = tempDir();
    const file = fileIn(dir, 'Dockerfile');
    linkSync(file, path.join(dir, 'other-name'));
    await expect(writeFileAtomic(file, 'fixed\n')).rejects.toThrow(/has 2 hard links, which replacing it would split \(the other names would keep the old text\)/);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(statSync(file).nlink).toBe(2);
    expect(statSync(file).ino).toBe(statSync(path.join(dir, 'other-name')).ino);
  });

  if (!asRoot) announceSkip('"keeps owner and group as root": not running as root, so a file of another user cannot be made');
  (asRoot ? test : test.skip)('as root, the file keeps its owner and group (and its setgid bit)', async () => {
    const dir = tempDir();
    const file = fileIn(dir, 'Dockerfile');
    chownSync(file, 1234, 2345);
    chmodSync(file, 0o2664);
    await writeFileAtomic(file, 'fixed\n', { expected: 'old\n' });
    const stat = statSync(file);
    expect([stat.uid, stat.gid, stat.mode & 0o7777]).toEqual([1234, 2345, 0o2664]);
    expect(readFileSync(file, 'utf8')).toBe('fixed\n');
  });
});

describe('main --fix with files it must not write', () => {
  afterEach(() => jest.restoreAllMocks());

  test('an edited, a read-only and a hard-linked file are left with a line each, exit 2; the others are fixed', async () => {
    const dir = tempDir();
    const edited = fileIn(dir, 'edited.Dockerfile', MERGEABLE);
    chmodSync(fileIn(dir, 'readonly.Dockerfile', MERGEABLE), 0o444);
    linkSync(fileIn(dir, 'linked.Dockerfile', MERGEABLE), path.join(dir, 'linked-too'));
    fileIn(dir, 'fine.Dockerfile', MERGEABLE);
    // the user saves edited.Dockerfile while dflint fixes it: just before the check that opens it
    const open = fsp.open.bind(fsp);
    let saved = false;
    jest.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
      if (!saved && String(file) === edited && flags === 'r') {
        saved = true;
        writeFileSync(edited, 'FROM alpine:3.20\nRUN edit\n');
      }
      return open(file, flags, mode);
    });
    const io = memoryIo(dir);
    const names = ['edited.Dockerfile', 'readonly.Dockerfile', 'linked.Dockerfile', 'fine.Dockerfile'];
    expect(await main(['--fix', ...names], io)).toBe(2);
    expect(io.stderr.split('\n')).toEqual([
      'dflint: cannot write edited.Dockerfile: it changed while dflint was fixing it; run dflint --fix again',
      'dflint: cannot write readonly.Dockerfile: it is read-only (mode 0444); --fix-read-only writes it anyway',
      expect.stringMatching(/^dflint: cannot write linked\.Dockerfile: it has 2 hard links, .*; dflint --fix - < FILE prints the fixed text to copy in$/),
      '',
    ]);
    expect(readFileSync(edited, 'utf8')).toBe('FROM alpine:3.20\nRUN edit\n');
    for (const name of ['readonly.Dockerfile', 'linked.Dockerfile', 'linked-too']) expect(readFileSync(path.join(dir, name), 'utf8')).toBe(MERGEABLE);
    expect(readFileSync(path.join(dir, 'fine.Dockerfile'), 'utf8')).toMatch(/^RUN a > \/x && \\\n\s+rm \/x\n/m);
    expect(io.stdout).toMatch(/fixed 1 problem in fine\.Dockerfile/);
    expect(io.stdout).not.toMatch(/fixed .* in (edited|readonly|linked)/);
  });

  test('--fix-read-only writes a read-only file and keeps its mode; it needs --fix', () => {
    const dir = tempDir();
    const file = fileIn(dir, 'Dockerfile', MERGEABLE);
    chmodSync(file, 0o444);
    const run = runCli(['--fix', '--fix-read-only', 'Dockerfile'], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).not.toBe(MERGEABLE);
    expect(statSync(file).mode & 0o7777).toBe(0o444);
    const usage = runCli(['--fix-read-only', 'Dockerfile'], { cwd: dir });
    expect([usage.status, usage.stderr.split('\n')[0]]).toEqual([2, 'dflint: --fix-read-only only works with --fix']);
  });
});
