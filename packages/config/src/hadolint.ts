import { SEVERITIES, type Rule, type Severity } from '@dflint/core';
import type { ConfigText } from './config-text';
import { ConfigError, type KeyPath } from './errors';
import { applySetting, type RuleNames } from './rule-names';
import type { FailureThreshold, RuleSettings } from './types';

export const HADOLINT_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
/** hadolint's failure-threshold levels; `ignore` and `none` never fail */
const HADOLINT_THRESHOLDS = [...SEVERITIES, 'ignore', 'none'];

export interface HadolintSettings {
  rules: RuleSettings;
  failureThreshold?: FailureThreshold;
  /** codes in `ignored` or `override` that no dflint rule aliases, sorted */
  unknownCodes: string[];
  /** `disable-ignore-pragma: true`: `# hadolint ignore=` comments switch nothing off */
  disableIgnorePragma?: boolean;
  /** keys dflint does not act on (hadolint's output and display settings), for a note */
  unsupportedKeys: string[];
}

/** Keys read here; any other key of a .hadolint.yaml is named in a note. */
const READ_KEYS = ['ignored', 'override', 'failure-threshold', 'no-fail', 'trustedRegistries', 'label-schema', 'strict-labels', 'disable-ignore-pragma'];

/** The rule aliasing `code`: where hadolint's settings of that rule's inputs go, as its options. */
export function ruleFor(names: { readonly rules: readonly Rule[] }, code: string): Rule | undefined {
  return names.rules.find((rule) => rule.meta.aliases.includes(code));
}

/** The label types label-schema takes (its `labels` option's allowed values). */
export function labelTypes(rule: Rule): readonly string[] {
  const labels = rule.meta.options?.labels;
  return labels?.type === 'object' ? (labels.additionalProperties.enum ?? []) : [];
}

/** hadolint's label settings as the options of label-schema (DL3049…), merged over `options`. */
export function labelSchemaOptions(labels: Record<string, string>, strict: boolean | undefined, options: unknown): Record<string, unknown> {
  const before = (options ?? {}) as { labels?: Record<string, string>; strict?: boolean };
  return { ...before, labels: { ...before.labels, ...labels }, ...(strict === undefined ? {} : { strict }) };
}

/**
 * What dflint takes from a .hadolint.yaml: `ignored` codes switch their findings off, `override`
 * sets their severity, `failure-threshold` (and `no-fail`) the exit status. A code of a rule that
 * aliases several codes acts on that code's findings only (RuleNames); a finding that is several
 * codes at once is off when one of them is, else at the highest severity set for them.
 * `trustedRegistries` gives untrusted-registry (DL3026) its registries, `label-schema` and
 * `strict-labels` give label-schema (DL3049…) its labels and strictness. Other keys (output
 * formats, colour, verbosity) are hadolint's own: they are listed in
 * `unsupportedKeys`, for a note.
 */
export function readHadolintConfig(text: ConfigText, file: string, names: RuleNames): HadolintSettings {
  const data = text.data ?? {};
  const fail = (keyPath: KeyPath, problem: string): never => {
    throw new ConfigError(file, problem, text.lineOf(keyPath), keyPath);
  };
  if (!isObject(data)) fail([], 'must be a mapping of hadolint settings');
  const config = data as Record<string, unknown>;
  const rules: RuleSettings = {};
  const unknownCodes = new Set<string>();
  const codes = (keyPath: KeyPath, value: unknown): string[] => {
    if (!Array.isArray(value)) return fail(keyPath, 'must be a list of rule codes');
    value.forEach((code, index) => typeof code !== 'string' && fail([...keyPath, index], 'must be a rule code such as DL3059'));
    return value as string[];
  };
  const each = (list: string[], apply: (name: string) => void) => {
    for (const code of list) {
      const name = names.resolveCode(code);
      if (name) apply(name);
      else unknownCodes.add(code);
    }
  };

  if (config.override !== undefined && config.override !== null) {
    if (!isObject(config.override)) fail(['override'], 'must be a mapping of severity to rule codes');
    const override = config.override as Record<string, unknown>;
    for (const level of Object.keys(override)) {
      if (!(SEVERITIES as readonly string[]).includes(level)) fail(['override', level], `unknown level; hadolint's are ${SEVERITIES.join(', ')}`);
    }
    // lowest first, so the highest severity a rule is given wins
    for (const level of [...SEVERITIES].reverse()) {
      if (override[level] === undefined || override[level] === null) continue;
      each(codes(['override', level], override[level]), (name) => applySetting(rules, name, { severity: level as Severity }));
    }
  }
  if (config.ignored !== undefined && config.ignored !== null) {
    each(codes(['ignored'], config.ignored), (name) => applySetting(rules, name, { severity: 'off' }));
  }

  let failureThreshold: FailureThreshold | undefined;
  const threshold = config['failure-threshold'];
  if (threshold !== undefined) {
    if (typeof threshold !== 'string' || !HADOLINT_THRESHOLDS.includes(threshold)) {
      fail(['failure-threshold'], `must be one of ${HADOLINT_THRESHOLDS.join(', ')} (got ${JSON.stringify(threshold)})`);
    }
    failureThreshold = threshold === 'ignore' ? 'none' : (threshold as FailureThreshold);
  }
  if (config['no-fail'] === true) failureThreshold = 'none';

  const unsupportedKeys = Object.keys(config).filter((key) => !READ_KEYS.includes(key));
  const registries = config.trustedRegistries;
  if (registries !== undefined && registries !== null) {
    const list = typeof registries === 'string' ? [registries] : registries;
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item === '')) fail(['trustedRegistries'], 'must be a list of registries such as docker.io or *.example.com');
    const rule = ruleFor(names, 'DL3026')?.meta.name;
    if (rule) applySetting(rules, rule, { options: { ...(rules[rule]?.options as object), registries: list } });
    else unsupportedKeys.push('trustedRegistries');
  }
  const schema = config['label-schema'] ?? undefined;
  const strict = config['strict-labels'] ?? undefined;
  if (strict !== undefined && typeof strict !== 'boolean') fail(['strict-labels'], 'must be true or false');
  const labelRule = ruleFor(names, 'DL3049');
  if (schema !== undefined && !isObject(schema)) fail(['label-schema'], 'must be a mapping of label to type');
  if ((schema !== undefined || strict !== undefined) && !labelRule) unsupportedKeys.push(...(schema !== undefined ? ['label-schema'] : []), ...(strict !== undefined ? ['strict-labels'] : []));
  else if (labelRule) {
    const types = labelTypes(labelRule);
    for (const [label, type] of Object.entries((schema ?? {}) as Record<string, unknown>)) {
      if (typeof type !== 'string' || !types.includes(type)) fail(['label-schema', label], `must be one of ${types.join(', ')} (got ${JSON.stringify(type)})`);
    }
    if (schema !== undefined || strict !== undefined) {
      const name = labelRule.meta.name;
      applySetting(rules, name, { options: labelSchemaOptions((schema ?? {}) as Record<string, string>, strict as boolean | undefined, rules[name]?.options) });
    }
  }
  const disable = config['disable-ignore-pragma'] ?? undefined;
  if (disable !== undefined && typeof disable !== 'boolean') fail(['disable-ignore-pragma'], 'must be true or false');
  return { rules, failureThreshold, unknownCodes: [...unknownCodes].sort(), unsupportedKeys: unsupportedKeys.sort(), ...(disable ? { disableIgnorePragma: true } : {}) };
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
