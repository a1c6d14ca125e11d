import type { Argv, Options } from 'yargs';
import { SEVERITIES, settingKey, type Rule, type RuleSetting, type Severity } from '@dflint/core';
import { labelSchemaOptions, labelTypes, ruleFor } from '@dflint/config';
import { UsageError } from './io';
import { splitNames } from './rule-selection';

// hadolint's command-line flags, so hadolint invocations keep working (issue 17 item 4):
// --trusted-registry, --require-label, --strict-labels, --no-fail and --error/--warning/--info/--style.

/** The hadolint flags as plain data: yargs is given it, and so is the plain command-line reader (plain-argv.ts). */
export const HADOLINT_OPTIONS = {
  'trusted-registry': { type: 'string', array: true, describe: 'Allow FROM images only from this registry (DL3026; *, *.example.com and prefix* match; repeatable)' },
  'require-label': { type: 'string', array: true, describe: 'Require this label in each stage, of a type: LABEL:TYPE, TYPE one of text url semver hash rfc3339 spdx email (DL3049…; repeatable)' },
  'strict-labels': { type: 'boolean', describe: 'Report labels --require-label or the label schema does not name (DL3050)' },
  'no-fail': { type: 'boolean', describe: 'Exit 0 whatever is found (failure threshold none)' },
  'disable-ignore-pragma': { type: 'boolean', describe: 'Let no # hadolint ignore= comment switch findings off (# dflint-ignore still does)' },
  // yargs reads --no-fail as the negation of `fail`
  'fail': { type: 'boolean', hidden: true },
  'error': { type: 'string', array: true, describe: 'Report these rules or codes as errors (repeatable; a code acts on its own findings)' },
  'warning': { type: 'string', array: true, describe: 'Report these rules or codes as warnings' },
  'info': { type: 'string', array: true, describe: 'Report these rules or codes as info' },
  'style': { type: 'string', array: true, describe: 'Report these rules or codes as style' },
} as const satisfies Record<string, Options>;

/** The flags --help lists under hadolint compatibility (all but the hidden one). */
const HADOLINT_FLAGS = Object.entries(HADOLINT_OPTIONS).flatMap(([name, spec]) => ('hidden' in spec ? [] : [name]));

export function withHadolintOptions<T>(y: Argv<T>) {
  return y.options(HADOLINT_OPTIONS).group(HADOLINT_FLAGS, 'hadolint compatibility:');
}

export interface HadolintFlagValues {
  trustedRegistry?: string[];
  requireLabel?: string[];
  strictLabels?: boolean;
  noFail?: boolean;
  fail?: boolean;
  error?: string[];
  warning?: string[];
  info?: string[];
  style?: string[];
}

/** --no-fail: nothing fails the run. */
export function noFail(args: HadolintFlagValues): boolean {
  return args.noFail === true || args.fail === false;
}

/** The rule settings the hadolint flags make; `notes` for flags no rule here acts on. */
export function readHadolintFlags(rules: readonly Rule[], args: HadolintFlagValues): { settings: Record<string, RuleSetting>; notes: string[] } {
  const settings: Record<string, RuleSetting> = {};
  const notes: string[] = [];
  // lowest first: a rule in several lists ends up at the highest, as in hadolint
  for (const level of [...SEVERITIES].reverse()) {
    for (const name of splitNames(args[level as Severity])) {
      const key = severityKey(rules, name, `--${level}`);
      if (key) settings[key] = { severity: level };
      else notes.push(`--${level} ${name}: no dflint rule covers ${name}; the flag skips it`);
    }
  }
  const registries = splitNames(args.trustedRegistry);
  if (registries.length) {
    const rule = ruleFor({ rules }, 'DL3026');
    if (rule) settings[rule.meta.name] = { options: { registries } };
    else notes.push('--trusted-registry: no dflint rule checks registries (DL3026) yet; the flag is ignored');
  }
  const labels = args.requireLabel ?? [];
  if (labels.length || args.strictLabels) {
    const rule = ruleFor({ rules }, 'DL3049');
    if (!rule) throw new UsageError('--require-label and --strict-labels need the label-schema rule');
    const types = labelTypes(rule);
    const schema: Record<string, string> = {};
    for (const label of labels) {
      const colon = label.lastIndexOf(':');
      const [name, type] = colon < 0 ? [label, 'text'] : [label.slice(0, colon), label.slice(colon + 1) || 'text'];
      if (!name || !types.includes(type)) throw new UsageError(`--require-label ${label}: give LABEL:TYPE, TYPE one of ${types.join(', ')}`);
      schema[name] = type;
    }
    settings[rule.meta.name] = { options: labelSchemaOptions(schema, args.strictLabels || undefined, undefined) };
  }
  return { settings, notes };
}

/**
 * Where `--error NAME` puts its severity: the rule, or one code's findings of a rule with several
 * codes; undefined for a hadolint code no rule covers (hadolint users have them), an error for any other name.
 */
function severityKey(rules: readonly Rule[], name: string, flag: string): string | undefined {
  const byName = rules.find((rule) => rule.meta.name === name);
  if (byName) return byName.meta.name;
  const byCode = rules.find((rule) => rule.meta.aliases.some((code) => code.toLowerCase() === name.toLowerCase()));
  if (!byCode && /^(DL|SC)\d{4}$/i.test(name)) return undefined;
  if (!byCode) throw new UsageError(`${flag} ${name}: unknown rule (dflint --list-rules shows them all)`);
  return settingKey(byCode, name);
}

/** The hadolint flags' settings under --rule/--disable's: a severity from those wins (off from --disable), options stay. */
export function mergeSettings(hadolint: Record<string, RuleSetting>, selected: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const merged = { ...hadolint };
  for (const [key, setting] of Object.entries(selected)) merged[key] = { ...merged[key], ...setting };
  return merged;
}
