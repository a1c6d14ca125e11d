import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from './run-cli';

/** maintainer-deprecated (warning) and consecutive-run (info, two RUNs) */
const DOCKERFILE = 'FROM alpine:3.20\nMAINTAINER me\nRUN a\nRUN b\n';

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Lints with --format json: the exit status and, per file, `rule: severity` of each finding. */
function lint(dir: string, args: string[], input?: string) {
  const run = runCli([...args, '--format', 'json'], { cwd: dir, input });
  const parsed = run.stdout ? (JSON.parse(run.stdout) as { file: string; findings: { rule: string; severity: string }[] }[]) : [];
  const files: Record<string, string[]> = {};
  for (const result of parsed) files[result.file] = result.findings.map((finding) => `${finding.rule}: ${finding.severity}`);
  return { status: run.status, stderr: run.stderr, files };
}

function printConfig(dir: string, file: string, args: string[] = []) {
  const run = runCli(['--print-config', file, ...args], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as {
    file: string;
    configFile: string | null;
    hadolintFile: string | null;
    ignored: boolean;
    context: string;
    failureThreshold: string;
    rules: Record<string, unknown>;
  };
}

describe('finding the config file', () => {
  test('the nearest config above each Dockerfile wins; configs do not merge', () => {
    const dir = project({
      '.dflintrc.json': JSON.stringify({ rules: { 'consecutive-run': 'error', 'maintainer-deprecated': 'off' } }),
      'Dockerfile': DOCKERFILE,
      'svc/.dflintrc.yaml': 'rules:\n  DL3059: off\n',
      'svc/api/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['.']);
    expect(run.files['Dockerfile']).toEqual(['consecutive-run: error']);
    // svc's config alone applies: maintainer-deprecated is back on at its default
    expect(run.files['svc/api/Dockerfile']).toEqual(['maintainer-deprecated: warning']);
    expect(run.status).toBe(1);
  });

  test('a package.json "dflint" key is a config; a package.json without one is passed over', () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'root', dflint: { rules: { 'maintainer-deprecated': 'error' } } }),
      'web/package.json': JSON.stringify({ name: 'web' }),
      'web/Dockerfile': DOCKERFILE,
      'api/package.json': JSON.stringify({ name: 'api', dflint: { rules: { 'maintainer-deprecated': 'style' } } }),
      'api/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['.']);
    expect(run.files['web/Dockerfile']).toContain('maintainer-deprecated: error');
    expect(run.files['api/Dockerfile']).toContain('maintainer-deprecated: style');
    expect(printConfig(dir, 'web/Dockerfile').configFile).toBe('package.json');
  });

  test('.dflintrc.json is taken before .dflintrc.yaml in the same folder', () => {
    const dir = project({
      '.dflintrc.yaml': 'rules:\n  maintainer-deprecated: error\n',
      '.dflintrc.json': '{"rules": {"maintainer-deprecated": "info"}}',
      'Dockerfile': DOCKERFILE,
    });
    expect(printConfig(dir, 'Dockerfile')).toMatchObject({ configFile: '.dflintrc.json', rules: { 'maintainer-deprecated': 'info' } });
  });

  test('--config uses one file for every Dockerfile, and nothing is searched for', () => {
    const dir = project({
      'ci/strict.yaml': 'rules:\n  consecutive-run: error\n',
      'svc/.dflintrc.yaml': 'rules:\n  consecutive-run: off\n',
      'svc/Dockerfile': DOCKERFILE,
      '.hadolint.yaml': 'ignored: [DL4000]\n',
    });
    const run = lint(dir, ['svc/Dockerfile', '--config', 'ci/strict.yaml']);
    expect(run.files['svc/Dockerfile']).toEqual(['maintainer-deprecated: warning', 'consecutive-run: error']);
  });

  test('paths in a --config file are relative to the current directory, as with ESLint', () => {
    const dir = project({
      'ci/dflint.yaml': 'ignorePatterns: [vendor/]\noverrides:\n  - files: svc/Dockerfile\n    rules:\n      maintainer-deprecated: error\n',
      'vendor/Dockerfile': DOCKERFILE,
      'svc/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['.', '--config', 'ci/dflint.yaml']);
    expect(Object.keys(run.files)).toEqual(['svc/Dockerfile']);
    expect(run.files['svc/Dockerfile']).toContain('maintainer-deprecated: error');
  });

  test('stdin takes the config of --stdin-filename (default: the current folder)', () => {
    const dir = project({ '.dflintrc.yaml': 'rules:\n  maintainer-deprecated: error\n', 'svc/.dflintrc.yaml': 'rules:\n  maintainer-deprecated: off\n' });
    expect(lint(dir, ['-'], DOCKERFILE).files['-']).toContain('maintainer-deprecated: error');
    expect(lint(dir, ['-', '--stdin-filename', 'svc/Dockerfile'], DOCKERFILE).files['svc/Dockerfile']).not.toContain('maintainer-deprecated: off');
    expect(lint(dir, ['-', '--stdin-filename', 'svc/Dockerfile'], DOCKERFILE).files['svc/Dockerfile']).toEqual(['consecutive-run: info']);
  });
});

describe('what a config says', () => {
  test('overrides apply to matching files only, later ones win, and a severity alone keeps the options', () => {
    const dir = project({
      '.dflintrc.yaml': [
        'rules:',
        '  layer-count: [warning, {max: 40}]',
        'overrides:',
        "  - files: ['*.dev.Dockerfile', 'tools/']",
        '    rules:',
        '      maintainer-deprecated: off',
        '      layer-count: error',
        '  - files: tools/Dockerfile',
        '    rules:',
        '      maintainer-deprecated: info',
        '',
      ].join('\n'),
      'Dockerfile': DOCKERFILE,
      'svc/app.dev.Dockerfile': DOCKERFILE,
      'tools/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['.']);
    expect(run.files['Dockerfile']).toContain('maintainer-deprecated: warning');
    expect(run.files['svc/app.dev.Dockerfile']).toEqual(['consecutive-run: info']);
    expect(run.files['tools/Dockerfile']).toContain('maintainer-deprecated: info');
    expect(printConfig(dir, 'svc/app.dev.Dockerfile').rules['layer-count']).toEqual(['error', { max: 40 }]);
    expect(printConfig(dir, 'Dockerfile').rules['layer-count']).toEqual(['warning', { max: 40 }]);
  });

  test('rule options reach the rule: layer-count max', () => {
    const dir = project({ '.dflintrc.json': '{"rules": {"layer-count": ["error", {"max": 2}]}}', 'Dockerfile': DOCKERFILE });
    expect(lint(dir, ['Dockerfile']).files['Dockerfile']).toContain('layer-count: error');
  });

  test('ignorePatterns are relative to the config file and skip matching Dockerfiles', () => {
    const dir = project({
      'svc/.dflintrc.yaml': 'ignorePatterns:\n  - legacy/\n',
      'svc/legacy/Dockerfile': DOCKERFILE,
      'svc/api/Dockerfile': DOCKERFILE,
      'legacy/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['.']);
    expect(Object.keys(run.files).sort()).toEqual(['legacy/Dockerfile', 'svc/api/Dockerfile']);
    // named on the command line, an ignored file is skipped too
    expect(lint(dir, ['svc/legacy/Dockerfile']).files).toEqual({});
    expect(printConfig(dir, 'svc/legacy/Dockerfile').ignored).toBe(true);
  });

  test('failureThreshold sets the exit code; --failure-threshold wins over it', () => {
    const dir = project({ '.dflintrc.yaml': 'failureThreshold: error\n', 'Dockerfile': DOCKERFILE });
    expect(lint(dir, ['Dockerfile']).status).toBe(0);
    expect(lint(dir, ['Dockerfile', '-t', 'warning']).status).toBe(1);
  });

  test('context is relative to the config file; --context wins over it', () => {
    const dir = project({ 'docker/.dflintrc.yaml': 'context: ..\n', 'docker/Dockerfile': DOCKERFILE });
    expect(printConfig(dir, 'docker/Dockerfile').context).toBe('.');
    expect(printConfig(dir, 'docker/Dockerfile', ['--context', 'docker']).context).toBe('docker');
    expect(printConfig(project({ 'a/Dockerfile': DOCKERFILE }), 'a/Dockerfile').context).toBe('a');
  });

  test('the config context is the one COPY sizes are read from', () => {
    const dir = project({
      'docker/.dflintrc.yaml': 'context: ..\n',
      'docker/Dockerfile': 'FROM alpine:3.20\nCOPY . /app\n',
      'node_modules/left-pad/index.js': 'x'.repeat(5000),
    });
    const run = runCli(['docker/Dockerfile'], { cwd: dir });
    expect(run.stdout).toMatch(/copy-context-bloat/);
    expect(run.stdout).toMatch(/node_modules/);
  });

  test('--disable wins over a config; --rule runs a rule even where the config switched it off', () => {
    const dir = project({ '.dflintrc.yaml': 'rules:\n  maintainer-deprecated: off\n  consecutive-run: error\n', 'Dockerfile': DOCKERFILE });
    expect(lint(dir, ['Dockerfile', '--rule', 'maintainer-deprecated']).files['Dockerfile']).toEqual(['maintainer-deprecated: warning']);
    expect(lint(dir, ['Dockerfile', '--rule', 'DL3059']).files['Dockerfile']).toEqual(['consecutive-run: error']);
    expect(lint(dir, ['Dockerfile', '--disable', 'consecutive-run']).files['Dockerfile']).toEqual([]);
  });
});

describe('--print-config', () => {
  test('prints every rule with its effective severity, options where set, and where it came from', () => {
    const dir = project({
      '.hadolint.yaml': 'ignored: [DL4000]\n',
      'svc/.dflintrc.json': '{"rules": {"volatile-arg-early": ["error", {"names": ["CI_*"]}]}, "failureThreshold": "warning"}',
    });
    const printed = printConfig(dir, 'svc/Dockerfile.prod');
    expect(printed).toMatchObject({
      file: 'svc/Dockerfile.prod',
      configFile: path.join('svc', '.dflintrc.json'),
      hadolintFile: '.hadolint.yaml',
      ignored: false,
      context: 'svc',
      failureThreshold: 'warning',
    });
    expect(printed.rules['volatile-arg-early']).toEqual(['error', { names: ['CI_*'] }]);
    expect(printed.rules['maintainer-deprecated']).toBe('off');
    expect(printed.rules['metadata-merge']).toBe('info');
    expect(Object.keys(printed.rules)).toHaveLength(13);
  });

  test('without a config: defaults, info threshold, no files', () => {
    const printed = printConfig(project({}), 'Dockerfile');
    expect(printed).toMatchObject({ configFile: null, hadolintFile: null, failureThreshold: 'info', context: '.' });
    expect(printed.rules['consecutive-run']).toBe('warning');
  });

  test('a bad config is reported as when linting', () => {
    const run = runCli(['--print-config', 'Dockerfile'], { cwd: project({ '.dflintrc.yaml': 'rules: 3\n' }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('dflint: .dflintrc.yaml:1: rules: must be an object (got 3)\n');
  });
});

describe('--init', () => {
  test('writes a commented .dflintrc.yaml that changes nothing, and refuses to write it twice', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE });
    const before = lint(dir, ['Dockerfile']);
    const first = runCli(['--init'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^wrote \.dflintrc\.yaml/);
    const written = readFileSync(path.join(dir, '.dflintrc.yaml'), 'utf8');
    expect(written).toMatch(/^# {3}layer-count: \[warning, \{max: 100\}\] +# /m);
    expect(written.split('\n').every((line) => line === '' || line.startsWith('#'))).toBe(true);
    expect(lint(dir, ['Dockerfile'])).toEqual(before);
    expect(printConfig(dir, 'Dockerfile').configFile).toBe('.dflintrc.yaml');

    const second = runCli(['--init'], { cwd: dir });
    expect(second.status).toBe(2);
    expect(second.stderr).toBe('dflint: .dflintrc.yaml already holds a dflint config here; --init does not overwrite or shadow it\n');
    expect(readFileSync(path.join(dir, '.dflintrc.yaml'), 'utf8')).toBe(written);
  });

  test('refuses where a package.json "dflint" key is the config', () => {
    const dir = project({ 'package.json': '{"dflint": {}}' });
    expect(runCli(['--init'], { cwd: dir }).status).toBe(2);
    expect(existsSync(path.join(dir, '.dflintrc.yaml'))).toBe(false);
  });
});

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
});

describe('.hadolint.yaml', () => {
  test('ignored, override and failure-threshold apply to the rules that alias the codes', () => {
    const dir = project({
      '.hadolint.yaml': 'ignored:\n  - DL4000\n  - DL3008\noverride:\n  error:\n    - DL3059\n  info: [SC2086]\nfailure-threshold: error\ntrustedRegistries: [docker.io]\n',
      'a/Dockerfile': DOCKERFILE,
      'b/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['.']);
    expect(run.files['a/Dockerfile']).toEqual(['consecutive-run: error']);
    expect(run.status).toBe(1);
    // one note for the file, not one per Dockerfile
    expect(run.stderr).toBe('dflint: note: .hadolint.yaml: no dflint rule covers DL3008, SC2086; dflint skips them\n');
  });

  test('failure-threshold none (and no-fail) never fail the run', () => {
    const dir = project({ '.hadolint.yml': 'failure-threshold: none\n', 'Dockerfile': DOCKERFILE });
    expect(lint(dir, ['Dockerfile']).status).toBe(0);
    const noFail = project({ '.hadolint.yaml': 'no-fail: true\n', 'Dockerfile': DOCKERFILE });
    expect(lint(noFail, ['Dockerfile']).status).toBe(0);
  });

  test('applies under a dflint config: the dflint config wins where both speak', () => {
    const dir = project({
      '.hadolint.yaml': 'ignored: [DL4000]\noverride:\n  error: [DL3059]\nfailure-threshold: error\n',
      'svc/.dflintrc.yaml': 'rules:\n  consecutive-run: style\n',
      'svc/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['svc/Dockerfile']);
    expect(run.files['svc/Dockerfile']).toEqual(['consecutive-run: style']);
    expect(run.status).toBe(0);
    expect(printConfig(dir, 'svc/Dockerfile')).toMatchObject({ configFile: path.join('svc', '.dflintrc.yaml'), hadolintFile: '.hadolint.yaml', failureThreshold: 'error' });
  });

  test('# hadolint ignore= comments switch off the rules that alias the codes', () => {
    const dir = project({ 'Dockerfile': 'FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER me\n' });
    expect(lint(dir, ['Dockerfile']).files['Dockerfile']).toEqual([]);
  });
});
