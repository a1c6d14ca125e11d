import { promises as fsp, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import * as path from 'node:path';
import {
  asyncFs,
  exact,
  lowerBound,
  UNKNOWN,
  type AppliedFix,
  type Bytes,
  type Finding,
  type FixSafety,
  type Rule,
} from '@dflint/core';
import { defineRule, fixRemovals } from '@dflint/core/rule-kit';
import { writeFileAtomic, WriteError } from '../src/atomic-write';
import { patchPath, unifiedDiff } from '../src/fix-diff';
import { fixFile } from '../src/fix-files';
import { bytesSaved, fixSummary } from '../src/fix-summary';
import { main } from '../src/main';
import { memoryIo } from './memory-io';
import { tempDir } from './run-cli';

function finding(rule: string, wastedBytes?: Bytes, safety?: FixSafety): Finding {
  const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
  return {
    rule,
    severity: 'warning',
    message: rule,
    range,
    ...(wastedBytes ? { wastedBytes } : {}),
    ...(safety ? { fix: { safety, description: rule, edits: [{ range, newText: 'x' }] } } : {}),
  };
}

function applied(rule: string, wastedBytes?: Bytes): AppliedFix {
  const f = finding(rule, wastedBytes, 'safe');
  return { finding: f, fix: f.fix!, pass: 1 };
}

const MIB = 1024 * 1024;

describe('fixSummary', () => {
  const base = { file: 'Dockerfile', rejected: [], remaining: [], unsafe: false, dryRun: false };

  test('counts per rule and sums the bytes the fixed findings waste', () => {
    const line = fixSummary({
      ...base,
      applied: [applied('consecutive-run', exact(3 * MIB)), applied('maintainer-deprecated'), applied('consecutive-run', exact(MIB))],
    });
    expect(line).toBe('fixed 3 problems in Dockerfile (consecutive-run ×2, maintainer-deprecated), saves 4.0 MiB');
  });

  test('a lower bound reads "at least"; unknown and no figure are left out', () => {
    expect(bytesSaved([applied('a', exact(MIB)), applied('b', UNKNOWN)])).toEqual(lowerBound(MIB));
    expect(fixSummary({ ...base, applied: [applied('a', exact(MIB)), applied('b', UNKNOWN)] })).toMatch(/, saves at least 1\.0 MiB$/);
    expect(fixSummary({ ...base, applied: [applied('a', UNKNOWN)] })).toBe('fixed 1 problem in Dockerfile (a)');
    expect(fixSummary({ ...base, applied: [applied('a')] })).toBe('fixed 1 problem in Dockerfile (a)');
    expect(fixSummary({ ...base, applied: [applied('a', exact(0))] })).toBe('fixed 1 problem in Dockerfile (a)');
  });

  test('a dry run says what would happen', () => {
    expect(fixSummary({ ...base, dryRun: true, applied: [applied('a', exact(2048))] })).toBe(
      'would fix 1 problem in Dockerfile (a), would save 2.0 KiB',
    );
  });

  test('unsafe fixes left behind are pointed at, unless they were asked for', () => {
    const remaining = [finding('reorder', undefined, 'unsafe'), finding('reorder', undefined, 'unsafe'), finding('plain')];
    expect(fixSummary({ ...base, applied: [applied('a')], remaining })).toBe('fixed 1 problem in Dockerfile (a); 2 more fixable with --unsafe-fixes');
    expect(fixSummary({ ...base, applied: [], remaining })).toBe('Dockerfile: 2 more fixable with --unsafe-fixes');
    expect(fixSummary({ ...base, applied: [], remaining, unsafe: true })).toBeUndefined();
  });

  test('nothing fixed and nothing to point at: no line', () => {
    expect(fixSummary({ ...base, applied: [], remaining: [finding('plain')] })).toBeUndefined();
  });
});

describe('unifiedDiff', () => {
  test('names a/ and b/ paths and keeps CRLF in the lines', () => {
    const diff = unifiedDiff('svc/Dockerfile', 'FROM a\r\nRUN x\r\n', 'FROM a\r\nRUN y\r\n');
    expect(diff).toBe('--- a/svc/Dockerfile\n+++ b/svc/Dockerfile\n@@ -1,2 +1,2 @@\n FROM a\r\n-RUN x\r\n+RUN y\r\n');
  });

  test('patch paths are relative-looking, with forward slashes', () => {
    expect(patchPath('./Dockerfile')).toBe('Dockerfile');
    expect(patchPath('/tmp/x/Dockerfile')).toBe('tmp/x/Dockerfile');
    expect(patchPath(['svc', 'Dockerfile'].join(path.sep))).toBe('svc/Dockerfile');
  });
});

describe('writeFileAtomic', () => {
  afterEach(() => jest.restoreAllMocks());

  test('replaces the file, keeps its mode, leaves no temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, 'old\r\n');
    chmodSync(file, 0o604);
    const inode = statSync(file).ino;
    await writeFileAtomic(file, 'new\r\n');
    expect(readFileSync(file, 'utf8')).toBe('new\r\n');
    expect(statSync(file).mode & 0o7777).toBe(0o604);
    expect(statSync(file).ino).not.toBe(inode); // a new file renamed over the old one
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  test('writes through a symbolic link to its target', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'target'), 'old');
    symlinkSync('target', path.join(dir, 'link'));
    await writeFileAtomic(path.join(dir, 'link'), 'new');
    expect(lstatSync(path.join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'target'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link', 'target']);
  });

  test('a failed rename leaves the original intact and removes the temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, 'old');
    jest.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EROFS: read-only'), { code: 'EROFS' }));
    await expect(writeFileAtomic(file, 'new')).rejects.toEqual(new WriteError('read-only file system'));
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  test('a missing file is a WriteError, and nothing is created', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(path.join(dir, 'gone'), 'new')).rejects.toThrow(WriteError);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a very long file name still gets a temp name the file system takes', async () => {
    const dir = tempDir();
    const file = path.join(dir, `${'x'.repeat(230)}.Dockerfile`);
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('fixFile', () => {
  /** A rule that fixes `RUN old` to `RUN new` with a fix of the given safety. */
  function renamer(safety: FixSafety): Rule {
    return defineRule<Record<never, never>>({
      meta: { name: 'renamer', description: 'renames', category: 'correctness', severity: 'warning', fixable: safety, aliases: [] },
      check({ document, report }) {
        document.text.split('\n').forEach((line, i) => {
          if (!line.startsWith('RUN old')) return;
          const range = { start: { line: i, character: 4 }, end: { line: i, character: 7 } };
          // the command word changes: the fix says it replaces the RUN
          const removes = fixRemovals(document, { deleted: document.instructions.filter((instruction) => instruction.range.start.line === i) });
          report({ range, message: 'old', fix: { safety, description: 'rename', edits: [{ range, newText: 'new' }], removes } });
        });
      },
    });
  }

  test('unsafe fixes wait for --unsafe-fixes, and the summary says so', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM a\nRUN old\n');
    const io = memoryIo(dir);
    const input = { name: 'Dockerfile', path: file, text: 'FROM a\nRUN old\n' };

    const cautious = await fixFile(input, { rules: [renamer('unsafe')] }, { write: true, unsafe: false }, io);
    expect(cautious.summary).toBe('Dockerfile: 1 more fixable with --unsafe-fixes');
    expect(cautious.findings).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('FROM a\nRUN old\n');

    const bold = await fixFile(input, { rules: [renamer('unsafe')] }, { write: true, unsafe: true }, io);
    expect(bold.summary).toBe('fixed 1 problem in Dockerfile (renamer)');
    expect(bold.findings).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('FROM a\nRUN new\n');
    expect(io.stderr).toBe('');
  });

  test('fixes that never settle: the text reached is written, with a note', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM a\nRUN x\n');
    // always one more `x` to add
    const endless = defineRule({
      meta: { name: 'grow', description: 'grows', category: 'correctness', severity: 'info', fixable: 'safe', aliases: [] },
      check({ document, report }) {
        const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } };
        const removes = fixRemovals(document, { deleted: [document.instructions[1]] });
        report({ range, message: 'grow', fix: { safety: 'safe', description: 'grow', edits: [{ range, newText: 'x' }], removes } });
      },
    });
    const io = memoryIo(dir);
    const outcome = await fixFile({ name: 'Dockerfile', path: file, text: 'FROM a\nRUN x\n' }, { rules: [endless] }, { write: true, unsafe: false }, io);
    expect(readFileSync(file, 'utf8')).toMatch(/^FROM a\nRUN x{2,}\n$/);
    expect(io.stderr).toMatch(/^dflint: note: Dockerfile: the fixes still changed the text after \d+ passes; wrote the text they reached\n$/);
    expect(outcome.writeFailed).toBe(false);
  });
});

