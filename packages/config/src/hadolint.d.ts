import type { ConfigText } from './config-text';
import { type RuleNames } from './rule-names';
import type { FailureThreshold, RuleSettings } from './types';
export declare const HADOLINT_FILE_NAMES: string[];
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
export declare function readHadolintConfig(text: ConfigText, file: string, names: RuleNames): HadolintSettings;
