import { createColors } from 'picocolors';
import { SEVERITIES, type Severity } from '../engine/rule';
import type { FileResult, FormatOptions } from './types';
import { longest } from './words';

/**
 * ESLint-style output: a header per file with findings, then `line:col  severity  message  rule`
 * rows aligned in columns, then one summary line.
 */
export function formatStylish(results: readonly FileResult[], options: FormatOptions): string {
  const c = createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.cyan,
    style: c.magenta,
  };
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const rows = result.findings.map((f) => {
      counts[f.severity]++;
      return {
        where: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
        severity: f.severity,
        message: f.message.replace(/\s*\n\s*/g, ' '),
        rule: f.rule,
      };
    });
    const whereWidth = longest(rows.map((r) => r.where));
    const severityWidth = longest(rows.map((r) => r.severity));
    const messageWidth = longest(rows.map((r) => r.message));
    out.push(c.underline(result.file));
    for (const r of rows) {
      out.push(
        `  ${c.dim(r.where.padStart(whereWidth))}  ${paint[r.severity](r.severity.padEnd(severityWidth))}  ` +
          `${r.message.padEnd(messageWidth)}  ${c.dim(r.rule)}`,
      );
    }
    out.push('');
  }
  out.push(summary(counts, results.length, c));
  return out.join('\n') + '\n';
}

function summary(counts: Record<Severity, number>, files: number, c: ReturnType<typeof createColors>): string {
  const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
  const inFiles = `in ${counted(files, 'file', 'files')}`;
  if (total === 0) return c.green(`✔ no problems ${inFiles}`);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => counted(counts[s], s, COUNTABLE.has(s) ? `${s}s` : s));
  const line = `✖ ${counted(total, 'problem', 'problems')} (${parts.join(', ')}) ${inFiles}`;
  return c.bold(counts.error > 0 ? c.red(line) : c.yellow(line));
}

/** "info" and "style" read as mass nouns: "3 info", "2 style". */
const COUNTABLE = new Set<Severity>(['error', 'warning']);

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
