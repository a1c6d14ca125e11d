import { DOCKERFILE, lint, project } from './config-project';
import { runCli } from './run-cli';

describe('--max-warnings and --quiet', () => {
  const twoWarnings = 'FROM alpine:3.20\nMAINTAINER me\nMAINTAINER you\n';

  test('--max-warnings N fails the run when warnings exceed N, even below the failure threshold', () => {
    const dir = project({ 'Dockerfile': twoWarnings });
    const over = runCli(['Dockerfile', '-t', 'error', '--max-warnings', '1'], { cwd: dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('dflint: 2 warnings, more than --max-warnings 1 allows\n');
    expect(runCli(['Dockerfile', '-t', 'error', '--max-warnings', '2'], { cwd: dir }).status).toBe(0);
    expect(runCli(['Dockerfile', '-t', 'error'], { cwd: dir }).status).toBe(0);
  });

  test('--max-warnings takes a whole number', () => {
    const run = runCli(['Dockerfile', '--max-warnings', '-1'], { cwd: project({ 'Dockerfile': twoWarnings }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dflint: --max-warnings takes a whole number, 0 or more \(got -1\)\n/);
  });

  test('--quiet reports errors only, and what it hides does not fail the run', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE, '.dflintrc.yaml': 'rules:\n  consecutive-run: error\n' });
    const quiet = lint(dir, ['Dockerfile', '--quiet']);
    expect(quiet.files['Dockerfile']).toEqual(['consecutive-run: error']);
    expect(quiet.status).toBe(1);
    const onlyWarnings = project({ 'Dockerfile': twoWarnings });
    const run = runCli(['Dockerfile', '--quiet', '--max-warnings', '0'], { cwd: onlyWarnings });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/MAINTAINER/);
  });

  test('--quiet with no errors prints nothing, as ESLint does, rather than "no problems" over what it hid', () => {
    const onlyWarnings = project({ 'Dockerfile': twoWarnings });
    const run = runCli(['-q', 'Dockerfile'], { cwd: onlyWarnings });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(runCli(['Dockerfile'], { cwd: onlyWarnings }).stdout).toMatch(/2 problems/);
    // machine formats still print their (empty) report
    expect(JSON.parse(runCli(['-q', '-f', 'json', 'Dockerfile'], { cwd: onlyWarnings }).stdout)).toEqual([{ file: 'Dockerfile', findings: [] }]);
  });
});
