import { defineRule, readLintDirective } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'hadolint-ignore-pragma',
    description: 'inline ignore comments (`# hadolint ignore=…`, `# dflint-ignore …`), for teams that want none (off by default)',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['DL1001'],
    defaultOff: true,
  },
  check({ document, report }) {
    for (const comment of document.comments) {
      const directive = readLintDirective(comment.text);
      // file-wide ignores (`hadolint global ignore=`, `dflint-ignore-file`) are configuration, not inline pragmas
      if (directive?.scope !== 'next') continue;
      const written = directive.tool === 'hadolint' ? '# hadolint ignore=' : '# dflint-ignore';
      report({
        range: comment.range,
        message: `inline ignore comment \`${written}…\`: fix the finding, or switch the rule off in the configuration instead`,
      });
    }
  },
});
