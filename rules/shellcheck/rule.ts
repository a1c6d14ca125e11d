import { defineRule, rangeKey, shellcheckCache, shellcheckJobs, shellcheckRange, type Range, type Severity } from '@dflint/core/rule-kit';

/** the words a finding quotes: one line, short */
const QUOTED_MAX = 40;

export default defineRule({
  meta: {
    name: 'shellcheck',
    description: 'ShellCheck findings inside RUN scripts (shell form and heredocs), at their own line and column',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: [],
    aliasesPerFinding: true,
    aliasPattern: /^SC\d{4}$/,
  },
  check({ document, report }) {
    const cache = shellcheckCache();
    // ShellCheck missing or switched off: nothing to say here; the CLI and the server say it once per run
    if (!cache.wantsJobs()) return;
    const jobs = shellcheckJobs(document);
    const comments = cache.commentsFor(jobs);
    if (!comments) return;
    const seen = new Set<string>();
    jobs.forEach((job, index) => {
      for (const comment of comments[index]) {
        const range = shellcheckRange(job, comment);
        const code = `SC${comment.code}`;
        const key = `${code} ${rangeKey(range ?? job.instruction.range)} ${comment.message}`;
        if (!range || seen.has(key)) continue;
        seen.add(key);
        const words = quoted(document.lines.textIn(range), range);
        report({ range, message: `${words}${comment.message.replace(/\.$/, '')} (${code})`, severity: comment.level as Severity, aliases: [code] });
      }
    });
  },
});

/** `` `$foo`: `` for a finding on a short stretch of one line; nothing for a longer one. */
function quoted(text: string, range: Range): string {
  if (range.start.line !== range.end.line || text.trim() === '' || text.length > QUOTED_MAX || text.includes('`')) return '';
  return `\`${text}\`: `;
}
