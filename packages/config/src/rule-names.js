"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuleNames = void 0;
exports.toRuleSettings = toRuleSettings;
exports.applySetting = applySetting;
exports.applySettings = applySettings;
const core_1 = require("@dflint/core");
/**
 * Rule names and the codes they alias → the key of their setting: the rule's name, or the code
 * itself for a rule whose findings are each some of its codes (aliasesPerFinding), whose setting then applies to that code's findings
 * only (`DL3042: off` leaves package-cache's apt findings on; see core's settingKey).
 */
class RuleNames {
    rules;
    exact = new Map();
    folded = new Map();
    constructor(rules) {
        this.rules = rules;
        for (const rule of rules) {
            this.exact.set(rule.meta.name, rule.meta.name);
            this.folded.set(rule.meta.name.toLowerCase(), rule.meta.name);
            for (const code of rule.meta.aliases) {
                this.exact.set(code, (0, core_1.settingKey)(rule, code));
                this.folded.set(code.toLowerCase(), (0, core_1.settingKey)(rule, code));
            }
        }
    }
    /** A name or alias as the schema allows it (exact case). */
    resolve(nameOrAlias) {
        return this.exact.get(nameOrAlias);
    }
    /** A hadolint code in any case (`dl3059`), as hadolint itself reads them. */
    resolveCode(code) {
        return this.folded.get(code.toLowerCase());
    }
}
exports.RuleNames = RuleNames;
/** `{ DL3059: "off", "layer-count": ["error", { max: 80 }] }` → settings by rule name, in key order. */
function toRuleSettings(entries, names) {
    const settings = {};
    for (const [key, entry] of Object.entries(entries ?? {})) {
        const name = names.resolve(key);
        if (name)
            applySetting(settings, name, toSetting(entry));
    }
    return settings;
}
function toSetting(entry) {
    if (typeof entry === 'string')
        return { severity: entry };
    return entry.length > 1 ? { severity: entry[0], options: entry[1] } : { severity: entry[0] };
}
/**
 * Layers one setting over another: a severity alone keeps the options set before it (as ESLint
 * does), so an override can change a rule's severity without repeating its options.
 */
function applySetting(settings, name, setting) {
    const merged = { ...settings[name] };
    if (setting.severity !== undefined)
        merged.severity = setting.severity;
    if (setting.options !== undefined)
        merged.options = setting.options;
    settings[name] = merged;
}
function applySettings(settings, layer) {
    for (const [name, setting] of Object.entries(layer))
        applySetting(settings, name, setting);
}
//# sourceMappingURL=rule-names.js.map