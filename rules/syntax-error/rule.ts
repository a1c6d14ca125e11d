import { defineRule } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'syntax-error',
    description: 'what docker build rejects before it starts: unknown instructions and flags, missing arguments, no FROM, a file that is not a Dockerfile',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL1000', 'DL3061'],
    // an instruction before the first FROM is hadolint's DL3061; its other parse errors are DL1000
    aliasesPerFinding: true,
  },
  check({ document, report }) {
    // the parser finds them (it reads the Dockerfile as BuildKit does); the rest still parses
    for (const problem of document.problems) report({ range: problem.range, message: problem.message, aliases: [problem.kind === 'before-from' ? 'DL3061' : 'DL1000'] });
  },
});
