import {
  analyzeDockerfile,
  buildFix,
  ContextCaches,
  fixText,
  hasUnbuiltFix,
  parseDocument,
  passesFixGuard,
  type AnalysisRequest,
  type DockerfileAnalysis,
  type Finding,
  type Fix,
  type Instruction,
  type LayerModel,
  type PackageIndexSource,
  type ParsedDocument,
  type Step,
  shellcheckCache,
  shellcheckJobs,
} from '@dflint/core';
import { rules } from '@dflint/rules';
import type { Analysis, AnalysisInput, AnalyzedFinding, FindingFix, LayerHint } from './analysis-types';
import { baseImageFigures } from './base-image-figures';
import { cachedBaseImages } from './cached-base-images';
import { cachedPackageIndexes } from './cached-package-indexes';
import { layerHint } from './inlay-hints';

// what was read under each build context root, kept across edits until the server says the files may have changed
const contexts = new ContextCaches();

/** Lints one version of a document and, when asked, reads each layer's figures; `checkEveryStage`: see Incremental in core. */
export async function analyze(input: AnalysisInput, { checkEveryStage = false } = {}): Promise<Analysis> {
  const packageIndexes = cachedPackageIndexes(input);
  const settings = settingsOf(input);
  // fixes are built only when a code action or hover asks (fixesOf)
  const analysis = await analyzeDockerfile({
    ...requestOf(input, packageIndexes.source),
    text: input.text,
    fixes: false,
    incremental: { previous: previousAnalysis(input, settings)?.analysis, checkEveryStage },
  });
  keepAnalysis(input, settings, analysis);
  const pending = packageIndexes.pending();
  const shellcheck = shellcheckState(analysis.document);
  return {
    ...shellcheck,
    findings: withInstructions(analysis.findings, analysis.document),
    layers: input.layers ? layerHintsOf(analysis) : [],
    baseImages: baseImageFigures(analysis.document, analysis.baseImages),
    ...(pending.length > 0 ? { packageIndexesPending: [...pending] } : {}),
    ...(analysis.findings.some(hasUnbuiltFix) ? { fixesUnbuilt: true } : {}),
  };
}

/**
 * Each finding's fix, or why it has none, for the analysis of `input` that analyze returned: built
 * from the analysis kept for the document when it is of the same text and settings, else from a
 * fresh analysis (the same findings, in the same order, unless a download landed in between).
 */
export async function fixesOf(input: AnalysisInput): Promise<FindingFix[]> {
  const kept = previousAnalysis(input, settingsOf(input));
  const findings =
    kept?.text === input.text
      ? kept.analysis.findings
      : (await analyzeDockerfile({ ...requestOf(input, cachedPackageIndexes(input).source), text: input.text })).findings;
  return findings.map((finding) => {
    buildFix(finding);
    return { rule: finding.rule, range: finding.range, fix: finding.fix, noFixReason: finding.noFixReason };
  });
}

// the last analysis of each of the few documents edited last, reused by the next analysis of the same document
const previousAnalyses = new Map<string, KeptAnalysis>();
const DOCUMENTS_KEPT = 4;

interface KeptAnalysis {
  settings: string;
  text: string;
  analysis: DockerfileAnalysis;
}

function previousAnalysis(input: AnalysisInput, settings: string): KeptAnalysis | undefined {
  const key = documentKey(input);
  const kept = key === undefined ? undefined : previousAnalyses.get(key);
  return kept?.settings === settings ? kept : undefined;
}

function keepAnalysis(input: AnalysisInput, settings: string, analysis: DockerfileAnalysis): void {
  const key = documentKey(input);
  if (key === undefined) return;
  previousAnalyses.delete(key);
  previousAnalyses.set(key, { settings, text: input.text, analysis });
  for (const oldest of previousAnalyses.keys()) {
    if (previousAnalyses.size <= DOCUMENTS_KEPT) break;
    previousAnalyses.delete(oldest);
  }
}

/** Drops the analysis kept for `key` (a URI or path): its next analysis starts afresh. */
export function forgetAnalysisOf(key: string): void {
  previousAnalyses.delete(key);
}

/** What the worker keeps a document's last analysis under: its URI, else its path. */
export function documentKey(input: AnalysisInput): string | undefined {
  return input.uri ?? input.dockerfilePath;
}

