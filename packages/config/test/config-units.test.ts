import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { rules } from '@dflint/rules';
import { ConfigError } from '../src/errors';
import { generatedConfigFiles } from '../src/generated-files';
import { readHadolintConfig } from '../src/hadolint';
import { starterConfig } from '../src/init';
import { parseJsonConfig } from '../src/json-text';
import { RuleNames, toRuleSettings } from '../src/rule-names';
import { buildConfigSchema } from '../src/schema';
import { validateConfig } from '../src/validate';
import { parseYamlConfig } from '../src/yaml-text';

const REPO = path.resolve(__dirname, '../../..');
const names = new RuleNames(rules);

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('generated files', () => {
  test.each([...generatedConfigFiles(rules)].map(([file, text]) => [path.relative(REPO, file), file, text]))(
    '%s is current (run `npm run docs` to refresh it)',
    (_name, file, text) => {
      expect(readFileSync(file, 'utf8')).toBe(text);
    },
  );

  test('the shipped schema is valid draft-07 that ajv compiles in strict mode, and agrees with the standalone validator', () => {
    const schema = JSON.parse(readFileSync(path.join(REPO, 'packages/cli/schema/dflint.schema.json'), 'utf8')) as object;
    const compiled = new Ajv({ strictTuples: false, allowUnionTypes: true }).compile(schema);
    const samples: unknown[] = [
      {},
      { rules: { 'layer-count': ['error', { max: 3 }], DL3059: 'off' }, failureThreshold: 'none' },
      { overrides: [{ files: ['*.dev'], rules: { 'package-cache': ['info'] } }], ignorePatterns: ['vendor/'], context: '..' },
      { rules: { 'layer-count': 'fatal' } },
      { rules: { nope: 'off' } },
      { overrides: [{ files: [] }] },
      { rules: { 'consecutive-run': ['off', {}] } },
      { rules: { 'volatile-arg-early': ['warning', { names: [''] }] } },
      { $schema: 5 },
    ];
    for (const sample of samples) {
      const standalone = (() => {
        try {
          validateConfig({ data: sample, lineOf: () => 1 }, 'x.json', sample);
          return true;
        } catch {
          return false;
        }
      })();
      expect([sample, standalone]).toEqual([sample, compiled(sample)]);
    }
  });

  test('the schema names every rule and every alias, and takes the options each rule declares', () => {
    const schema = buildConfigSchema(rules) as { definitions: Record<string, { properties: Record<string, unknown>; else: { items: { properties?: object }[] } }> };
    const keys = Object.keys(schema.definitions.rules.properties);
    for (const rule of rules) {
      expect(keys).toEqual(expect.arrayContaining([rule.meta.name, ...rule.meta.aliases]));
      const options = schema.definitions[`rule-${rule.meta.name}`].else.items[1]?.properties;
      // without `strict`, the preset's value, which is no JSON Schema keyword
      const declared = rule.meta.options && Object.fromEntries(Object.entries(rule.meta.options).map(([name, { strict: _preset, ...schema }]) => [name, schema]));
      expect([rule.meta.name, options]).toEqual([rule.meta.name, declared]);
    }
    expect(rules.filter((rule) => rule.meta.options).map((rule) => rule.meta.name)).toEqual(['consecutive-run', 'copy-context-bloat', 'label-schema', 'layer-count', 'metadata-merge', 'untrusted-registry', 'volatile-arg-early']);
  });

  test("each rule's README options section matches the options the schema allows", () => {
    for (const rule of rules) {
      const readme = readFileSync(path.join(REPO, 'rules', rule.meta.name, 'README.md'), 'utf8');
      const section = /## Options\n([\s\S]*?)\n## /.exec(readme)?.[1].trim() ?? '';
      const documented = [...section.matchAll(/^- `([A-Za-z]+)`/gm)].map((match) => match[1]);
      const allowed = Object.keys(rule.meta.options ?? {});
      expect([rule.meta.name, documented]).toEqual([rule.meta.name, allowed]);
    }
  });
});

