import { readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { DOCKERFILE, project } from './config-project';
import { runCli } from './run-cli';

describe('-o never overwrites an input', () => {
  test.each([
    [['-o', 'Dockerfile', 'Dockerfile'], 'Dockerfile'],
    [['--format', 'json', '-o', './sub/../a.Dockerfile', '.'], 'a.Dockerfile'],
    [['-f', 'sarif', '-o', 'link.sarif', 'Dockerfile'], 'Dockerfile'],
  ])('%j: one line, exit 2, the file untouched and nothing linted', (args, input) => {
    const dir = project({ 'Dockerfile': DOCKERFILE, 'a.Dockerfile': DOCKERFILE, 'sub/keep': '' });
    symlinkSync('Dockerfile', path.join(dir, 'link.sarif'));
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`dflint: ${input}: -o would overwrite this input file; write the report elsewhere\n`);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
    expect(readFileSync(path.join(dir, 'a.Dockerfile'), 'utf8')).toBe(DOCKERFILE);
  });

  test('another -o file is written as before', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE });
    expect(runCli(['-f', 'json', '-o', 'report.json', 'Dockerfile'], { cwd: dir }).status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].file).toBe('Dockerfile');
  });
});

describe('a file named on the command line that an ignore pattern matches', () => {
  const ignoredWarning = (file: string, by: string) => `dflint: warning: ${file}: file ignored because of a matching ignore pattern (${by}); not linted\n`;

  test('--ignore-pattern: a warning line on stderr, as ESLint gives, and the other files linted', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE, 'win-x.Dockerfile': DOCKERFILE });
    const run = runCli(['--ignore-pattern', 'win-*', 'win-x.Dockerfile', 'Dockerfile', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe(ignoredWarning('win-x.Dockerfile', '--ignore-pattern'));
    expect(JSON.parse(run.stdout).map((result: { file: string }) => result.file)).toEqual(['Dockerfile']);
    expect(run.status).toBe(1);
  });

  test("the config's ignorePatterns: the same warning; it does not fail the run; -q hides it", () => {
    const dir = project({ 'vendor/Dockerfile': DOCKERFILE, '.dflintrc.yaml': 'ignorePatterns: [vendor/]\n' });
    const run = runCli(['vendor/Dockerfile'], { cwd: dir });
    expect(run.stderr).toBe(ignoredWarning('vendor/Dockerfile', 'ignorePatterns of its config'));
    expect(run.status).toBe(0);
    expect(runCli(['-q', 'vendor/Dockerfile'], { cwd: dir }).stderr).toBe('');
  });

  test('found by a directory search or a glob instead: skipped silently', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE, 'win-x.Dockerfile': DOCKERFILE });
    expect(runCli(['--ignore-pattern', 'win-*', '.'], { cwd: dir }).stderr).toBe('');
    expect(runCli(['--ignore-pattern', 'win-*', '*.Dockerfile', 'Dockerfile'], { cwd: dir }).stderr).toBe('');
  });
});