describe('main --fix with a build context', () => {
  afterEach(() => jest.restoreAllMocks());

  /** Counts the file system calls that look inside `root`, made while `run` runs. */
  async function readsUnder(root: string, run: () => Promise<unknown>): Promise<number> {
    let reads = 0;
    const counted = <T extends object>(module: T, names: readonly (keyof T & string)[]) => {
      for (const name of names) {
        const original = module[name] as (...args: unknown[]) => unknown;
        jest.spyOn(module, name as never).mockImplementation(((...args: unknown[]) => {
          if (typeof args[0] === 'string' && args[0].startsWith(root)) reads++;
          return original.apply(module, args);
        }) as never);
      }
    };
    counted(asyncFs, ['lstat', 'stat', 'readdir', 'readlink']);
    counted(fsp, ['readFile', 'open']);
    await run();
    jest.restoreAllMocks();
    return reads;
  }

  test('reads the context once for all the fix passes and the report after them', async () => {
    const dir = tempDir();
    const context = path.join(dir, 'ctx');
    for (const rel of ['src/a.bin', 'src/lib/b.bin', 'src/lib/c.bin', 'README']) {
      mkdirSync(path.dirname(path.join(context, rel)), { recursive: true });
      writeFileSync(path.join(context, rel), 'bytes');
    }
    // pass 1 fixes MAINTAINER and merges the RUNs; only then can pass 2 add the apt lists cleanup
    const text = 'FROM debian:bookworm\nMAINTAINER me\nCOPY src /src\nRUN apt-get update\nRUN apt-get install -y curl\n';
    writeFileSync(path.join(dir, 'Dockerfile'), text);

    const lintReads = await readsUnder(context, () => main(['--context', 'ctx', 'Dockerfile'], memoryIo(dir)));
    expect(lintReads).toBeGreaterThan(0);
    const fixReads = await readsUnder(context, () => main(['--fix', '--context', 'ctx', 'Dockerfile'], memoryIo(dir)));
    const fixed = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    expect(fixed).toMatch(/LABEL org\.opencontainers\.image\.authors/);
    expect(fixed).toMatch(/apt-get install -y curl && \\\n\s+rm -rf \/var\/lib\/apt\/lists\/\*/);
    expect(fixReads).toBe(lintReads);
  });
});

describe('main --fix when the file cannot be written', () => {
  afterEach(() => jest.restoreAllMocks());

  test('one line on stderr, exit 2, the original file and folder untouched', async () => {
    const dir = tempDir();
    const text = 'FROM alpine\nRUN a > /x\nRUN rm /x\n# dflint-ignore-file delete-after-add\n';
    writeFileSync(path.join(dir, 'Dockerfile'), text);
    jest.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    const io = memoryIo(dir);
    expect(await main(['--fix', 'Dockerfile'], io)).toBe(2);
    expect(io.stderr).toBe('dflint: cannot write Dockerfile: no space left on device\n');
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
    // the report still shows the file's findings, and claims no fix
    expect(io.stdout).toMatch(/consecutive-run/);
    expect(io.stdout).not.toMatch(/fixed/);
  });
});
