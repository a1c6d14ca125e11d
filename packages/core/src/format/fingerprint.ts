import { createHash } from 'node:crypto';
import type { Finding } from '../engine/rule';
import { lineIndexOf, type LineIndex } from '../parse/line-index';
import type { SourcedResult } from './report';

/**
 * What identifies a finding across edits elsewhere in the file: its rule and the text of the
 * lines it covers, whitespace-normalised, but not where those lines are. Without the text, the
 * message with its numbers (line numbers, bytes) blanked out.
 */
function findingKey(finding: Finding, lines: LineIndex | undefined): string {
  if (!lines) return `${finding.rule}\0${finding.message.replace(/\d+/g, '#')}`;
  const { start, end } = finding.range;
  // a range ending at column 0 stops before that line
  const last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
  const covered: string[] = [];
  for (let line = start.line; line <= last && line < lines.lineCount; line++) covered.push(lines.lineText(line).trim().replace(/\s+/g, ' '));
  const text = covered.filter(Boolean).join('\n');
  return `${finding.rule}\0${text}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface FindingFingerprints {
  /** SARIF `primaryLocationLineHash`, unique within the file: `<16 hex>:<occurrence>` */
  lineHash: string;
  /** unique across the report (includes the path), for GitLab and Code Climate */
  global: string;
}

/**
 * Fingerprints for each finding of a file, in order. Identical findings on identical lines are
 * told apart by their occurrence number, counted from the top.
 */
export function fingerprints(result: SourcedResult, path: string): FindingFingerprints[] {
  const lines = result.text === undefined ? undefined : lineIndexOf(result.text);
  const seen = new Map<string, number>();
  return result.findings.map((finding) => {
    const key = findingKey(finding, lines);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      lineHash: `${sha256(key).slice(0, 16)}:${occurrence}`,
      global: sha256(`${path}\0${key}\0${occurrence}`).slice(0, 32),
    };
  });
}
