import { DOCKERFILE, lint, project } from './config-project';
import { runCli } from './run-cli';

// Each option takes one value per occurrence; the words after it are files (pre-commit appends the
// staged files after the hook's args). Every project here has two Dockerfiles, so linting the
// whole folder instead of the named file shows.
function twoDockerfiles(extra: Record<string, string> = {}): string {
  return project({ 'Dockerfile': DOCKERFILE, 'win-x.Dockerfile': DOCKERFILE, ...extra });
}

describe('list options take one value each, never the files after them', () => {
  test.each([
    [['--disable', 'consecutive-run', 'Dockerfile'], ['maintainer-deprecated: warning']],
    [['--ignore', 'DL3059', 'Dockerfile'], ['maintainer-deprecated: warning']],
    [['--disable=DL3042', 'Dockerfile'], ['maintainer-deprecated: warning', 'consecutive-run: warning']],
    [['--rule', 'consecutive-run', 'Dockerfile'], ['consecutive-run: warning']],
    [['--rule=maintainer-deprecated', 'Dockerfile'], ['maintainer-deprecated: warning']],
  ])('%j lints Dockerfile only', (args, findings) => {
    const run = lint(twoDockerfiles(), args);
    expect(run.stderr).toBe('');
    expect(run.files).toEqual({ Dockerfile: findings });
  });

  test("--ignore-pattern 'win-*' a.Dockerfile lints a.Dockerfile only", () => {
    const run = lint(twoDockerfiles({ 'a.Dockerfile': DOCKERFILE }), ['--ignore-pattern', 'win-*', 'a.Dockerfile']);
    expect(Object.keys(run.files)).toEqual(['a.Dockerfile']);
  });

  test('repeated flags accumulate, and each value may be a comma-separated list', () => {
    const run = lint(twoDockerfiles(), ['--disable', 'consecutive-run', '--ignore', 'DL4000', 'Dockerfile', 'win-x.Dockerfile']);
    expect(run.files).toEqual({ Dockerfile: [], 'win-x.Dockerfile': [] });
    expect(lint(twoDockerfiles(), ['--disable', 'DL3059,maintainer-deprecated', 'Dockerfile']).files).toEqual({ Dockerfile: [] });
  });

  test('-- makes every word after it a file, even one that looks like an option', () => {
    const dir = twoDockerfiles({ '--weird.Dockerfile': DOCKERFILE });
    const files = (args: string[]) => JSON.parse(runCli(['--format', 'json', ...args], { cwd: dir }).stdout).map((result: { file: string }) => result.file);
    expect(files(['--', 'Dockerfile'])).toEqual(['Dockerfile']);
    expect(files(['--', '--weird.Dockerfile'])).toEqual(['--weird.Dockerfile']);
    expect(runCli(['layers', '--', 'Dockerfile'], { cwd: dir }).stdout).toMatch(/^Dockerfile\n/);
  });

  test('-c is --config', () => {
    const dir = twoDockerfiles({ 'strict.yaml': 'rules:\n  consecutive-run: error\n' });
    expect(lint(dir, ['-c', 'strict.yaml', 'Dockerfile']).files).toEqual({ Dockerfile: ['maintainer-deprecated: warning', 'consecutive-run: error'] });
  });

  test('--format / -o pairs and --format choices still work before the files', () => {
    const dir = twoDockerfiles();
    const run = runCli(['--format', 'stylish', '--format', 'json', '-o', 'report.json', 'Dockerfile'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Dockerfile\n/);
    expect(run.stdout).not.toMatch(/win-x/);
    const compact = runCli(['-f', 'compact', 'win-x.Dockerfile'], { cwd: dir });
    expect(compact.stdout.trim().split('\n').map((line) => line.split(':')[0])).toEqual(['win-x.Dockerfile', 'win-x.Dockerfile']);
  });

  test('an unknown rule is still an error, naming the rule and not the file', () => {
    const run = runCli(['--disable', 'no-such-rule', 'Dockerfile'], { cwd: twoDockerfiles() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dflint: unknown rule 'no-such-rule' /);
  });
});