describe('where a key is', () => {
  test('JSON: keys of objects and values of arrays, through strings holding braces and quotes', () => {
    const text = '{\n  "a\\"{": "}[",\n  "rules": {\n    "layer-count": [\n      "warning",\n      { "max": 3 }\n    ]\n  }\n}\n';
    const parsed = parseJsonConfig(text, '/x/.dflintrc.json');
    expect(parsed.lineOf(['rules'])).toBe(3);
    expect(parsed.lineOf(['rules', 'layer-count'])).toBe(4);
    expect(parsed.lineOf(['rules', 'layer-count', 0])).toBe(5);
    expect(parsed.lineOf(['rules', 'layer-count', 1, 'max'])).toBe(6);
    // not in the file: its nearest ancestor's line
    expect(parsed.lineOf(['rules', 'layer-count', 1, 'other'])).toBe(6);
    expect(parsed.lineOf([])).toBe(1);
  });

  test('JSON syntax errors name the line and the key they are in', () => {
    const error = configError(() => parseJsonConfig('{\n  "rules": {\n    "a": "off"\n    "b": "off"\n  }\n}', '/x/c.json'));
    expect(error.line).toBe(4);
    expect(error.keyPath).toEqual(['rules', 'a']);
    expect(error.problem).toMatch(/^not valid JSON: /);
  });

  test('YAML: block and flow collections', () => {
    const parsed = parseYamlConfig('# c\nrules:\n  layer-count: [warning, {max: 3}]\noverrides:\n  - files: a\n  - files:\n      - b\n', '/x/c.yaml');
    expect(parsed.lineOf(['rules', 'layer-count', 1, 'max'])).toBe(3);
    expect(parsed.lineOf(['overrides', 1])).toBe(6);
    expect(parsed.lineOf(['overrides', 1, 'files', 0])).toBe(7);
  });

  test('an empty YAML file is an empty config', () => {
    const parsed = parseYamlConfig('# nothing yet\n', '/x/c.yaml');
    expect(validateConfig(parsed, '/x/c.yaml', parsed.data)).toEqual({});
  });
});

describe('settings', () => {
  test('rule names and aliases resolve to rules, a per-finding code to itself; a later key wins, and a rule name speaks for its codes', () => {
    expect(toRuleSettings({ 'package-cache': ['error', { a: 1 }], DL3059: 'off', 'layer-count': ['info'], 'consecutive-run': 'info' }, names)).toEqual({
      'package-cache': { severity: 'error', options: { a: 1 } },
      ...Object.fromEntries(['DL3009', 'DL3019', 'DL3032', 'DL3036', 'DL3040', 'DL3042', 'DL3060'].map((code) => [code, { severity: 'error' }])),
      // DL3059 is consecutive-run's one-command findings; the rule's name, later, speaks for it too
      DL3059: { severity: 'info' },
      'consecutive-run': { severity: 'info' },
      'layer-count': { severity: 'info' },
    });
    // issue 14: DL3042 is package-cache's pip findings only, not the rule
    expect(toRuleSettings({ DL3042: 'off', DL3009: 'error' }, names)).toEqual({ DL3042: { severity: 'off' }, DL3009: { severity: 'error' } });
  });

  test('hadolint: codes in any case, each acting on its own findings; unknown codes are listed', () => {
    const text = parseYamlConfig('override:\n  style: [dl3009]\n  error: [DL3042]\n  warning: [DL3059, DL3999]\nignored: [DL4000]\n', '/x/.hadolint.yaml');
    const hadolint = readHadolintConfig(text, '/x/.hadolint.yaml', names);
    expect(hadolint.rules).toEqual({
      DL3009: { severity: 'style' },
      DL3042: { severity: 'error' },
      DL3059: { severity: 'warning' },
      'maintainer-deprecated': { severity: 'off' },
    });
    expect(hadolint.unknownCodes).toEqual(['DL3999']);
    expect(hadolint.failureThreshold).toBeUndefined();
  });
});

describe('the --init starter', () => {
  test('lists every rule at its default, and validates once uncommented', () => {
    const starter = starterConfig(rules);
    const uncommented = starter
      .split('\n')
      .map((line) => (/^# (rules:|  [\w-]+: )/.test(line) ? line.slice(2) : line))
      .join('\n');
    const parsed = parseYamlConfig(uncommented, '/x/.dflintrc.yaml');
    const config = validateConfig(parsed, '/x/.dflintrc.yaml', parsed.data);
    const settings = toRuleSettings(config.rules, names);
    // a rule's name also sets the codes it keeps apart (package-cache's DL3009, …)
    expect(Object.keys(settings)).toEqual(rules.flatMap((rule) => [rule.meta.name, ...names.codeKeysOf(rule.meta.name)]));
    for (const rule of rules) expect(settings[rule.meta.name].severity).toBe(rule.meta.defaultOff ? 'off' : rule.meta.severity);
    expect(settings['layer-count'].options).toEqual({ max: 100 });
  });
});
