import { defineRule } from '@dflint/core/rule-kit';
import { rules } from '@dflint/rules';
import { ConfigError } from '../src/errors';
import { readHadolintConfig } from '../src/hadolint';
import { describeHadolintNote } from '../src/loader';
import { RuleNames } from '../src/rule-names';
import { parseYamlConfig } from '../src/yaml-text';

// The .hadolint.yaml keys beyond ignored/override/failure-threshold (issue 17 item 4).

const FILE = '/x/.hadolint.yaml';
const read = (yaml: string, names = new RuleNames(rules)) => readHadolintConfig(parseYamlConfig(yaml, FILE), FILE, names);

// untrusted-registry comes from another lane; a stub with its name, code and option stands in
const registryStub = defineRule<{ registries: readonly string[] }>({
  meta: {
    name: 'untrusted-registry',
    description: 'stub',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3026'],
    options: { registries: { type: 'array', items: { type: 'string' }, default: [], description: 'stub' } },
  },
  check: () => undefined,
});
const withRegistryRule = new RuleNames([...rules.filter((rule) => rule.meta.name !== 'untrusted-registry'), registryStub]);

test('label-schema and strict-labels become the options of label-schema, with no severity of their own', () => {
  const hadolint = read('label-schema:\n  maintainer: email\n  org.opencontainers.image.source: url\nstrict-labels: true\n');
  expect(hadolint.rules).toEqual({ 'label-schema': { options: { labels: { maintainer: 'email', 'org.opencontainers.image.source': 'url' }, strict: true } } });
  expect(hadolint.unsupportedKeys).toEqual([]);
});

test('an override of a label code keeps the schema: both reach the settings', () => {
  const hadolint = read('label-schema:\n  a: text\noverride:\n  error: [DL3049]\n');
  expect(hadolint.rules).toEqual({ DL3049: { severity: 'error' }, 'label-schema': { options: { labels: { a: 'text' } } } });
});

test('a label type hadolint does not have is an error at its key', () => {
  const error = (() => {
    try {
      read('label-schema:\n  a: date\n');
    } catch (caught) {
      return caught;
    }
    return undefined;
  })();
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).message).toContain('must be one of text, url, semver, hash, rfc3339, spdx, email (got "date")');
  expect((error as ConfigError).line).toBe(2);
});

test('trustedRegistries become the registries of the rule aliasing DL3026 (a list, or hadolint’s single string)', () => {
  expect(read('trustedRegistries:\n  - docker.io\n  - "*.example.com"\n', withRegistryRule).rules).toEqual({ 'untrusted-registry': { options: { registries: ['docker.io', '*.example.com'] } } });
  expect(read('trustedRegistries: my.registry\n', withRegistryRule).rules).toEqual({ 'untrusted-registry': { options: { registries: ['my.registry'] } } });
  expect(() => read('trustedRegistries: [3]\n', withRegistryRule)).toThrow(ConfigError);
});

test('keys dflint does not act on are named for a note, not dropped silently', () => {
  const hadolint = read('format: json\nno-color: true\nverbose: true\nignored: [DL4000]\n');
  expect(hadolint.unsupportedKeys).toEqual(['format', 'no-color', 'verbose']);
  expect(describeHadolintNote({ file: FILE, codes: ['DL9999'], keys: hadolint.unsupportedKeys }, '/x')).toBe(
    '.hadolint.yaml: no dflint rule covers DL9999; dflint skips it; dflint does not support the keys format, no-color, verbose and ignores them',
  );
});

test('disable-ignore-pragma is read (and must be a boolean)', () => {
  expect(read('disable-ignore-pragma: true\n')).toMatchObject({ disableIgnorePragma: true, unsupportedKeys: [] });
  expect(read('disable-ignore-pragma: false\n').disableIgnorePragma).toBeUndefined();
  expect(() => read('disable-ignore-pragma: yes please\n')).toThrow(ConfigError);
});

test('without a rule for DL3026, trustedRegistries is a key dflint does not support', () => {
  const names = new RuleNames(rules.filter((rule) => !rule.meta.aliases.includes('DL3026')));
  expect(read('trustedRegistries: [docker.io]\n', names).unsupportedKeys).toEqual(['trustedRegistries']);
});
