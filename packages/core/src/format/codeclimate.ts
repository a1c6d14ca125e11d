import type { RuleCategory } from '../engine/rule';
import type { Range } from '../parse/types';
import { CODE_QUALITY_SEVERITY } from './code-quality';
import { fingerprints } from './fingerprint';
import type { RunReport } from './report';
import { oneBased, repoRelativePath } from './report-paths';

const CATEGORIES: Record<RuleCategory, string[]> = {
  'layer-bloat': ['Performance'],
  'build-cache': ['Performance'],
  metadata: ['Style'],
  correctness: ['Bug Risk'],
};

function positions(range: Range) {
  const at = oneBased(range);
  return { begin: { line: at.line, column: at.column }, end: { line: at.endLine, column: at.endColumn } };
}

/**
 * Code Climate engine output (platform SPEC.md): one `"type": "issue"` JSON object per finding,
 * each terminated by a NUL character.
 */
export function formatCodeclimate(report: RunReport): string {
  const metas = new Map(report.rules.map((meta) => [meta.name, meta]));
  const issues = report.results.flatMap((result) => {
    const path = repoRelativePath(result.file, report.cwd);
    const prints = fingerprints(result, path);
    return result.findings.map((finding, i) => {
      const meta = metas.get(finding.rule);
      return {
        type: 'issue',
        check_name: finding.rule,
        description: finding.message,
        ...(meta && { content: { body: `${meta.description}\n\n[Documentation](${meta.docs})` } }),
        categories: meta ? CATEGORIES[meta.category] : ['Bug Risk'],
        location: { path, positions: positions(finding.range) },
        ...(finding.related?.length && { other_locations: finding.related.map((related) => ({ path, positions: positions(related.range) })) }),
        severity: CODE_QUALITY_SEVERITY[finding.severity],
        fingerprint: prints[i].global,
      };
    });
  });
  return issues.map((issue) => `${JSON.stringify(issue)}\0\n`).join('');
}
