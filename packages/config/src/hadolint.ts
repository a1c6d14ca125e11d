import { SEVERITIES, type Severity } from '@dflint/core';
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
}

/**
 * What dflint takes from a .hadolint.yaml: `ignored` codes switch their findings off, `override`
 * sets their severity, `failure-threshold` (and `no-fail`) the exit status. A code of a rule that
 * aliases several codes acts on that code's findings only (RuleNames); a finding that is several
 * codes at once is off when one of them is, else at the highest severity set for them.
 * Other keys are hadolint's own and are left alone.
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
  return { rules, failureThreshold, unknownCodes: [...unknownCodes].sort() };
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
