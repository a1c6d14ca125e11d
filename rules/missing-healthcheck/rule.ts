import { defineRule } from '@dflint/core/rule-kit';
import { shippedInstructions } from '../instruction-shared';

export default defineRule({
  meta: {
    name: 'missing-healthcheck',
    description: 'the image that ships has no HEALTHCHECK (off by default)',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['DL3057'],
    defaultOff: true,
  },
  check({ document, report }) {
    const shipped = shippedInstructions(document);
    if (shipped.length === 0 || shipped.some((instruction) => instruction.keyword === 'HEALTHCHECK')) return;
    const from = document.stages[document.stages.length - 1].from;
    report({
      range: from.range,
      message: 'the image has no HEALTHCHECK: add `HEALTHCHECK CMD <command>` so Docker can tell a hung container from a healthy one, or `HEALTHCHECK NONE` to say so on purpose',
    });
  },
});
