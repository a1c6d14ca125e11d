import { aliasLabels, type Rule } from '@dflint/core';

/** `--list-rules` (table) or `--list-rules --format json`. */
export function listRules(all: readonly Rule[], format: 'table' | 'json' = 'table'): string {
  return format === 'json' ? `${JSON.stringify(all.map(ruleEntry), null, 2)}\n` : ruleTable(all);
}

/** What a script needs to know about a rule, as --list-rules --format json prints it. */
function ruleEntry({ meta }: Rule) {
  return {
    name: meta.name,
    severity: meta.severity,
    enabledByDefault: !meta.defaultOff,
    fix: meta.fixable || null,
    category: meta.category,
    description: meta.description,
    aliases: meta.aliases,
    ...(meta.aliasPattern ? { aliasPattern: meta.aliasPattern.source } : {}),
    docs: meta.docs,
  };
}

/** A plain table of every rule: name, default severity, fix, category, description. */
function ruleTable(all: readonly Rule[]): string {
  const rows = all.map((rule) => [
    rule.meta.name,
    rule.meta.defaultOff ? `off (${rule.meta.severity})` : rule.meta.severity,
    rule.meta.fixable ? `fix:${rule.meta.fixable}` : '',
    rule.meta.category,
    rule.meta.description + (aliasLabels(rule.meta).length ? ` (${aliasLabels(rule.meta).join(', ')})` : ''),
  ]);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n') + '\n';
}
