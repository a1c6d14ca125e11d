import type { Finding, Fix, Position, Range, RuleSetting } from '@dflint/core';
import type { ConfigProblem } from './project-config';
import type { RegistryInput } from './registry-options';

/** What the analysis worker needs to lint one version of a document. */
export interface AnalysisInput {
  text: string;
  /** the document's URI: the worker reuses what its previous analysis of the same document built */
  uri?: string;
  /** the Dockerfile's path, for file: URIs */
  dockerfilePath?: string;
  /** the build context folder COPY/ADD read from; undefined: none (sizes unknown) */
  contextRoot?: string;
  rules: Record<string, RuleSetting>;
  /** build the per-instruction layer figures for inlay hints */
  layers: boolean;
  registry: RegistryInput;
  /** image key (see BaseImageFigure.image) → why its background resolution failed */
  baseImageFailures?: Record<string, string>;
  /** package index key (LoadedPackageIndexes.pending) → why its background load failed */
  packageIndexFailures?: Record<string, string>;
}

export interface AnalyzedFinding extends Finding {
  /** where a `# dflint-ignore` line for this finding goes: the start of its instruction */
  instructionLine?: number;
  instructionIndent?: string;
}

/**
 * One layer-creating instruction's figures as its inlay hint shows them, after the instruction.
 * Made in the worker: the label and tooltip cross to the main thread on every analysis, a
 * fraction of the size of the figures they are made from.
 */
export interface LayerHint {
  /** the end of the instruction (its last line) */
  position: Position;
  /** `+3.0 MiB · 2.0 MiB wasted` */
  label: string;
  /** the layer's notes, one a line */
  tooltip?: string;
}

/** What one stage's FROM starts from, for hover and background resolution. */
export interface BaseImageFigure {
  /** the FROM instruction */
  range: Range;
  /** the image as written (`debian:bookworm`, `$BASE`) */
  written: string;
  kind: 'scratch' | 'stage' | 'image';
  /** kind 'stage': the stage it builds on */
  baseStage?: { index: number; name?: string; line: number };
  /** kind 'image' with a reference: `docker.io/library/debian:bookworm linux/amd64`, what resolutions are keyed by */
  image?: string;
  /** kind 'image', not resolved: why (`being resolved`, `offline`, a registry error) */
  reason?: string;
  resolved?: ResolvedFigures;
}

export interface ResolvedFigures {
  /** `docker.io/library/debian:bookworm` */
  reference: string;
  digest: string;
  /** `linux/amd64` */
  platform: string;
  /** regular-file bytes its layers store: the base's share of the image size, as `dflint layers` shows it */
  storedBytes: number;
  /** regular-file bytes of its final filesystem (less when upper layers hide files of lower ones) */
  fileBytes: number;
  compressedBytes: number;
  layerCount: number;
}

export interface Analysis {
  findings: AnalyzedFinding[];
  layers: LayerHint[];
  /** one per stage */
  baseImages: BaseImageFigure[];
  /** the package indexes the analysis needed and the cache lacked (keys), for the main thread to load */
  packageIndexesPending?: string[];
  /** ShellCheck is still checking some of the document's RUN scripts: analyse it again shortly */
  shellcheckPending?: boolean;
  /** why the shellcheck rule found nothing (no binary on PATH), for one log line */
  shellcheckProblem?: string;
  /** some findings' fixes were not built: fixesOf gives them (findings carry no `fix` or `noFixReason` until then) */
  fixesUnbuilt?: boolean;
  /** set when the document was not linted (too large, timed out, crashed the analysis) */
  skipped?: string;
  /** a config file that applies to the document but could not be used */
  configProblem?: ConfigProblem;
}

/**
 * An analysis as it crosses from the worker to the main thread (analysis-delta.ts): each finding,
 * layer hint and base image figure that is one the worker posted for the document's last
 * analysis, as it was or with its lines moved by the edit, goes as a number instead of a
 * structured clone (an edit changes a few of the ~300 findings of a long file; cloning them all
 * was ~9% of the worker's time per edit).
 */
export interface PostedAnalysis extends Omit<Analysis, 'findings' | 'layers' | 'baseImages'> {
  findings: Posted<AnalyzedFinding>[];
  layers: Posted<LayerHint>[];
  baseImages: Posted<BaseImageFigure>[];
  /** the document (a URI or path) whose last posted analysis the numbers refer to; none: every entry is an item */
  document?: string;
  /** lines the edit added (removed when negative) since that analysis: what a moved entry moves by */
  lineShift: number;
  /** counts the worker's posted analyses: the main thread checks it missed none */
  serial: number;
  /** documents whose last analysis the worker no longer keeps: the main thread drops them too */
  dropped?: string[];
}

/** an item, or `at` for item `at` of the list last posted, or `~at` (negative) for it moved by lineShift */
export type Posted<T> = T | number;

/** One finding's fix as fixesOf built it, with what identifies the finding it belongs to. */
export interface FindingFix extends Pick<Finding, 'rule' | 'range' | 'fix' | 'noFixReason'> {}

export type WorkerRequest =
  | { id: number; op: 'analyze'; input: AnalysisInput }
  | { id: number; op: 'warm-up'; input: AnalysisInput; round: number; spentMs: number }
  | { id: number; op: 'fix-all'; input: AnalysisInput }
  | { id: number; op: 'fixes'; input: AnalysisInput }
  | { id: number; op: 'check-fixes'; text: string; fixes: Fix[] }
  | { id: number; op: 'forget-build-contexts' }
  | { id: number; op: 'forget-base-images' };

/** what the worker posts */
export type WorkerResponse = Reply<PostedAnalysis>;
/** what the analyzer makes of it on the main thread */
export type ReceivedResponse = Reply<Analysis>;

type Reply<AnalysisAs> =
  | { id: number; ok: true; analysis?: AnalysisAs; fixedText?: string; passing?: boolean[]; fixes?: FindingFix[]; warmUpSpentMs?: number; warmUpDone?: boolean }
  | { id: number; ok: false; error: string };
