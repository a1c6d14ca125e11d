import { DOCKERFILE, lint, printConfig, project } from './config-project';
import { runCli } from './run-cli';

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
    expect(lint(dir, ['-', '--stdin-filename', 'svc/Dockerfile'], DOCKERFILE).files['svc/Dockerfile']).toEqual(['consecutive-run: warning']);
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
    expect(run.files['svc/app.dev.Dockerfile']).toEqual(['consecutive-run: warning']);
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
