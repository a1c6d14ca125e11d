import { defineRule } from '@dflint/core/rule-kit';
import { rules } from '@dflint/rules';
import { withCommandLine } from '../src/config';
import { readHadolintFlags } from '../src/hadolint-flags';
import { lint, project } from './config-project';

// hadolint's command-line flags (issue 17 item 4): what a hadolint invocation asks for, dflint does.

const LABELLED = 'FROM alpine:3.20\nLABEL version=v1 Team=core\n';

describe('hadolint compatibility flags', () => {
  test('--require-label and --strict-labels give label-schema its schema', () => {
    const dir = project({ Dockerfile: LABELLED });
    expect(lint(dir, ['Dockerfile']).files.Dockerfile).toEqual(['invalid-label-key: style']);
    const run = lint(dir, ['--require-label', 'version:semver', '--require-label', 'org.opencontainers.image.source:url', '--strict-labels', 'Dockerfile']);
    expect(run.files.Dockerfile).toEqual(['label-schema: info', 'label-schema: warning', 'invalid-label-key: style', 'label-schema: info']);
  });

  test('--require-label adds to a .hadolint.yaml label-schema (hadolint joins the lists)', () => {
    const dir = project({ '.hadolint.yaml': 'label-schema:\n  version: semver\n', Dockerfile: LABELLED });
    expect(lint(dir, ['Dockerfile']).files.Dockerfile).toEqual(['label-schema: warning', 'invalid-label-key: style']);
    expect(lint(dir, ['--require-label', 'maintainer:email', 'Dockerfile']).files.Dockerfile).toEqual(['label-schema: info', 'label-schema: warning', 'invalid-label-key: style']);
  });

  test('a --require-label type hadolint does not have is a usage error', () => {
    const run = lint(project({ Dockerfile: LABELLED }), ['--require-label', 'version:date', 'Dockerfile']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--require-label version:date: give LABEL:TYPE, TYPE one of text, url, semver, hash, rfc3339, spdx, email');
  });

  test('--error/--warning/--info/--style set severities per code or rule; the highest wins; --disable still wins', () => {
    const dir = project({ Dockerfile: LABELLED });
    expect(lint(dir, ['--error', 'DL3048', 'Dockerfile']).files.Dockerfile).toEqual(['invalid-label-key: error']);
    expect(lint(dir, ['--style', 'invalid-label-key', '--warning', 'invalid-label-key', 'Dockerfile']).files.Dockerfile).toEqual(['invalid-label-key: warning']);
    expect(lint(dir, ['--error', 'DL3048', '--disable', 'DL3048', 'Dockerfile']).files.Dockerfile).toEqual([]);
    // one code of a rule with several: the others keep their severity
    const run = lint(dir, ['--require-label', 'version:semver', '--info', 'DL3056', 'Dockerfile']);
    expect(run.files.Dockerfile).toEqual(['label-schema: info', 'invalid-label-key: style']);
  });

  test('a hadolint code no rule covers is a note, an unknown rule name an error', () => {
    const dir = project({ Dockerfile: LABELLED });
    const note = lint(dir, ['--error', 'DL9999', 'Dockerfile']);
    expect(note.status).toBe(0);
    expect(note.stderr).toBe('dflint: note: --error DL9999: no dflint rule covers DL9999; the flag skips it\n');
    expect(lint(dir, ['--warning', 'no-such-rule', 'Dockerfile']).status).toBe(2);
  });

  test('--disable-ignore-pragma (and the .hadolint.yaml key) leave # hadolint ignore= comments without effect; # dflint-ignore still works', () => {
    const text = 'FROM alpine:3.20\n# hadolint ignore=DL3048\nLABEL Team=core\n# dflint-ignore invalid-label-key\nLABEL Owner=me\n';
    const dir = project({ Dockerfile: text });
    expect(lint(dir, ['Dockerfile']).files.Dockerfile).toEqual([]);
    expect(lint(dir, ['--disable-ignore-pragma', 'Dockerfile']).files.Dockerfile).toEqual(['invalid-label-key: style']);
    const configured = project({ '.hadolint.yaml': 'disable-ignore-pragma: true\n', Dockerfile: text });
    const run = lint(configured, ['Dockerfile']);
    expect(run.files.Dockerfile).toEqual(['invalid-label-key: style']);
    expect(run.stderr).toBe('');
  });

  test('--no-fail exits 0 whatever is found', () => {
    const dir = project({ Dockerfile: LABELLED });
    expect(lint(dir, ['--error', 'DL3048', 'Dockerfile']).status).toBe(1);
    expect(lint(dir, ['--error', 'DL3048', '--no-fail', 'Dockerfile']).status).toBe(0);
  });
});

describe('hadolint flags, unit', () => {
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
  const withStub = [...rules.filter((rule) => rule.meta.name !== 'untrusted-registry'), registryStub];
  const withoutRule = rules.filter((rule) => !rule.meta.aliases.includes('DL3026'));

  test('--trusted-registry gives the DL3026 rule its registries; without such a rule, a note', () => {
    expect(readHadolintFlags(withStub, { trustedRegistry: ['docker.io', 'ghcr.io,*.example.com'] })).toEqual({
      settings: { 'untrusted-registry': { options: { registries: ['docker.io', 'ghcr.io', '*.example.com'] } } },
      notes: [],
    });
    expect(readHadolintFlags(withoutRule, { trustedRegistry: ['docker.io'] }).notes).toEqual(['--trusted-registry: no dflint rule checks registries (DL3026) yet; the flag is ignored']);
  });

  test("flag options add to the config's: registries joined, labels merged, the config's severity kept", () => {
    const config = { settings: { 'untrusted-registry': { severity: 'warning' as const, options: { registries: ['docker.io'] } }, 'label-schema': { options: { labels: { a: 'url' } } } }, ignored: false };
    const flags = readHadolintFlags(withStub, { trustedRegistry: ['ghcr.io', 'docker.io'], requireLabel: ['b:semver', 'c:'] }).settings;
    const applied = withCommandLine(config, { rules: flags });
    expect(applied.settings['untrusted-registry']).toEqual({ severity: 'warning', options: { registries: ['docker.io', 'ghcr.io'] } });
    expect(applied.settings['label-schema']).toEqual({ options: { labels: { a: 'url', b: 'semver', c: 'text' } } });
  });
});
