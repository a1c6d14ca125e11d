import { type Rule, type RuleSetting } from '@dflint/core';
import type { RuleEntry, RuleSettings } from './types';
/**
 * Rule names and the codes they alias → the key of their setting: the rule's name, or the code
 * itself for a rule whose findings are each some of its codes (aliasesPerFinding), whose setting then applies to that code's findings
 * only (`DL3042: off` leaves package-cache's apt findings on; see core's settingKey).
 */
export declare class RuleNames {
    readonly rules: readonly Rule[];
    private readonly exact;
    private readonly folded;
    constructor(rules: readonly Rule[]);
    /** A name or alias as the schema allows it (exact case). */
    resolve(nameOrAlias: string): string | undefined;
    /** A hadolint code in any case (`dl3059`), as hadolint itself reads them. */
    resolveCode(code: string): string | undefined;
}
/** `{ DL3059: "off", "layer-count": ["error", { max: 80 }] }` → settings by rule name, in key order. */
export declare function toRuleSettings(entries: Record<string, RuleEntry> | undefined, names: RuleNames): RuleSettings;
/**
 * Layers one setting over another: a severity alone keeps the options set before it (as ESLint
 * does), so an override can change a rule's severity without repeating its options.
 */
export declare function applySetting(settings: RuleSettings, name: string, setting: RuleSetting): void;
export declare function applySettings(settings: RuleSettings, layer: RuleSettings): void;
