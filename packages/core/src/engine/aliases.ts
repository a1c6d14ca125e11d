import { SEVERITIES, type Finding, type Rule, type RuleMeta, type Severity } from './rule';

/**
 * The rule's codes as people read them: its aliases, then its aliasPattern as a placeholder
 * (`/^SC\d{4}$/` → `SCnnnn`).
 */
export function aliasLabels(meta: Pick<RuleMeta, 'aliases' | 'aliasPattern'>): string[] {
  if (!meta.aliasPattern) return [...meta.aliases];
  const label = meta.aliasPattern.source.replace(/^\^|\$$/g, '').replace(/\\d\{(\d+)\}/g, (_, count: string) => 'n'.repeat(Number(count)));
  return [...meta.aliases, label];
}

/**
 * The code as the rule spells it when `code` (any case) is one of its codes — listed in
 * `aliases`, or matching its `aliasPattern` (then upper-cased) — else undefined.
 */
export function ruleCode(meta: Pick<RuleMeta, 'aliases' | 'aliasPattern'>, code: string): string | undefined {
  const upper = code.toUpperCase();
  return meta.aliases.find((alias) => alias.toUpperCase() === upper) ?? (meta.aliasPattern?.test(upper) ? upper : undefined);
}

/**
 * The codes a rule's finding is: those it reported (`report({aliases})`, kept to the rule's own)
 * for a rule with `aliasesPerFinding`, else every code the rule aliases.
 */
export function findingAliases(rule: Rule, reported: readonly string[] | undefined): string[] {
  if (!rule.meta.aliasesPerFinding) return [...rule.meta.aliases];
  const listed = rule.meta.aliases.filter((code) => reported?.includes(code));
  const matched = (reported ?? []).filter((code) => !rule.meta.aliases.includes(code) && rule.meta.aliasPattern?.test(code));
  return [...listed, ...new Set(matched)];
}

/**
 * Where a setting given by a hadolint/BuildKit code belongs: the code itself for a rule with
 * `aliasesPerFinding` (it then acts on that code's findings only), else the rule's name.
 */
export function settingKey(rule: Rule, code: string): string {
  if (!rule.meta.aliasesPerFinding) return rule.meta.name;
  return ruleCode(rule.meta, code) ?? rule.meta.name;
}

/**
 * A finding's severity once settings given by its codes apply: `off` when any of its codes is
 * switched off, else the highest severity set for one of them, else `severity` (the rule's).
 */
export function severityByAliases(
  finding: Pick<Finding, 'aliases'>,
  severity: Severity,
  settings: Readonly<Record<string, { severity?: Severity | 'off' }>> | undefined,
): Severity | 'off' {
  if (!settings || !finding.aliases?.length) return severity;
  // a loop, not a list of what is set: the editor asks this for every finding on every edit
  let highest = -1;
  for (const code of finding.aliases) {
    const set = settings[code]?.severity;
    if (set === undefined) continue;
    if (set === 'off') return 'off';
    const rank = SEVERITIES.indexOf(set);
    if (rank >= 0 && (highest < 0 || rank < highest)) highest = rank;
  }
  return highest >= 0 ? SEVERITIES[highest] : severity;
}
