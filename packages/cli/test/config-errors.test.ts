import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from './run-cli';

const DOCKERFILE = 'FROM alpine:3.20\nRUN a > /x\nRUN rm /x\n';
const SEVERITY_LIST = 'error, warning, info, style, off';

interface Case {
  name: string;
  files: Record<string, string>;
  /** the whole stderr line, without `dflint: ` and the newline */
  error: string | RegExp;
  args?: string[];
}

/** Each one: exit 2, nothing on stdout, one line on stderr naming the file, the line and the key path. */
const CASES: Case[] = [
  {
    name: 'a severity that does not exist',
    files: { '.dflintrc.json': '{\n  "rules": {\n    "consecutive-run": "warning",\n    "layer-count": "fatal"\n  }\n}\n' },
    error: `.dflintrc.json:4: rules.layer-count: severity must be one of ${SEVERITY_LIST} (got "fatal")`,
  },
  {
    name: 'a bad severity in the [severity, options] form',
    files: { '.dflintrc.yaml': 'rules:\n  layer-count:\n    - fatal\n    - max: 80\n' },
    error: `.dflintrc.yaml:3: rules.layer-count[0]: severity must be one of ${SEVERITY_LIST} (got "fatal")`,
  },
  {
    name: 'an unknown rule, with a suggestion',
    files: { '.dflintrc.yaml': '# team settings\nrules:\n  layer-cont: off\n' },
    error: ".dflintrc.yaml:3: rules.layer-cont: unknown rule 'layer-cont' (did you mean 'layer-count'?); dflint --list-rules shows them all",
  },
  {
    name: 'an unknown rule inside an override',
    files: { '.dflintrc.json': '{\n  "overrides": [\n    {\n      "files": "*.dev",\n      "rules": { "no-such-rule": "off" }\n    }\n  ]\n}\n' },
    error: /^\.dflintrc\.json:5: overrides\[0\]\.rules\.no-such-rule: unknown rule 'no-such-rule'; dflint --list-rules/,
  },
  {
    name: 'an unknown top-level key',
    files: { '.dflintrc.json': '{\n  "rules": {},\n  "ignore": ["vendor/"]\n}\n' },
    error: /^\.dflintrc\.json:3: ignore: unknown key 'ignore'; allowed: \$schema, extends, rules, ignorePatterns, overrides, context, failureThreshold, maxFileSize, offline, registryMirrors, insecureRegistries, networkBudget, platform$/,
  },
  {
    name: 'a string where a list belongs',
    files: { '.dflintrc.yml': 'ignorePatterns: vendor/\n' },
    error: '.dflintrc.yml:1: ignorePatterns: must be an array (got "vendor/")',
  },
  {
    name: 'a rule setting that is neither a severity nor a list',
    files: { '.dflintrc.json': '{\n  "rules": {\n    "DL3059": 2\n  }\n}\n' },
    error: `.dflintrc.json:3: rules.DL3059: must be a severity (${SEVERITY_LIST}) or [severity, options] (got 2)`,
  },
  {
    name: 'an option of the wrong type',
    files: { '.dflintrc.yaml': 'rules:\n  layer-count: [warning, {max: ten}]\n' },
    error: '.dflintrc.yaml:2: rules.layer-count[1].max: must be a whole number (got "ten")',
  },
  {
    name: 'an option out of range',
    files: { '.dflintrc.json': '{\n  "rules": {\n    "copy-context-bloat": [\n      "warning",\n      { "maxFileBytes": 0 }\n    ]\n  }\n}\n' },
    error: '.dflintrc.json:5: rules.copy-context-bloat[1].maxFileBytes: must be 1 or more (got 0)',
  },
  {
    name: 'an option the rule does not have',
    files: { '.dflintrc.yaml': 'rules:\n  volatile-arg-early:\n    - warning\n    - name: [BUILD_ID]\n' },
    error: ".dflintrc.yaml:4: rules.volatile-arg-early[1].name: unknown option 'name' for volatile-arg-early; it takes names",
  },
  {
    name: 'options for a rule that takes none',
    files: { '.dflintrc.json': '{\n  "rules": {\n    "apt-update-alone": ["warning", { "max": 2 }]\n  }\n}\n' },
    error: '.dflintrc.json:3: rules.apt-update-alone: apt-update-alone takes no options: write just its severity',
  },
  {
    name: 'an override whose files is not a glob or a list of globs',
    files: { '.dflintrc.yaml': 'overrides:\n  - files: ["*.dev"]\n  - files: 3\n    rules:\n      layer-count: off\n' },
    error: '.dflintrc.yaml:3: overrides[1].files: must be a string or an array (got 3)',
  },
  {
    name: 'an override without files',
    files: { '.dflintrc.yaml': 'overrides:\n  - rules:\n      layer-count: off\n' },
    error: ".dflintrc.yaml:2: overrides[0]: needs a 'files' key",
  },
  {
    name: 'a failureThreshold that does not exist',
    files: { '.dflintrc.json': '{\n  "failureThreshold": "warn"\n}\n' },
    error: '.dflintrc.json:2: failureThreshold: must be one of error, warning, info, style, none (got "warn")',
  },
  {
    name: 'a registry mirror that is not an http(s) URL (issue 15)',
    files: { '.dflintrc.yaml': 'registryMirrors:\n  docker.io: mirror.example.com\n' },
    error: '.dflintrc.yaml:2: registryMirrors.docker.io: must be an http:// or https:// URL (got "mirror.example.com")',
  },
  {
    name: 'a platform that does not parse (issue 15)',
    files: { '.dflintrc.json': '{\n  "offline": false,\n  "platform": "arm64"\n}\n' },
    error: '.dflintrc.json:3: platform: must be a platform such as linux/amd64, linux/arm64 or linux/arm/v7 (got "arm64")',
  },
  {
    name: 'a network budget with an unknown unit (issue 15)',
    files: { '.dflintrc.yaml': 'networkBudget: 3 TB\n' },
    error: '.dflintrc.yaml:1: networkBudget: must be a size such as 1GB, 500MiB or a number of bytes (got "3 TB")',
  },
  {
    name: 'a package.json dflint key that is not an object',
    files: { 'package.json': '{\n  "name": "app",\n  "private": true,\n  "dflint": ["layer-count"]\n}\n' },
    error: 'package.json:4: dflint: must be an object (got an array)',
  },
  {
    name: 'a bad key under package.json dflint',
    files: { 'package.json': '{\n  "name": "app",\n  "dflint": {\n    "rules": { "layer-count": ["error", { "max": -5 }] }\n  }\n}\n' },
    error: 'package.json:4: dflint.rules.layer-count[1].max: must be 1 or more (got -5)',
  },
  {
    name: 'YAML that does not parse',
    files: { '.dflintrc.yaml': 'rules:\n  layer-count: [warning, {max: 3}\n  consecutive-run: off\n' },
    error: /^\.dflintrc\.yaml:3: rules\.layer-count(\[\d\])?: not valid YAML: .+$/,
  },
  {
    name: 'YAML with a key given twice',
    files: { '.dflintrc.yaml': 'rules:\n  layer-count: off\n  layer-count: error\n' },
    error: '.dflintrc.yaml:3: rules.layer-count: not valid YAML: Map keys must be unique',
  },
  {
    name: 'JSON that does not parse (a trailing comma)',
    files: { '.dflintrc.json': '{\n  "rules": {\n    "layer-count": "off",\n  }\n}\n' },
    error: /^\.dflintrc\.json:4: rules: not valid JSON: .+$/,
  },
  {
    name: 'a config file that is a list',
    files: { '.dflintrc.json': '["layer-count"]\n' },
    error: '.dflintrc.json:1: (top level): must be an object (got an array)',
  },
  {
    name: 'a .hadolint.yaml whose ignored is not a list',
    files: { '.hadolint.yaml': 'failure-threshold: warning\nignored: DL3059\n' },
    error: '.hadolint.yaml:2: ignored: must be a list of rule codes',
  },
  {
    name: 'a .hadolint.yaml with an unknown override level',
    files: { '.hadolint.yaml': 'override:\n  fatal: [DL3059]\n' },
    error: ".hadolint.yaml:2: override.fatal: unknown level; hadolint's are error, warning, info, style",
  },
];