/** Everything but the text: another setting or config starts the document's analyses afresh. */
function settingsOf({ text: _text, ...settings }: AnalysisInput): string {
  return JSON.stringify(settings);
}

/** The text with every safe fix applied until stable (the CLI's `--fix`). */
export async function fixAll(input: AnalysisInput): Promise<string> {
  const result = await fixText(input.text, requestOf(input, cachedPackageIndexes(input).source), { unsafe: false });
  return result.text;
}

/**
 * Which of `fixes` pass fixText's guard (parses as well, keeps every instruction, command word and
 * comment) applied alone to `text`: a quick fix applies one finding's edits outside fixText. Asked
 * for the few fixes a code action offers, not at every analysis (each check parses the document).
 */
export async function checkFixes(text: string, fixes: readonly Fix[]): Promise<boolean[]> {
  const document = await parseDocument(text);
  return fixes.map((fix) => passesFixGuard(document, fix));
}

/** Files on disk may have changed: the next analysis reads every build context again. */
export function forgetBuildContexts(): void {
  contexts.clear();
}

/** The editor never waits for ShellCheck: scripts not checked yet are checked in the background (see the rule's cache). */
const shellcheck = shellcheckCache();
shellcheck.blocking = false;

function shellcheckState(document: ParsedDocument): Pick<Analysis, 'shellcheckPending' | 'shellcheckProblem'> {
  const status = shellcheck.status();
  if (status.asked && status.problem && !status.switchedOff) return { shellcheckProblem: status.problem };
  return shellcheck.checking(shellcheckJobs(document)) ? { shellcheckPending: true } : {};
}

/** Base images and package indexes only from the cache: the editor never waits for a download (the main thread starts them). */
function requestOf(input: AnalysisInput, packageIndexes: PackageIndexSource): AnalysisRequest {
  const baseImages = cachedBaseImages(input);
  return { rules, settings: input.rules, dockerfilePath: input.dockerfilePath, contextRoot: input.contextRoot, contexts, baseImages, cachedBaseImagesOnly: true, packageIndexes };
}

function layerHintsOf(analysis: DockerfileAnalysis): LayerHint[] {
  let model: LayerModel;
  try {
    model = analysis.layers;
  } catch {
    // a model that cannot be built is already an internal-error finding of each rule reading it
    return [];
  }
  const hints: LayerHint[] = [];
  for (const stage of model.stages) for (const step of stage.steps) if (step.createsLayer) hints.push(hintOf(step));
  return hints;
}

// a stage the edit left (reused whole by the incremental model) keeps its Step objects, and a hint
// is made from its step alone: the same hint
const stepHints = new WeakMap<Step, LayerHint>();

function hintOf(step: Step): LayerHint {
  let hint = stepHints.get(step);
  if (!hint) stepHints.set(step, (hint = layerHint(step.instruction.range.end, step.addedBytes, step.wastedBytes, step.notes)));
  return hint;
}

/**
 * Each finding with the line and indent of the instruction holding it (where a code action puts an
 * ignore comment). Findings come sorted by position and instructions do not overlap, so one walk
 * down both finds each finding's instruction: the last one starting at or above its line. The
 * fields are added to the analysis's own findings (made afresh by every analysis, read here only):
 * a spread copy of each, of many shapes, cost several times the walk.
 */
function withInstructions(findings: readonly Finding[], document: ParsedDocument): AnalyzedFinding[] {
  const instructions = [...document.instructions].sort((a, b) => a.range.start.line - b.range.start.line);
  const indents = new Map<Instruction, string>();
  let next = 0;
  for (const finding of findings as AnalyzedFinding[]) {
    const line = finding.range.start.line;
    while (next < instructions.length && instructions[next].range.start.line <= line) next++;
    const instruction = instructions[next - 1];
    if (!instruction || instruction.range.end.line < line) continue;
    const start = instruction.range.start.line;
    let indent = indents.get(instruction);
    if (indent === undefined) indents.set(instruction, (indent = /^[ \t]*/.exec(document.lines.lineText(start))![0]));
    finding.instructionLine = start;
    finding.instructionIndent = indent;
  }
  return findings as AnalyzedFinding[];
}
