import type { Finding, TextEdit } from '../engine/rule';
import { bytesJson } from '../layers/bytes';
import type { Range } from '../parse/types';
import type { FileResult } from './types';

/** 1-based line/column span, as people and other tools count. */
function span(range: Range) {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function edit(e: TextEdit) {
  return { ...span(e.range), newText: e.newText };
}

function finding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...span(f.range),
    aliases: f.aliases ?? [],
    ...(f.wastedBytes && { wastedBytes: bytesJson(f.wastedBytes) }),
    ...(f.fix && { fix: { safety: f.fix.safety, description: f.fix.description, edits: f.fix.edits.map(edit) } }),
    ...(f.related && { related: f.related.map((r) => ({ ...span(r.range), message: r.message })) }),
  };
}

/** The `--format json` contract (DESIGN.md): `[{file, findings:[{rule, severity, message, line, …, aliases}]}]`. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ file: r.file, findings: r.findings.map(finding) })), null, 2) + '\n';
}

/** One file's item of formatJson's array, indented as it is there: `[\n  ` + items joined by `,\n  ` + `\n]\n` is formatJson's text. */
export function formatJsonItem(result: FileResult): string {
  // JSON.stringify escapes newlines inside strings, so every newline here is one of the layout's
  return JSON.stringify({ file: result.file, findings: result.findings.map(finding) }, null, 2).replace(/\n/g, '\n  ');
}
