import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCli } from './run-cli';

// The README's before/after examples: each fixed.Dockerfile is what dflint recommends, so it must
// lint clean at the default threshold with its own folder as the build context, as a user runs it
// (issue 14 item 7: no rule may report what another rule asks for).
const examples = readdirSync(path.join(REPO_ROOT, 'examples'))
  .map((name) => path.join('examples', name))
  .filter((folder) => existsSync(path.join(REPO_ROOT, folder, 'fixed.Dockerfile')));

describe('examples/*/fixed.Dockerfile', () => {
  test('there are examples with a fixed Dockerfile, and each bloated one has findings', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const run = runCli([...examples.map((folder) => path.join(folder, 'Dockerfile')), '--format', 'json']);
    const report: Array<{ file: string; findings: unknown[] }> = JSON.parse(run.stdout);
    expect(report.filter((file) => file.findings.length === 0).map((file) => file.file)).toEqual([]);
  });

  test.each(examples)('%s/fixed.Dockerfile lints clean at the default threshold', (folder) => {
    const run = runCli([path.join(folder, 'fixed.Dockerfile'), '--format', 'compact']);
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});
