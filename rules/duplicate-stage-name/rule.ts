import { defineRule } from '@dflint/core/rule-kit';
import { fromParts } from '../stages-shared';

export default defineRule({
  meta: {
    name: 'duplicate-stage-name',
    description: 'two stages with the same name',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3024', 'DuplicateStageName'],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      const { name } = fromParts(stage.from);
      if (stage.name === undefined || !name) continue;
      const first = document.stages.find((other) => other.index < stage.index && other.name === stage.name);
      if (!first) continue;
      report({
        range: name.range,
        related: [{ range: first.from.range, message: `the first stage named ${stage.name}` }],
        message: `stage name "${name.value}" is already the name of an earlier stage: stage names must be unique, rename one`,
      });
    }
  },
});
