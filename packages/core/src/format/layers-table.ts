import { createColors } from 'picocolors';
import { bytesCell, describeBytes, sumBytes, UNKNOWN } from '../layers/bytes';
import type { Bytes, Estimate, StageLayers, Step } from '../layers/types';
import { endLineOf, lineOf } from '../parse/range';
import { baseImageLabel, ownBaseImage, reasonNotes } from './layers-base-image';
import { instructionSummary, wastedPathTotals, type LayersReport, type WastedPathTotal } from './layers-report';
import { linesPhrase, longest, truncate, wrapPieces } from './words';

export interface LayersTableOptions {
  color: boolean;
  /** terminal columns the table should fit in (default 120) */
  width?: number;
}

type Colors = ReturnType<typeof createColors>;

const WASTED_PATHS_SHOWN = 5;
const NOTES_SHOWN = 8;
const MIN_INSTRUCTION_WIDTH = 20;
const INDENT = '  ';
const GAP = '  ';

const ESTIMATE_WORDS: Record<Estimate, string> = { exact: 'exact', estimated: 'estimated', 'lower-bound': 'lower bound', unknown: 'unknown' };
/** which of two kinds the ESTIMATE column shows: the one that says less */
const WEAKNESS: Record<Estimate, number> = { exact: 0, estimated: 1, 'lower-bound': 2, unknown: 3 };

/**
 * `docker history`-like text: per stage a header, one row per instruction (LINE, INSTRUCTION,
 * LAYER, ADDED, WASTED, ESTIMATE; a registry base's size on its FROM row), the totals, the
 * predicted image size, the largest wasted paths and the notes (why figures are unknown first).
 */
export function formatLayersTable(report: LayersReport, options: LayersTableOptions): string {
  const c = createColors(options.color);
  const width = options.width ?? 120;
  const out: string[] = [c.underline(report.file)];
  // line by line, not push(...lines): a stage of 200,000 rows would overflow the call stack
  const append = (...groups: Array<string | string[]>) => {
    for (const group of groups) for (const line of typeof group === 'string' ? [group] : group) out.push(line);
  };
  report.stages.forEach((stage, index) => {
    append('', header(stage, index === report.stages.length - 1, c), table(stage, width, c), '', totals(stage, c), imageLine(stage, c));
    append(wastedPaths(stage, c), shadowedBase(stage, width), notes([...reasonNotes(stage), ...stepNotes(stage)], 'notes', c));
  });
  const contextNotes = notes(report.contextNotes ?? [], 'build context', c);
  if (contextNotes.length > 0) append('', contextNotes);
  return out.join('\n') + '\n';
}

function header(stage: StageLayers, target: boolean, c: Colors): string {
  const name = stage.name === undefined ? '' : ` "${stage.name}"`;
  const builtOn = stage.baseStage === undefined ? '' : ` (stage ${stage.baseStage})`;
  return c.bold(`stage ${stage.index}${name} FROM ${stage.base}${builtOn}`) + (target ? c.dim('  (target)') : '');
}

interface Row {
  line: string;
  instruction: string;
  layer: string;
  added: string;
  wasted: string;
  estimate: string;
  step?: Step;
  /** a resolved base's `· 1 layer, sha256:…` after the FROM instruction, kept when the column is narrow */
  label?: string;
}

/** the least of a FROM instruction kept before its base-image label */
const MIN_SUMMARY_BESIDE_LABEL = 8;

