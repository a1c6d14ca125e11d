import { ruleCode, settingKey, type Rule, type RuleSetting } from '@dflint/core';
import { UsageError } from './io';

/** Splits repeated and comma-separated option values: `--rule a,b --rule c` → a, b, c. */
export function splitNames(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
}

/** Resolves a rule name, or a hadolint/BuildKit code a rule aliases, to the rule's name. */
function resolve(all: readonly Rule[], nameOrAlias: string): string {
  const byName = all.find((rule) => rule.meta.name === nameOrAlias);
  if (byName) return byName.meta.name;
  const byAlias = all.find((rule) => ruleCode(rule.meta, nameOrAlias) !== undefined);
  if (byAlias) return byAlias.meta.name;
  throw new UsageError(`unknown rule '${nameOrAlias}' (dflint --list-rules shows them all)`);
}

/** The key `--disable` switches off: the rule, or just one code's findings (settingKey). */
function disabledKey(all: readonly Rule[], nameOrAlias: string): string {
  const name = resolve(all, nameOrAlias);
  const rule = all.find((candidate) => candidate.meta.name === name);
  return rule && name !== nameOrAlias ? settingKey(rule, nameOrAlias) : name;
}

/** `--rule` runs only the named rules (`{}` for each); `--disable` switches rules (or one code's findings) off. */
export function selectRules(
  all: readonly Rule[],
  only: readonly string[],
  disabled: readonly string[],
): Record<string, RuleSetting> {
  const onlyNames = new Set(only.map((name) => resolve(all, name)));
  const offKeys = disabled.map((name) => disabledKey(all, name));
  const offNames = new Set(offKeys.filter((key) => all.some((rule) => rule.meta.name === key)));
  const settings: Record<string, RuleSetting> = {};
  for (const rule of all) {
    const off = offNames.has(rule.meta.name) || (onlyNames.size > 0 && !onlyNames.has(rule.meta.name));
    if (off) settings[rule.meta.name] = { severity: 'off' };
    // named by --rule: runs even where a config file switched it off (withCommandLine), and a default-off rule runs
    else if (onlyNames.has(rule.meta.name)) settings[rule.meta.name] = rule.meta.defaultOff ? { severity: rule.meta.severity } : {};
  }
  for (const code of offKeys) if (!offNames.has(code)) settings[code] = { severity: 'off' };
  return settings;
}
