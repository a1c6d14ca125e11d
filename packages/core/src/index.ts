// @dflint/core for tools (the CLI, the language server, scripts): analyse a Dockerfile, apply its
// fixes, format the findings. What rules build with is the rule kit, `@dflint/core/rule-kit`; its
// types are re-exported here for the tools that read findings and layers.
export type * from './rule-kit';

// analysing: one path from text to findings and layers
export { analyzeDockerfile, type AnalysisInput, type AnalysisRequest, type DockerfileAnalysis } from './analyze/analyze';
export { ContextCache, ContextCaches, type ContextLimits } from './layers/context/context-cache';
export { loadBuildContext, readsBuildContext, type LoadContextOptions } from './layers/context/load-context';
export { contextCopyKey } from './layers/context/copy-key';
export { buildLayerModel, type LayerModelOptions } from './layers/model';
export { shellEffects } from './layers/shell-effects';
export { parseDocument, parseDocumentSync, type Reparse } from './parse/document';
export { parseDockerfile } from './parse/dockerfile';
export { initShellParser, isShellParserReady, parseShell, shellOutline, type ShellOutline } from './parse/shell';
export { lineIndexOf } from './parse/line-index';
export { firstStartingAfter } from './parse/instruction-lines';
export { contains, rangesOverlap, sameRange } from './parse/range';
export { stageNamed, stagesNeededBy } from './parse/stage-graph';
export { bytesCell, describeBytes, estimated, exact, formatByteCount, lowerBound, sourcesOf, sumBytes, UNKNOWN } from './layers/bytes';

// the base-image resolver the CLI and the language server share, with its cache (the contract's types: at the end)
export { BaseImageResolver, BEING_RESOLVED, DEFAULT_NETWORK_BUDGET_BYTES, OFFLINE } from './registry/resolver';
export type { BaseImageIndex } from './registry/base-image-index';
export { hostPlatform } from './registry/platform';
export { cacheDirectory } from './registry/index-cache';
export { asyncFs } from './async-fs';

// the rules engine
export { atLeast, ruleRuns, SEVERITIES, type Finding, type LazyFix, type ReportedFix } from './engine/rule';
export { NOT_ANALYZED } from './engine/unanalyzed';
export { LINT_DIRECTIVE } from './engine/directive-problems';
export { aliasLabels, ruleCode, settingKey } from './engine/aliases';
export { shellcheckCache, useShellcheckCache, ShellcheckCache, type ShellcheckStatus } from './shellcheck/cache';
export { shellcheckJobs } from './shellcheck/jobs';
export { fileInternalError, internalErrorLine, lintDocument, lintText, INTERNAL_ERROR, type LintOptions, type RuleSetting } from './engine/run';
export { buildFix, hasUnbuiltFix } from './engine/finding-fix';
export { misfitOptions, resolveOptions } from './engine/options';
export { ignoreNextComment, readLintDirective, type LintDirective } from './engine/lint-directive';
export { ruleDocsUrl } from './docs';
export { editDistance, nearestName } from './format/near-miss';

// fixing
export * from './fix';

// reports
export type { FileResult, FormatOptions } from './format/types';
export type { RunReport, SourcedResult } from './format/report';
export { formatReport, FIX_FORMATS, FORMAT_ALIASES, OUTPUT_FORMATS, HUMAN_FORMATS, type OutputFormat } from './format/formats';
export { formatJson, formatJsonItem } from './format/json';
export { formatStylish, StylishWriter } from './format/stylish';
export { formatSarif, type SarifOptions } from './format/sarif';
export { formatCheckstyle } from './format/checkstyle';
export { formatJunit } from './format/junit';
export { formatGitlab } from './format/gitlab';
export { formatCodeclimate } from './format/codeclimate';
export { formatGithub } from './format/github';
export { formatCompact } from './format/compact';
export { formatLayersJson } from './format/layers-json';
export { formatLayersTable, type LayersTableOptions } from './format/layers-table';
export { instructionSummary, type LayersReport } from './format/layers-report';

// base images from registries: the contract tools share, and the names their flags and config use
export type { BaseImageSource, BaseImageState, BaseImageStates, DownloadProgress, RegistryOptions } from './registry/base-image-state';
export type { BaseImage } from './registry/base-images';
export { formatPlatform, parsePlatform, type Platform } from './registry/platform';
export { formatImageReference, parseImageReference, type ImageReference } from './registry/reference';
export { createPackageIndexSource, type LoadedPackageIndexes, type LoadingPackageIndexSource, type PackageIndexProblem } from './package-index/package-index-loader';
export type { PackageIndexOptions, PackageIndexProgress } from './package-index/package-index-options';
export type { PackageIndexSource } from './package-index/package-index-source';
export { OFFLINE_REASON as PACKAGE_INDEX_OFFLINE_REASON, packageIndexesUnknown } from './package-index/package-knowledge';