function table(stage: StageLayers, width: number, c: Colors): string[] {
  const base = ownBaseImage(stage);
  const rows: Row[] = stage.steps.map((step) => {
    // a registry base's FROM row adds the base image itself (its waste: the base files later layers hide)
    const fromBase = step.instruction.keyword === 'FROM' ? base : undefined;
    const added = fromBase ? fromBase.bytes : step.addedBytes;
    const label = fromBase && baseImageLabel(fromBase);
    const summary = instructionSummary(step.instruction);
    return {
      line: lineRange(step),
      instruction: label ? `${summary} ${label}` : summary,
      label,
      layer: step.createsLayer ? 'layer' : '—',
      added: bytesCell(added),
      wasted: bytesCell(step.wastedBytes),
      estimate: ESTIMATE_WORDS[weaker(added.estimate, step.wastedBytes.estimate)],
      step,
    };
  });
  const head: Row = { line: 'LINE', instruction: 'INSTRUCTION', layer: 'LAYER', added: 'ADDED', wasted: 'WASTED', estimate: 'ESTIMATE' };
  type Column = keyof Omit<Row, 'step' | 'label'>;
  const widths = new Map<Column, number>();
  // measured once per column: a table of 200,000 rows must not measure every row for every row
  const widthOf = (key: Column) => {
    let known = widths.get(key);
    if (known === undefined) widths.set(key, (known = Math.max(head[key].length, longest(rows.map((row) => row[key])))));
    return known;
  };
  const fixed = (['line', 'layer', 'added', 'wasted', 'estimate'] as const).reduce((sum, key) => sum + widthOf(key) + GAP.length, INDENT.length);
  const instructionWidth = Math.min(widthOf('instruction'), Math.max(MIN_INSTRUCTION_WIDTH, width - fixed));

  const render = (row: Row, paint: (key: Column, text: string) => string) =>
    INDENT +
    [
      paint('line', row.line.padStart(widthOf('line'))),
      paint('instruction', fitInstruction(row, instructionWidth).padEnd(instructionWidth)),
      paint('layer', row.layer.padEnd(widthOf('layer'))),
      paint('added', row.added.padStart(widthOf('added'))),
      paint('wasted', row.wasted.padStart(widthOf('wasted'))),
      paint('estimate', row.estimate),
    ].join(GAP);

  return [
    render(head, (_, text) => c.dim(text)).trimEnd(),
    ...rows.map((row) =>
      render(row, (key, text) => {
        if (key === 'line' || (key === 'layer' && !row.step?.createsLayer)) return c.dim(text);
        if (key === 'wasted' && row.step && hasWaste(row.step.wastedBytes)) return c.yellow(text);
        if (key === 'estimate' && row.estimate !== ESTIMATE_WORDS.exact) return c.yellow(text);
        return text;
      }).trimEnd(),
    ),
  ];
}

/** The instruction cut to the column; a FROM row's label keeps its place, the instruction is cut first. */
function fitInstruction(row: Row, width: number): string {
  if (!row.label || row.instruction.length <= width) return truncate(row.instruction, width);
  const summary = row.instruction.slice(0, row.instruction.length - row.label.length - 1);
  return truncate(`${truncate(summary, Math.max(MIN_SUMMARY_BESIDE_LABEL, width - row.label.length - 1))} ${row.label}`, width);
}

function lineRange(step: Step): string {
  const first = lineOf(step.instruction.range);
  const last = endLineOf(step.instruction.range);
  return last > first ? `${first}-${last}` : String(first);
}

function weaker(a: Estimate, b: Estimate): Estimate {
  return WEAKNESS[a] >= WEAKNESS[b] ? a : b;
}

function hasWaste(figure: Bytes): boolean {
  return figure.value > 0 || figure.estimate === 'unknown';
}

function totals(stage: StageLayers, c: Colors): string {
  const { layerCount, historyCount, addedBytes, wastedBytes } = stage.totals;
  const counts = `${counted(layerCount, 'layer', 'layers')}, ${counted(historyCount, 'history entry', 'history entries')}`;
  const wasted = `wasted ${describeBytes(wastedBytes)}`;
  const inherited = stage.baseStage === undefined ? '' : c.dim(` (with stage ${stage.baseStage} it builds on)`);
  return `${INDENT}${c.bold('totals')}: ${counts}; added ${describeBytes(addedBytes)}, ${hasWaste(wastedBytes) ? c.yellow(wasted) : wasted}${inherited}`;
}

/** `image: 76.9 MiB predicted (base 74.8 MiB + 2.1 MiB added)`, when the model predicts it. */
function imageLine(stage: StageLayers, c: Colors): string[] {
  const { imageBytes, addedBytes } = stage.totals;
  if (!imageBytes) return [];
  const parts = stage.baseImage ? `base ${bytesCell(stage.baseImage.bytes)} + ${bytesCell(addedBytes)} added` : 'from scratch';
  return [`${INDENT}${c.bold('image')}: ${bytesCell(imageBytes)} predicted (${parts})`];
}

