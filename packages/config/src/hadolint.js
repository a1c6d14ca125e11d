"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HADOLINT_FILE_NAMES = void 0;
exports.readHadolintConfig = readHadolintConfig;
const core_1 = require("@dflint/core");
const errors_1 = require("./errors");
const rule_names_1 = require("./rule-names");
exports.HADOLINT_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
/** hadolint's failure-threshold levels; `ignore` and `none` never fail */
const HADOLINT_THRESHOLDS = [...core_1.SEVERITIES, 'ignore', 'none'];
/**
 * What dflint takes from a .hadolint.yaml: `ignored` codes switch their findings off, `override`
 * sets their severity, `failure-threshold` (and `no-fail`) the exit status. A code of a rule that
 * aliases several codes acts on that code's findings only (RuleNames); a finding that is several
 * codes at once is off when one of them is, else at the highest severity set for them.
 * Other keys are hadolint's own and are left alone.
 */
function readHadolintConfig(text, file, names) {
    const data = text.data ?? {};
    const fail = (keyPath, problem) => {
        throw new errors_1.ConfigError(file, problem, text.lineOf(keyPath), keyPath);
    };
    if (!isObject(data))
        fail([], 'must be a mapping of hadolint settings');
    const config = data;
    const rules = {};
    const unknownCodes = new Set();
    const codes = (keyPath, value) => {
        if (!Array.isArray(value))
            return fail(keyPath, 'must be a list of rule codes');
        value.forEach((code, index) => typeof code !== 'string' && fail([...keyPath, index], 'must be a rule code such as DL3059'));
        return value;
    };
    const each = (list, apply) => {
        for (const code of list) {
            const name = names.resolveCode(code);
            if (name)
                apply(name);
            else
                unknownCodes.add(code);
        }
    };
    if (config.override !== undefined && config.override !== null) {
        if (!isObject(config.override))
            fail(['override'], 'must be a mapping of severity to rule codes');
        const override = config.override;
        for (const level of Object.keys(override)) {
            if (!core_1.SEVERITIES.includes(level))
                fail(['override', level], `unknown level; hadolint's are ${core_1.SEVERITIES.join(', ')}`);
        }
        // lowest first, so the highest severity a rule is given wins
        for (const level of [...core_1.SEVERITIES].reverse()) {
            if (override[level] === undefined || override[level] === null)
                continue;
            each(codes(['override', level], override[level]), (name) => (0, rule_names_1.applySetting)(rules, name, { severity: level }));
        }
    }
    if (config.ignored !== undefined && config.ignored !== null) {
        each(codes(['ignored'], config.ignored), (name) => (0, rule_names_1.applySetting)(rules, name, { severity: 'off' }));
    }
    let failureThreshold;
    const threshold = config['failure-threshold'];
    if (threshold !== undefined) {
        if (typeof threshold !== 'string' || !HADOLINT_THRESHOLDS.includes(threshold)) {
            fail(['failure-threshold'], `must be one of ${HADOLINT_THRESHOLDS.join(', ')} (got ${JSON.stringify(threshold)})`);
        }
        failureThreshold = threshold === 'ignore' ? 'none' : threshold;
    }
    if (config['no-fail'] === true)
        failureThreshold = 'none';
    return { rules, failureThreshold, unknownCodes: [...unknownCodes].sort() };
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
//# sourceMappingURL=hadolint.js.map