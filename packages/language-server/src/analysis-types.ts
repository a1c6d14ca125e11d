import type { Bytes, Finding, Fix, Position, RuleSetting } from '@dflint/core';
import type { ConfigProblem } from './project-config';

/** What the analysis worker needs to lint one version of a document. */
export interface AnalysisInput {
  text: string;
  /** the Dockerfile's path, for file: URIs */
  dockerfilePath?: string;
  /** the build context folder COPY/ADD read from; undefined: none (sizes unknown) */
  contextRoot?: string;
  rules: Record<string, RuleSetting>;
  /** build the per-instruction layer figures for inlay hints */
  layers: boolean;
}

export interface AnalyzedFinding extends Finding {
  /** where a `# dflint-ignore` line for this finding goes: the start of its instruction */
  instructionLine?: number;
  instructionIndent?: string;
}

/** One layer-creating instruction's figures, shown after the instruction. */
export interface LayerFigures {
  /** the end of the instruction (its last line) */
  position: Position;
  keyword: string;
  added: Bytes;
  wasted: Bytes;
  notes: string[];
}

export interface Analysis {
  findings: AnalyzedFinding[];
  layers: LayerFigures[];
  /** set when the document was not linted (too large, timed out, crashed the analysis) */
  skipped?: string;
  /** a config file that applies to the document but could not be used */
  configProblem?: ConfigProblem;
}

export type WorkerRequest =
  | { id: number; op: 'analyze'; input: AnalysisInput }
  | { id: number; op: 'fix-all'; input: AnalysisInput }
  | { id: number; op: 'check-fixes'; text: string; fixes: Fix[] }
  | { id: number; op: 'forget-build-contexts' };

export type WorkerResponse =
  | { id: number; ok: true; analysis?: Analysis; fixedText?: string; passing?: boolean[] }
  | { id: number; ok: false; error: string };
