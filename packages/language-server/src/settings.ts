import { misfitOptions, ruleCode, settingKey, SEVERITIES, type Rule, type RuleSetting, type Severity } from '@dflint/core';
import { findRule, rules as allRules } from '@dflint/rules';

/** The `dflint` configuration section, after checking what the client sent. */
export interface Settings {
  /** per rule name: a severity, 'off', or { severity, options } */
  rules: Record<string, RuleSetting>;
  /** the build context folder (absolute, or relative to the workspace folder); default: the Dockerfile's folder */
  context?: string;
  inlayHints: { enabled: boolean };
  /** download no base images (as does the project config's `offline: true` or DFLINT_OFFLINE=1) */
  offline: boolean;
  /** documents longer than this are not analysed, to keep the editor responsive (20,000 lines take 1–3 s) */
  maxLines: number;
  /** nor documents larger than this (UTF-8 bytes): one long line can cost as much as many short ones */
  maxBytes: number;
  /** how long typing must pause before a changed document is analysed again (ms); 0: at once */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, inlayHints: { enabled: true }, offline: false, maxLines: 20_000, maxBytes: 2_000_000, debounceMs: 50 };

/** a longer pause would read as diagnostics that never come */
const MAX_DEBOUNCE_MS = 10_000;

/**
 * Reads a client's `dflint` section leniently: anything malformed falls back to the default and
 * is reported in `problems` (for the log), never thrown.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const section = isObject(raw) ? raw : {};
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: readRules(section.rules, problems), inlayHints: { enabled: true } };
  if (typeof section.context === 'string' && section.context.trim()) settings.context = section.context;
  const hints = section.inlayHints;
  const enabled = isObject(hints) ? hints.enabled : section['inlayHints.enabled'];
  if (typeof enabled === 'boolean') settings.inlayHints = { enabled };
  if (typeof section.offline === 'boolean') settings.offline = section.offline;
  if (typeof section.maxLines === 'number' && section.maxLines > 0) settings.maxLines = section.maxLines;
  if (typeof section.maxBytes === 'number' && section.maxBytes > 0) settings.maxBytes = section.maxBytes;
  if (typeof section.debounceMs === 'number' && section.debounceMs >= 0 && section.debounceMs <= MAX_DEBOUNCE_MS) settings.debounceMs = section.debounceMs;
  else if (section.debounceMs !== undefined) problems.push(`dflint.debounceMs must be a number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}; ${DEFAULT_SETTINGS.debounceMs} applies`);
  return { settings, problems };
}

function readRules(raw: unknown, problems: string[]): Record<string, RuleSetting> {
  if (raw === undefined || raw === null) return {};
  if (!isObject(raw)) {
    problems.push('dflint.rules must be an object of rule name → severity');
    return {};
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [name, value] of Object.entries(raw)) {
    const rule = findRule(name) ?? ruleAliasing(name);
    if (!rule) {
      problems.push(`dflint.rules: no rule named ${name}`);
      continue;
    }
    const setting = isObject(value) ? value : { severity: value };
    if (setting.severity !== undefined && !isSeverity(setting.severity)) {
      problems.push(`dflint.rules.${name}: severity must be one of ${[...SEVERITIES, 'off'].join(', ')}`);
      continue;
    }
    for (const option of misfitOptions(rule.meta.options, setting.options)) {
      const declared = rule.meta.options?.[option];
      const problem = declared ? `not a valid value; the default ${JSON.stringify(declared.default)} applies` : `${rule.meta.name} has no such option`;
      problems.push(`dflint.rules.${name}.options.${option}: ${problem}`);
    }
    // a code of package-cache (DL3042) acts on that code's findings only, as in a config file
    rules[rule.meta.name === name ? name : settingKey(rule, name)] = { severity: setting.severity, options: setting.options };
  }
  return rules;
}

function isSeverity(value: unknown): value is Severity | 'off' {
  return value === 'off' || (SEVERITIES as readonly unknown[]).includes(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rule that aliases a hadolint/BuildKit code, in any case. */
function ruleAliasing(code: string): Rule | undefined {
  return allRules.find((rule) => ruleCode(rule.meta, code) !== undefined);
}
