import { contains, describeBytes, ruleDocsUrl, sourcesOf, type Bytes } from '@dflint/core';
import { findRule } from '@dflint/rules';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Analysis, AnalyzedFinding } from './analysis-types';
import { describeBaseImage } from './base-image-hover';
import { messageWithBytes } from './diagnostics';

/** On a FROM: what it starts from. For the findings under the cursor: what the rule is about, the bytes, and its docs. */
export function hover(analysis: Pick<Analysis, 'findings' | 'baseImages'>, position: Position): Hover | null {
  const from = analysis.baseImages.find((figure) => contains(figure.range, position));
  const here = analysis.findings.filter((finding) => contains(finding.range, position));
  const parts = [...(from ? [describeBaseImage(from)] : []), ...here.map(describe)];
  if (parts.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: from?.range ?? here[0].range,
  };
}

function describe(finding: AnalyzedFinding): string {
  const rule = findRule(finding.rule);
  const lines = [`**dflint: ${finding.rule}**${rule ? ` — ${rule.meta.description}` : ''}`, '', messageWithBytes(finding)];
  if (finding.wastedBytes) lines.push('', `Wasted: ${wastedText(finding.wastedBytes)}`);
  if (finding.fix) lines.push('', `Fix (${finding.fix.safety}): ${finding.fix.description}`);
  else if (finding.noFixReason) lines.push('', `No automatic fix: ${finding.noFixReason}`);
  lines.push('', `[Rule documentation](${ruleDocsUrl(finding.rule)})`);
  return lines.join('\n');
}

/** `≈ 229.0 MiB (estimated from Debian bookworm main amd64 Packages, 2026-12-05)`: an estimate names its index. */
function wastedText(bytes: Bytes): string {
  const sources = sourcesOf(bytes);
  return describeBytes(bytes) + (sources.length > 0 && bytes.estimate !== 'unknown' ? ` (estimated from ${sources.join('; ')})` : '');
}