describe('a config file dflint cannot use: one line naming file, line and key, exit 2', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, { files, error, args }) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const run = runCli(['Dockerfile', ...(args ?? [])], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    const lines = run.stderr.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith('dflint: ')).toBe(true);
    const message = lines[0].slice('dflint: '.length);
    if (typeof error === 'string') expect(message).toBe(error);
    else expect(message).toMatch(error);
    // file:line: key.path: problem
    expect(message).toMatch(/^[^:]+:\d+: (\(top level\)|\S+): \S/);
  });

  test('at least ten malformed configs are covered', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
  });

  test('a config file that cannot be read (a directory) names the file and why; it has no line', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    mkdirSync(path.join(dir, '.dflintrc.json'));
    const run = runCli(['Dockerfile'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('dflint: .dflintrc.json: cannot read this config file: it is a directory\n');
  });

  test('--config naming a file that does not exist', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    const run = runCli(['Dockerfile', '--config', 'ci/dflint.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('dflint: ci/dflint.yaml: cannot read this config file: no such file, or a package.json without a "dflint" key\n');
  });

  test('a bad config above the linted file stops the run before any output', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'svc'));
    writeFileSync(path.join(dir, 'svc/Dockerfile'), DOCKERFILE);
    writeFileSync(path.join(dir, '.dflintrc.json'), '{ "rules": { "layer-count": "fatal" } }');
    const run = runCli(['svc/Dockerfile', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dflint: \.dflintrc\.json:1: rules\.layer-count: severity must be one of/);
  });
});
