import type { Finding } from '../engine/rule';
import type { FileResult } from './types';
import { oneBased } from './report-paths';
import { XML_DECLARATION, xmlAttributes, xmlEscape } from './xml';

function failingCase(file: string, finding: Finding): string[] {
  const at = oneBased(finding.range);
  const detail = `${finding.severity} at ${file} line ${at.line}, column ${at.column}: ${finding.message} [${finding.rule}]`;
  return [
    `    <testcase${xmlAttributes({ name: `${at.line}:${at.column} ${finding.rule}`, classname: file, file, line: at.line, time: 0 })}>`,
    `      <failure${xmlAttributes({ message: finding.message, type: finding.severity })}>${xmlEscape(detail)}</failure>`,
    '    </testcase>',
  ];
}

/**
 * JUnit XML for CI test reports: a `<testsuite>` per file, a failing `<testcase>` per finding,
 * and one passing `<testcase>` for a clean file.
 */
export function formatJunit(results: readonly FileResult[]): string {
  const total = (count: (r: FileResult) => number) => results.reduce((sum, r) => sum + count(r), 0);
  const tests = total((r) => Math.max(1, r.findings.length));
  const failures = total((r) => r.findings.length);
  const out = [XML_DECLARATION, `<testsuites${xmlAttributes({ name: 'dflint', tests, failures, errors: 0, time: 0 })}>`];
  for (const result of results) {
    const suite = { name: result.file, tests: Math.max(1, result.findings.length), failures: result.findings.length, errors: 0, skipped: 0, time: 0 };
    out.push(`  <testsuite${xmlAttributes(suite)}>`);
    if (result.findings.length === 0) out.push(`    <testcase${xmlAttributes({ name: 'dflint', classname: result.file, file: result.file, time: 0 })}/>`);
    for (const finding of result.findings) out.push(...failingCase(result.file, finding));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
