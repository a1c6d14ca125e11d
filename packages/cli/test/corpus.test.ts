import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { announceSkip, runCli, SHARED } from './run-cli';

const CORPUS = path.join(SHARED, 'corpus');

// The whole real-world corpus through the real bin, in one process.
(existsSync(CORPUS) ? describe : describe.skip)('the corpus', () => {
  test('every file gets a result, no internal error, and the JSON parses', () => {
    const manifest: Array<{ file: string }> = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
    const run = runCli(['dockerfiles/**/*', '--format', 'json'], { cwd: CORPUS });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const report: Array<{ file: string; findings: Array<{ rule: string; message: string }> }> = JSON.parse(run.stdout);
    expect(report.map((r) => r.file).sort()).toEqual(manifest.map((m) => m.file).sort());
    const internal = report.flatMap((r) => r.findings.filter((f) => f.rule === 'internal-error').map((f) => `${r.file}: ${f.message}`));
    expect(internal).toEqual([]);
  });
});

if (!existsSync(CORPUS)) announceSkip(`corpus test: ${CORPUS} is absent (set DFLINT_SHARED to the shared folder)`);
