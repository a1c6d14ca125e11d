import { createColors } from 'picocolors';
import { SEVERITIES, type Finding, type Severity } from '../engine/rule';
import type { FileResult, FormatOptions } from './types';
import { oneLine } from './report-paths';
import { longest, wrapPieces, wrapWords } from './words';

type Colors = ReturnType<typeof createColors>;

interface Row {
  where: string;
  severity: Severity;
  message: string;
  rule: string;
}

/** Below this many columns for the message beside the rule, the rule goes first and the message under it… */
const MIN_BESIDE_WIDTH = 30;
/** …in the message column, or, below this many columns there, 4 spaces in. */
const MIN_UNDER_WIDTH = 20;

/**
 * ESLint-style output: a header per file with findings, then `line:col  severity  message  rule`
 * rows aligned in columns, then a summary line and the count per rule. With `width` (a terminal's),
 * long messages wrap under the message column and the rule stays on the row's first line.
 */
export function formatStylish(results: readonly FileResult[], options: FormatOptions): string {
  const writer = new StylishWriter(options);
  // a loop, not map/join of the whole run: one string per file, then one for the summary
  let text = '';
  for (const result of results) text += writer.file(result);
  return text + writer.end();
}

/** formatStylish a file at a time: `file()` per result in order, then `end()` for the summary; the texts concatenated are formatStylish's. */
export class StylishWriter {
  private readonly c: Colors;
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  private readonly perRule = new Map<string, number>();
  private files = 0;

  constructor(private readonly options: FormatOptions) {
    this.c = createColors(options.color);
  }

  /** The file's header and rows ('' for a file without findings). */
  file(result: FileResult): string {
    if (result.findings.length === 0) {
      this.files++;
      return '';
    }
    let text = `${this.c.underline(result.file)}\n`;
    for (const row of fileRows(result.findings.map(toRow), this.options.width, this.c)) text += `${row}\n`;
    // counted once the text is made: a file that cannot be formatted leaves the summary as it was
    this.files++;
    for (const f of result.findings) {
      this.counts[f.severity]++;
      this.perRule.set(f.rule, (this.perRule.get(f.rule) ?? 0) + 1);
    }
    return `${text}\n`;
  }

  /** The summary line and the count per rule. */
  end(): string {
    return summary(this.counts, this.perRule, this.files, this.options.width, this.c).join('\n') + '\n';
  }
}

function toRow(f: Finding): Row {
  return {
    where: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
    severity: f.severity,
    // control characters would move the cursor (and break the column count)
    message: oneLine(f.message),
    rule: f.rule,
  };
}

/** One file's rows: one line each without a width; wrapped to it with one. */
function fileRows(rows: readonly Row[], width: number | undefined, c: Colors): string[] {
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan, style: c.magenta };
  const whereWidth = longest(rows.map((r) => r.where));
  const severityWidth = longest(rows.map((r) => r.severity));
  const lead = (r: Row) => `  ${c.dim(r.where.padStart(whereWidth))}  ${paint[r.severity](r.severity.padEnd(severityWidth))}  `;
  const indent = ' '.repeat(2 + whereWidth + 2 + severityWidth + 2);
  const besideRule = (messages: string[][]) => {
    const messageWidth = longest(messages.flat());
    return rows.flatMap((r, i) => {
      const [first, ...rest] = messages[i];
      return [`${lead(r)}${first.padEnd(messageWidth)}  ${c.dim(r.rule)}`, ...rest.map((line) => indent + line)];
    });
  };
  if (width === undefined) return besideRule(rows.map((r) => [r.message]));

  const beside = width - indent.length - 2 - longest(rows.map((r) => r.rule));
  if (beside >= MIN_BESIDE_WIDTH) return besideRule(rows.map((r) => wrapWords(r.message, beside)));
  // too narrow for the message beside the rule: rule first, message on the lines under it
  const under = width - indent.length >= MIN_UNDER_WIDTH ? indent : '    ';
  return rows.flatMap((r) => [`${lead(r)}${c.dim(r.rule)}`, ...wrapWords(r.message, width - under.length).map((line) => under + line)]);
}

function summary(counts: Record<Severity, number>, perRule: ReadonlyMap<string, number>, files: number, width: number | undefined, c: Colors): string[] {
  const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
  const inFiles = `in ${counted(files, 'file', 'files')}`;
  if (total === 0) return [c.green(`✔ no problems ${inFiles}`)];
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => counted(counts[s], s, COUNTABLE.has(s) ? `${s}s` : s));
  const line = `✖ ${counted(total, 'problem', 'problems')} (${parts.join(', ')}) ${inFiles}`;
  // the rules with most findings first: what to look at (or switch off) first
  const byRule = [...perRule].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([rule, n], i) => `${rule} ${n}${i < perRule.size - 1 ? ',' : ''}`);
  const [first, ...rest] = width === undefined ? [line] : wrapWords(line, width - 2);
  const ruleLines = width === undefined ? [byRule.join(' ')] : wrapPieces(byRule, width - 2);
  const paint = (text: string) => c.bold(counts.error > 0 ? c.red(text) : c.yellow(text));
  return [paint(first), ...rest.map((l) => paint(`  ${l}`)), ...ruleLines.map((l) => c.dim(`  ${l}`))];
}

/** "info" and "style" read as mass nouns: "3 info", "2 style". */
const COUNTABLE = new Set<Severity>(['error', 'warning']);

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
