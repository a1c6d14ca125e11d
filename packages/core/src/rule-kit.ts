// The rule kit: everything a rule may use, and nothing a tool needs to run rules. Rules import
// `@dflint/core/rule-kit` only; the CLI, the language server and other tools import `@dflint/core`.

// defining a rule and what it reports
export { defineRule, type FixSafety, type Fix, type FixRemovals, type LazyFix, type RelatedLocation, type Report, type ReportedFix, type Rule, type RuleCategory, type RuleContext, type RuleMeta, type Severity, type TextEdit } from './engine/rule';
export { defineStageRule, type Section, type StageRule, type StageRuleContext } from './engine/stage-rule';
export type { OptionSchema, OptionValue, OptionsDeclaration, RuleOptions, StringMap } from './engine/options';
export { isLintDirectiveLine, readLintDirective, type LintDirective } from './engine/lint-directive';
export { aliasLabels } from './engine/aliases';

// the parsed Dockerfile: instructions, stages, shell scripts, positions
export * from './parse/types';
export * from './parse/shell-types';
export * from './parse/range';
export type { ParsedDocument } from './parse/document';
export type { LineIndex } from './parse/line-index';
export { isDockerSpace } from './parse/pairs';
export { looksLikeWindowsImage } from './parse/shell-info';
export { KNOWN_INSTRUCTIONS } from './parse/instruction-syntax';
export { instructionsWithTriggers, runCommands, type CheckedInstruction } from './parse/run-instructions';
export { parseImageReference, ReferenceError, type ImageReference } from './registry/reference';
export { baseChain, shippedStages, stageNamed, stageReferences, stagesNeededBy } from './parse/stage-graph';

// the layer model and questions about it
export * from './layers/types';
export { atLeastBytes, describeBytes, estimated, exact, formatByteCount, isNothing, isWholeFigure, lowerBound, sumBytes, UNKNOWN, ZERO } from './layers/bytes';
export * from './layers/queries';
export * from './layers/archive-queries';
export { triggerStored } from './layers/trigger-layer';
export { resolveImagePath, isUnder } from './layers/paths';
export { compileGlob, globToRegExp, type GlobSyntax } from './layers/glob';
export { globalArgValues, stageEnvironments, type StepEnvironment } from './layers/stage-env';
export { expandVariables } from './layers/context/expand-variables';
export { ignoredSourceOf } from './layers/context/ignored-source';

// what package managers do
export * from './package-managers';
export { isCommandWrapper } from './layers/shell-effects/wrappers';
export { aptCommandOptions } from './package-index/apt-options';
export { parseOptions, type OptionSpec, type ParsedArgs } from './layers/shell-effects/options';

// building fixes: edits, and why a fix is refused
export * from './fix/primitives';
export { fixRemovals, rewrittenCommands } from './fix/content-guard';

// ShellCheck: the scripts of a document's RUNs, the process's results, their places in the document
export { shellcheckJobs, type ShellcheckJob } from './shellcheck/jobs';
export { shellcheckCache } from './shellcheck/cache';
export { commentRange as shellcheckRange } from './shellcheck/positions';
export type { ShellcheckComment } from './shellcheck/runner';

// wording and per-document caches
export { joinWords, linesPhrase } from './format/words';
export { nearestName } from './format/near-miss';
export { oncePerDocument } from './once-per-document';
