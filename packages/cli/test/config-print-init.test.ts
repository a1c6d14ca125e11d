import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DOCKERFILE, lint, printConfig, project } from './config-project';
import { rules } from '@dflint/rules';
import { runCli } from './run-cli';

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
    expect(Object.keys(printed.rules).sort()).toEqual(rules.map((rule) => rule.meta.name).sort());
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

describe('--print-config and --init with what they need', () => {
  test('--print-config without a file says it needs one', () => {
    const run = runCli(['--print-config'], { cwd: project({ 'Dockerfile': DOCKERFILE }) });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dflint: --print-config needs the Dockerfile whose config to print: dflint --print-config Dockerfile\n/);
  });

  test('--init --config x.yaml writes x.yaml, the YAML starter; x.json a JSON one; never over a file', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE });
    const yaml = runCli(['--init', '--config', 'x.yaml'], { cwd: dir });
    expect(yaml.stdout).toMatch(/^wrote x\.yaml:/);
    expect(readFileSync(path.join(dir, 'x.yaml'), 'utf8')).toMatch(/^# {3}layer-count: /m);
    expect(existsSync(path.join(dir, '.dflintrc.yaml'))).toBe(false);
    expect(runCli(['-c', 'x.yaml', 'Dockerfile'], { cwd: dir }).stderr).toBe('');

    const json = project({ 'conf/keep': '' });
    expect(runCli(['--init', '-c', 'conf/x.json'], { cwd: json }).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(json, 'conf/x.json'), 'utf8'))).toEqual({ rules: {} });

    const again = runCli(['--init', '--config', 'x.yaml'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('dflint: x.yaml: already exists; --init does not overwrite it\n');
    const toml = runCli(['--init', '--config', 'x.toml'], { cwd: dir });
    expect(toml.status).toBe(2);
    expect(toml.stderr).toBe('dflint: x.toml: --init writes a .yaml, .yml or .json config file\n');
  });
});
