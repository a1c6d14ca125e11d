import { CODE_QUALITY_SEVERITY } from './code-quality';
import { fingerprints } from './fingerprint';
import type { RunReport } from './report';
import { oneBased, oneLine, repoRelativePath } from './report-paths';

/**
 * GitLab Code Quality JSON (`artifacts:reports:codequality`): an array of issues with a
 * fingerprint that stays the same when unrelated lines move.
 */
export function formatGitlab(report: RunReport): string {
  const issues = report.results.flatMap((result) => {
    const path = repoRelativePath(result.file, report.cwd);
    const prints = fingerprints(result, path);
    return result.findings.map((finding, i) => {
      const at = oneBased(finding.range);
      return {
        description: oneLine(finding.message),
        check_name: finding.rule,
        fingerprint: prints[i].global,
        severity: CODE_QUALITY_SEVERITY[finding.severity],
        location: { path, lines: { begin: at.line, end: at.endLine } },
      };
    });
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
