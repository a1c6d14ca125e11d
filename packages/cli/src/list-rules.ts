import type { Rule } from '@dflint/core';

/** A plain table of every rule: name, default severity, fix, category, description. */
export function listRules(all: readonly Rule[]): string {
  const rows = all.map((rule) => [
    rule.meta.name,
    rule.meta.severity,
    rule.meta.fixable ? `fix:${rule.meta.fixable}` : '',
    rule.meta.category,
    rule.meta.description + (rule.meta.aliases.length ? ` (${rule.meta.aliases.join(', ')})` : ''),
  ]);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n') + '\n';
}
