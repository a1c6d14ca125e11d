import { defineRule } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'copy-from-own-stage',
    description: 'COPY --from naming the stage the COPY is in',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3023'],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      if (stage.name === undefined) continue;
      for (const copy of stage.instructions) {
        if (copy.keyword !== 'COPY') continue;
        const from = copy.flags.find((flag) => flag.name === 'from' && flag.value?.toLowerCase() === stage.name);
        if (!from) continue;
        report({ range: from.range, message: `COPY --from=${from.value} names the stage it is in: a stage cannot copy from itself; name an earlier stage`, related: [{ range: stage.from.range, message: `the stage ${stage.name} starts here` }] });
      }
    }
  },
});
