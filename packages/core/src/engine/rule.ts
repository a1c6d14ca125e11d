import type { ParsedDocument } from '../parse/document';
import { ruleDocsUrl } from '../docs';
import type { Range } from '../parse/types';
import type { Bytes, LayerModel } from '../layers/types';
import type { OptionsDeclaration, RuleOptions } from './options';
import type { FixOutcome } from '../fix/outcome';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

export type FixSafety = 'safe' | 'unsafe';

export type RuleCategory = 'layer-bloat' | 'build-cache' | 'metadata' | 'correctness';

export interface RuleMeta<Options extends RuleOptions = RuleOptions> {
  /** kebab-case, says what it finds */
  name: string;
  /** one line, shown in rule lists */
  description: string;
  category: RuleCategory;
  severity: Severity;
  /** the kind of fix the rule offers, or false */
  fixable: FixSafety | false;
  /** hadolint (`DL3009`) and BuildKit (`MaintainerDeprecated`) codes this rule covers */
  aliases: string[];
  /**
   * true when each finding is only some of `aliases`, given by `report({aliases})` (package-cache:
   * DL3042 for pip, DL3009 for apt); a setting by code then acts on that code's findings only.
   * Without it every finding is all of them (one code, or synonyms such as DL4000 and MaintainerDeprecated).
   */
  aliasesPerFinding?: boolean;
  /**
   * Codes beyond `aliases` a finding may carry, for a rule with `aliasesPerFinding` whose codes are
   * too many to list (shellcheck: `/^SC\d{4}$/`, every ShellCheck code): settings, `--disable`,
   * `--rule` and ignore comments accept any code it matches (upper case) as one of this rule's.
   */
  aliasPattern?: RegExp;
  /**
   * true for a rule that runs only when a setting gives it a severity (config, `--rule`): what
   * hadolint has off by default (DL1001, DL3057) and BuildKit's experimental checks stay off here.
   */
  defaultOff?: boolean;
  /** where the rule's documentation lives */
  docs: string;
  /** the options it takes, with their defaults; the config schema and docs are generated from these */
  options?: OptionsDeclaration<Options>;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * What a fix takes out of the document on purpose, as the fix guard counts it (build it with
 * fixRemovals): the guard rejects a fix whose text loses anything else.
 */
export interface FixRemovals {
  /** keywords and flags of instructions merged into another or deleted: these may go */
  keywords?: string[];
  /** arguments, pairs and shell commands of deleted instructions: these must go */
  content?: string[];
}

export interface Fix {
  safety: FixSafety;
  description: string;
  edits: TextEdit[];
  /** what the edits remove on purpose; without it, the fixed text must keep every instruction, command word and comment */
  removes?: FixRemovals;
}

/** Another place in the document a finding refers to (e.g. where a deleted file was added). */
export interface RelatedLocation {
  range: Range;
  message: string;
}

/** What a rule can give as a finding's fix: the fix, why there is none, or either built only when wanted. */
export type ReportedFix = Fix | FixOutcome<Fix> | LazyFix;

/**
 * A fix the engine builds only when a fix is wanted (`--fix`, the formats that print fixes, the
 * editor's code actions): most runs never apply one, and building it costs time and garbage.
 * It must give what building it at once gives: it reads the document and layers as they were.
 */
export type LazyFix = () => Fix | FixOutcome<Fix> | undefined;

export interface Report {
  range: Range;
  message: string;
  /** overrides the configured severity, for rules whose severity depends on what they found */
  severity?: Severity;
  wastedBytes?: Bytes;
  /**
   * the fix, or (from a fixable rule) why this finding has none: kept as the finding's `noFixReason`;
   * `() => …` builds either only when a fix is wanted (see LazyFix)
   */
  fix?: ReportedFix;
  related?: RelatedLocation[];
  /** the rule's codes (meta.aliases) this finding is, for a rule with `aliasesPerFinding` (`['DL3042']` for pip) */
  aliases?: string[];
}

export interface RuleContext<Options extends RuleOptions = RuleOptions> {
  readonly document: ParsedDocument;
  /** the predicted layers, built on first use and shared by every rule */
  readonly layers: LayerModel;
  /** every option the rule declares: as configured, else its default */
  readonly options: Options;
  report(report: Report): void;
}

export interface Rule<Options extends RuleOptions = RuleOptions> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/** A rule that takes options must declare each of them (`defineRule<{ max: number }>`). */
export type MetaInput<Options extends RuleOptions> = Omit<RuleMeta<Options>, 'docs' | 'options'> &
  (keyof Options extends never ? { options?: undefined } : { options: OptionsDeclaration<Options> });

/** Builds a rule, filling in its docs URL from its name. */
export function defineRule<Options extends RuleOptions = Record<never, never>>(rule: {
  meta: MetaInput<Options>;
  check: Rule<Options>['check'];
}): Rule<Options> {
  return { meta: { ...rule.meta, docs: ruleDocsUrl(rule.meta.name) }, check: rule.check };
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  wastedBytes?: Bytes;
  fix?: Fix;
  /** why a finding of a fixable rule has no fix, for people (`--fix-dry-run`, the editor's hover); not in the output formats */
  noFixReason?: string;
  related?: RelatedLocation[];
  /** the hadolint/BuildKit codes this finding corresponds to (absent or empty: none) */
  aliases?: string[];
}

/** Whether a rule runs under `setting`: off when set off, and a default-off rule only when a severity is set. */
export function ruleRuns(meta: Pick<RuleMeta, 'defaultOff'>, setting: { severity?: Severity | 'off' } | undefined): boolean {
  if (setting?.severity === 'off') return false;
  return !meta.defaultOff || setting?.severity !== undefined;
}

/** True when `severity` is at or above `threshold` (error > warning > info > style). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