function wastedPaths(stage: StageLayers, c: Colors): string[] {
  const all = wastedPathTotals(stage);
  if (all.length === 0) return [];
  const top = all.slice(0, WASTED_PATHS_SHOWN);
  const counts = all.length > top.length ? ` (${top.length} of ${all.length})` : '';
  const rows = top.map((wasted) => ({
    path: wasted.package ? `${wasted.package.manager} package ${wasted.package.name}` : wasted.tree ? `${wasted.path.replace(/\/$/, '')}/*` : wasted.path,
    bytes: bytesCell(wasted.bytes),
    story: wasteStory(wasted),
  }));
  const pathWidth = longest(rows.map((row) => row.path));
  const bytesWidth = longest(rows.map((row) => row.bytes));
  return [
    `${INDENT}${c.bold('largest wasted paths')}${counts}:`,
    ...rows.map((row) => `${INDENT}${INDENT}${row.path.padEnd(pathWidth)}${GAP}${c.yellow(row.bytes.padStart(bytesWidth))}${GAP}${c.dim(row.story)}`),
  ];
}

const HOW_PHRASE: Record<WastedPathTotal['hiddenBy'][number]['how'], string> = {
  'copy-up': 'stored again by',
  overwrite: 'overwritten by',
  delete: 'deleted by',
  move: 'moved away by',
};

/** `added at line 3; stored again by chmod at lines 4 and 6; deleted by rm at line 7` */
function wasteStory(wasted: WastedPathTotal): string {
  const parts = wasted.addedAtLines.length ? [`added at ${linesPhrase(wasted.addedAtLines)}`] : [];
  const groups = new Map<string, number[]>();
  for (const hider of wasted.hiddenBy) {
    const key = `${HOW_PHRASE[hider.how]} ${hider.command}`;
    const lines = groups.get(key);
    if (lines) lines.push(hider.line);
    else groups.set(key, [hider.line]);
  }
  for (const [phrase, lines] of groups) parts.push(`${phrase} at ${linesPhrase([...new Set(lines)])}`);
  return parts.join('; ');
}

/**
 * `hides 1.2 MiB of base-image files: /usr/share/doc (line 5, 1.2 MiB), …`, largest first, wrapped
 * to the width; `hides base-image files of unknown size: /etc/x (line 3)` when the base is not known.
 */
function shadowedBase(stage: StageLayers, width: number): string[] {
  if (stage.shadowedBase.length === 0) return [];
  const sized = stage.shadowedBase.map((hidden) => ({ ...hidden, bytes: hidden.bytes ?? UNKNOWN }));
  const total = sumBytes(sized.map((hidden) => hidden.bytes));
  const known = total.estimate !== 'unknown';
  if (known) sized.sort((a, b) => Number(a.bytes.estimate === 'unknown') - Number(b.bytes.estimate === 'unknown') || b.bytes.value - a.bytes.value);
  const shown = sized.slice(0, WASTED_PATHS_SHOWN).map((hidden) => `${hidden.path} (line ${lineOf(hidden.effect.range)}${known ? `, ${bytesCell(hidden.bytes)}` : ''})`);
  const more = sized.length - shown.length;
  const pieces = [
    ...(known ? ['hides', describeBytes(total), 'of', 'base-image', 'files:'] : ['hides', 'base-image', 'files', 'of', 'unknown', 'size:']),
    ...shown.map((piece, index) => (index < shown.length - 1 || more > 0 ? `${piece},` : piece)),
    ...(more > 0 ? ['and', `${more}`, 'more'] : []),
  ];
  return wrapPieces(pieces, width - 2 * INDENT.length).map((line, index) => `${INDENT}${index > 0 ? INDENT : ''}${line}`);
}

function stepNotes(stage: StageLayers): string[] {
  return stage.steps.flatMap((step) => step.notes.map((note) => `line ${lineOf(step.instruction.range)}: ${note}`));
}

function notes(all: readonly string[], title: string, c: Colors): string[] {
  const unique = [...new Set(all.map((note) => note.replace(/\s*\n\s*/g, ' ')))];
  if (unique.length === 0) return [];
  const shown = unique.slice(0, NOTES_SHOWN);
  const more = unique.length - shown.length;
  return [
    `${INDENT}${c.bold(title)}:`,
    ...shown.map((note) => `${INDENT}${INDENT}${c.dim(note)}`),
    ...(more > 0 ? [`${INDENT}${INDENT}${c.dim(`… and ${more} more (--format json lists them all)`)}`] : []),
  ];
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
