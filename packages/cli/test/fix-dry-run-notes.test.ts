import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from './run-cli';

// A lint directive between the LABELs keeps metadata-merge from fixing them; the two RUNs merge.
const PARTLY_FIXABLE = [
  'FROM busybox',
  'LABEL a=1',
  '# hadolint ignore=DL3000',
  'LABEL b=2',
  'RUN dd if=/dev/zero bs=1024 count=2048 of=/b',
  'RUN rm /b',
  '',
].join('\n');

function dockerfileIn(text: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'Dockerfile'), text);
  // metadata-merge reports the LABELs under dflint:strict only
  writeFileSync(path.join(dir, '.dflintrc.yaml'), 'extends: dflint:strict\n');
  return dir;
}

describe('dflint --fix-dry-run says why a finding has no fix', () => {
  test('one note per unfixed finding on stderr; stdout stays a diff git apply takes', () => {
    const dir = dockerfileIn(PARTLY_FIXABLE);
    const run = runCli(['--fix-dry-run', 'Dockerfile'], { cwd: dir });
    expect(run.stderr).toBe('dflint: note: Dockerfile:2:1: metadata-merge not fixed: line 3 is a lint directive comment\n');

    const diff = run.stdout.slice(0, run.stdout.indexOf('would fix'));
    expect(diff).toMatch(/^--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n/);
    const apply = spawnSync('git', ['apply'], { cwd: dir, input: diff, encoding: 'utf8' });
    expect(apply.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toContain('RUN dd if=/dev/zero bs=1024 count=2048 of=/b && \\\n');
  });

  test('--fix writes without these notes (its stderr is for errors and unsettled fixes)', () => {
    const run = runCli(['--fix', 'Dockerfile'], { cwd: dockerfileIn(PARTLY_FIXABLE) });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/2 consecutive LABELs/);
  });

  test('no note when every finding is fixed or its rule fixes nothing', () => {
    const run = runCli(['--fix-dry-run', '-'], { input: 'FROM busybox\nRUN dd if=/dev/zero bs=1024 count=2048 of=/b\nRUN rm /b\n' });
    expect(run.stderr).toBe('');
  });
});
