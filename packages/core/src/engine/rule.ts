import type { ParsedDocument } from '../parse/document';
import { ruleDocsUrl } from '../docs';
import type { Range } from '../parse/types';
import type { LayerModel } from '../layers/types';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

export type FixSafety = 'safe' | 'unsafe';

export type RuleCategory = 'layer-bloat' | 'build-cache' | 'metadata' | 'correctness';

export interface RuleMeta {
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
  /** where the rule's documentation lives */
  docs: string;
}

/**
 * Bytes are never invented: `exact` when the model knows them, `lower-bound` when it knows at
 * least that many, `unknown` (value 0) when it cannot say.
 */
export interface Bytes {
  value: number;
  estimate: 'exact' | 'lower-bound' | 'unknown';
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  safety: FixSafety;
  description: string;
  edits: TextEdit[];
}

/** Another place in the document a finding refers to (e.g. where a deleted file was added). */
export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Report {
  range: Range;
  message: string;
  /** overrides the configured severity, for rules whose severity depends on what they found */
  severity?: Severity;
  wastedBytes?: Bytes;
  fix?: Fix;
  related?: RelatedLocation[];
}

export interface RuleContext {
  readonly document: ParsedDocument;
  /** the predicted layers, built on first use and shared by every rule */
  readonly layers: LayerModel;
  /** the rule's options from configuration; undefined when none were given */
  readonly options: unknown;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Builds a rule, filling in its docs URL from its name. */
export function defineRule(rule: { meta: Omit<RuleMeta, 'docs'>; check: Rule['check'] }): Rule {
  return { meta: { ...rule.meta, docs: ruleDocsUrl(rule.meta.name) }, check: rule.check };
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  wastedBytes?: Bytes;
  fix?: Fix;
  related?: RelatedLocation[];
}

/** True when `severity` is at or above `threshold` (error > warning > info > style). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
