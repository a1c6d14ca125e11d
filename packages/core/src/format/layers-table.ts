import { createColors } from 'picocolors';
import { describeBytes, formatByteCount } from '../layers/bytes';
import type { Bytes, Estimate, StageLayers, Step } from '../layers/types';
import { endLineOf, lineOf } from '../parse/range';
import { instructionSummary, wastedPathTotals, type LayersReport, type WastedPathTotal } from './layers-report';
import { linesPhrase, longest, truncate } from './words';

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

const ESTIMATE_WORDS: Record<Estimate, string> = { exact: 'exact', 'lower-bound': 'lower bound', unknown: 'unknown' };
const WEAKNESS: Record<Estimate, number> = { exact: 0, 'lower-bound': 1, unknown: 2 };

/** A byte figure in a table cell: `1.0 MiB`, `≥ 3.0 MiB` for a lower bound, `?` when unknown. */
export function bytesCell(figure: Bytes): string {
  if (figure.estimate === 'unknown') return '?';
  const text = formatByteCount(figure.value);
  return figure.estimate === 'lower-bound' ? `≥ ${text}` : text;
}

/**
 * `docker history`-like text: per stage a header, one row per instruction (LINE, INSTRUCTION,
 * LAYER, ADDED, WASTED, ESTIMATE), the totals, the largest wasted paths and the model's notes.
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
    append('', header(stage, index === report.stages.length - 1, c), table(stage, width, c), '', totals(stage, c));
    append(wastedPaths(stage, c), shadowedBase(stage), notes(stepNotes(stage), 'notes', c));
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
}

function table(stage: StageLayers, width: number, c: Colors): string[] {
  const rows: Row[] = stage.steps.map((step) => ({
    line: lineRange(step),
    instruction: instructionSummary(step.instruction),
    layer: step.createsLayer ? 'layer' : '—',
    added: bytesCell(step.addedBytes),
    wasted: bytesCell(step.wastedBytes),
    estimate: ESTIMATE_WORDS[weaker(step.addedBytes.estimate, step.wastedBytes.estimate)],
    step,
  }));
  const head: Row = { line: 'LINE', instruction: 'INSTRUCTION', layer: 'LAYER', added: 'ADDED', wasted: 'WASTED', estimate: 'ESTIMATE' };
  const widths = new Map<keyof Omit<Row, 'step'>, number>();
  // measured once per column: a table of 200,000 rows must not measure every row for every row
  const widthOf = (key: keyof Omit<Row, 'step'>) => {
    let known = widths.get(key);
    if (known === undefined) widths.set(key, (known = Math.max(head[key].length, longest(rows.map((row) => row[key])))));
    return known;
  };
  const fixed = (['line', 'layer', 'added', 'wasted', 'estimate'] as const).reduce((sum, key) => sum + widthOf(key) + GAP.length, INDENT.length);
  const instructionWidth = Math.min(widthOf('instruction'), Math.max(MIN_INSTRUCTION_WIDTH, width - fixed));

  const render = (row: Row, paint: (key: keyof Omit<Row, 'step'>, text: string) => string) =>
    INDENT +
    [
      paint('line', row.line.padStart(widthOf('line'))),
      paint('instruction', truncate(row.instruction, instructionWidth).padEnd(instructionWidth)),
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

function wastedPaths(stage: StageLayers, c: Colors): string[] {
  const all = wastedPathTotals(stage);
  if (all.length === 0) return [];
  const top = all.slice(0, WASTED_PATHS_SHOWN);
  const counts = all.length > top.length ? ` (${top.length} of ${all.length})` : '';
  const rows = top.map((wasted) => ({
    path: wasted.tree ? `${wasted.path.replace(/\/$/, '')}/*` : wasted.path,
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

function shadowedBase(stage: StageLayers): string[] {
  if (stage.shadowedBase.length === 0) return [];
  const shown = stage.shadowedBase.slice(0, WASTED_PATHS_SHOWN).map((hidden) => `${hidden.path} (line ${lineOf(hidden.effect.range)})`);
  const more = stage.shadowedBase.length - shown.length;
  return [`${INDENT}hides base-image files of unknown size: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`];
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
