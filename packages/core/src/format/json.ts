import type { Finding, RelatedLocation, TextEdit } from '../engine/rule';
import { bytesJson } from '../layers/bytes';
import type { Range } from '../parse/types';
import type { FileResult } from './types';

type JsonObject = Record<string, unknown>;

/**
 * Adds the 1-based line/column span, as people and other tools count, to `json`'s keys. Keys are
 * added one by one in the contract's order, not spread (`{ ...span, newText }`): V8 copies a
 * spread on a slow path, and a corpus run formats ~12,000 findings.
 */
function withSpan(json: JsonObject, range: Range): JsonObject {
  json.line = range.start.line + 1;
  json.column = range.start.character + 1;
  json.endLine = range.end.line + 1;
  json.endColumn = range.end.character + 1;
  return json;
}

function edit(e: TextEdit): JsonObject {
  const json = withSpan({}, e.range);
  json.newText = e.newText;
  return json;
}

function related(r: RelatedLocation): JsonObject {
  const json = withSpan({}, r.range);
  json.message = r.message;
  return json;
}

function finding(f: Finding): JsonObject {
  const json = withSpan({ rule: f.rule, severity: f.severity, message: f.message }, f.range);
  json.aliases = f.aliases ?? [];
  if (f.wastedBytes) json.wastedBytes = bytesJson(f.wastedBytes);
  if (f.fix) json.fix = { safety: f.fix.safety, description: f.fix.description, edits: f.fix.edits.map(edit) };
  if (f.related) json.related = f.related.map(related);
  return json;
}

/** The `--format json` contract (DESIGN.md): `[{file, findings:[{rule, severity, message, line, …, aliases}]}]`. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ file: r.file, findings: r.findings.map(finding) })), null, 2) + '\n';
}

/** One file's item of formatJson's array, indented as it is there: `[\n  ` + items joined by `,\n  ` + `\n]\n` is formatJson's text. */
export function formatJsonItem(result: FileResult): string {
  // the item as formatJson's array holds it, between that array's `[\n  ` and `\n]`
  const array = JSON.stringify([{ file: result.file, findings: result.findings.map(finding) }], null, 2);
  return array.slice(4, array.length - 2);
}
