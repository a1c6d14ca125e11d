import { defineRule } from '@dflint/core/rule-kit';
import { fromParts } from '../stages-shared';

export default defineRule({
  meta: {
    name: 'from-as-casing',
    description: "FROM … AS with the AS keyword in another case than FROM's",
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['FromAsCasing'],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      const { as } = fromParts(stage.from);
      if (!as) continue;
      const from = document.text.slice(document.lines.offsetAt(stage.from.keywordRange.start), document.lines.offsetAt(stage.from.keywordRange.end));
      // a FROM in mixed case is for instruction casing to judge, as BuildKit does
      const wanted = from === from.toLowerCase() ? 'as' : from === from.toUpperCase() ? 'AS' : undefined;
      if (!wanted || as.value === wanted) continue;
      report({
        range: as.range,
        message: `'${as.value}' does not match the case of '${from}': write '${wanted}'`,
        fix: { safety: 'safe', description: `write ${wanted}`, edits: [{ range: as.range, newText: wanted }] },
      });
    }
  },
});
