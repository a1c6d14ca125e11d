import { ruleCode, settingKey, type Rule, type RuleSetting } from '@dflint/core';
import type { RuleEntry, RuleSettings } from './types';

/**
 * Rule names and the codes they alias → the key of their setting: the rule's name, or the code
 * itself for a rule whose findings are each some of its codes (aliasesPerFinding), whose setting then applies to that code's findings
 * only (`DL3042: off` leaves package-cache's apt findings on; see core's settingKey).
 */
export class RuleNames {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();

  constructor(readonly rules: readonly Rule[]) {
    for (const rule of rules) {
      this.exact.set(rule.meta.name, rule.meta.name);
      this.folded.set(rule.meta.name.toLowerCase(), rule.meta.name);
      for (const code of rule.meta.aliases) {
        this.exact.set(code, settingKey(rule, code));
        this.folded.set(code.toLowerCase(), settingKey(rule, code));
      }
    }
  }

  /** A name or alias as the schema allows it (exact case; a code a rule's aliasPattern matches, as `SC2086`). */
  resolve(nameOrAlias: string): string | undefined {
    return this.exact.get(nameOrAlias) ?? this.byPattern(nameOrAlias, nameOrAlias);
  }

  /** The keys of a rule's codes that are set apart from it (aliasesPerFinding): `package-cache` → DL3009, DL3019, … */
  codeKeysOf(name: string): string[] {
    const rule = this.rules.find((each) => each.meta.name === name);
    return rule ? rule.meta.aliases.filter((code) => settingKey(rule, code) === code) : [];
  }

  /** A hadolint code in any case (`dl3059`, `sc2086`), as hadolint itself reads them. */
  resolveCode(code: string): string | undefined {
    return this.folded.get(code.toLowerCase()) ?? this.byPattern(code.toUpperCase(), code);
  }

  /** `SC2086` → its own key, for the rule whose aliasPattern matches it as written (`spelled`) */
  private byPattern(spelled: string, code: string): string | undefined {
    const rule = this.rules.find((each) => ruleCode(each.meta, code) === spelled);
    return rule && settingKey(rule, code);
  }
}

/** `{ DL3059: "off", "layer-count": ["error", { max: 80 }] }` → settings by rule name, in key order. */
export function toRuleSettings(entries: Record<string, RuleEntry> | undefined, names: RuleNames): RuleSettings {
  const settings: RuleSettings = {};
  for (const [key, entry] of Object.entries(entries ?? {})) {
    const name = names.resolve(key);
    if (!name) continue;
    const setting = toSetting(entry);
    applySetting(settings, name, setting);
    // a rule's name speaks for all its codes: it wins over a code set before it (here, or in a .hadolint.yaml under this config)
    if (setting.severity !== undefined) for (const code of names.codeKeysOf(name)) applySetting(settings, code, { severity: setting.severity });
  }
  return settings;
}

function toSetting(entry: RuleEntry): RuleSetting {
  if (typeof entry === 'string') return { severity: entry };
  return entry.length > 1 ? { severity: entry[0], options: entry[1] } : { severity: entry[0] };
}

/**
 * Layers one setting over another: a severity alone keeps the options set before it (as ESLint
 * does), so an override can change a rule's severity without repeating its options.
 */
export function applySetting(settings: RuleSettings, name: string, setting: RuleSetting): void {
  const merged: RuleSetting = { ...settings[name] };
  if (setting.severity !== undefined) merged.severity = setting.severity;
  if (setting.options !== undefined) merged.options = setting.options;
  settings[name] = merged;
}

export function applySettings(settings: RuleSettings, layer: RuleSettings): void {
  for (const [name, setting] of Object.entries(layer)) applySetting(settings, name, setting);
}
