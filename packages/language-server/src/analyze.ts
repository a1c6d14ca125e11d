import {
  firstStartingAfter,
  fixText,
  initShellParser,
  lineText,
  lintDocument,
  loadBuildContext,
  parseDocumentSync,
  readsBuildContext,
  type Finding,
  type Instruction,
  type LayerModel,
  type ParsedDocument,
  type Rule,
} from '@dflint/core';
import { rules } from '@dflint/rules';
import type { Analysis, AnalysisInput, AnalyzedFinding, LayerFigures } from './analysis-types';

/** Lints one version of a document and, when asked, reads each layer's figures. */
export async function analyze(input: AnalysisInput): Promise<Analysis> {
  await initShellParser();
  const document = parseDocumentSync(input.text);
  let model: LayerModel | undefined;
  const findings = await lint(document, input, input.layers ? (layers) => (model = layers) : undefined);
  const starts = instructionStarts(document);
  return {
    findings: findings.map((finding) => withInstruction(finding, starts, document.text)),
    layers: model ? layerFigures(model) : [],
  };
}

/** The text with every safe fix applied until stable (the CLI's `--fix`). */
export async function fixAll(input: AnalysisInput): Promise<string> {
  const result = await fixText(input.text, (document) => lint(document, input), { unsafe: false });
  return result.text;
}

async function lint(document: ParsedDocument, input: AnalysisInput, onLayers?: (model: LayerModel) => void): Promise<Finding[]> {
  const context = await contextFor(document, input);
  // lintDocument builds the layer model once for its rules; a silent rule borrows it (building it
  // if no rule needed it) so the inlay hints do not build it a second time
  const all: readonly Rule[] = onLayers ? [...rules, layerTap(onLayers)] : rules;
  return lintDocument(document, { rules: all, settings: input.rules, context });
}

function layerTap(onLayers: (model: LayerModel) => void): Rule {
  return {
    meta: { name: 'dflint-language-server-layers', description: '', category: 'layer-bloat', severity: 'style', fixable: false, aliases: [], docs: '' },
    check: (context) => onLayers(context.layers),
  };
}

async function contextFor(document: ParsedDocument, input: AnalysisInput) {
  if (!input.contextRoot || !readsBuildContext(document)) return undefined;
  return loadBuildContext(document, { root: input.contextRoot, dockerfilePath: input.dockerfilePath });
}

function layerFigures(model: LayerModel): LayerFigures[] {
  return model.stages.flatMap((stage) =>
    stage.steps
      .filter((step) => step.createsLayer)
      .map((step) => ({
        position: step.instruction.range.end,
        keyword: step.instruction.keyword,
        added: step.addedBytes,
        wasted: step.wastedBytes,
        notes: step.notes,
      })),
  );
}

function instructionStarts(document: ParsedDocument): Instruction[] {
  return [...document.instructions].sort((a, b) => a.range.start.line - b.range.start.line);
}

function withInstruction(finding: Finding, instructions: readonly Instruction[], text: string): AnalyzedFinding {
  const line = finding.range.start.line;
  // instructions do not overlap: only the last one starting at or above the line can hold it
  const instruction = instructions[firstStartingAfter(instructions, line) - 1];
  if (!instruction || instruction.range.end.line < line) return finding;
  const start = instruction.range.start.line;
  return { ...finding, instructionLine: start, instructionIndent: /^[ \t]*/.exec(lineText(text, start))![0] };
}
