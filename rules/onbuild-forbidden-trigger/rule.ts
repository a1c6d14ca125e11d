import { defineRule } from '@dflint/core/rule-kit';

/** what Docker refuses as an ONBUILD trigger (`ONBUILD ONBUILD`, `ONBUILD FROM`, `ONBUILD MAINTAINER`) */
const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  meta: {
    name: 'onbuild-forbidden-trigger',
    description: 'ONBUILD with ONBUILD, FROM or MAINTAINER as its trigger, which Docker refuses',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3043'],
  },
  check({ document, report }) {
    for (const instruction of document.instructions) {
      const trigger = instruction.trigger;
      if (instruction.keyword !== 'ONBUILD' || !trigger || !FORBIDDEN.has(trigger.keyword)) continue;
      const word = document.text.slice(document.lines.offsetAt(trigger.keywordRange.start), document.lines.offsetAt(trigger.keywordRange.end));
      report({
        range: trigger.keywordRange,
        message: `\`ONBUILD ${word}\` is not allowed: ${trigger.keyword} cannot be an ONBUILD trigger, and a build FROM this image fails on it`,
      });
    }
  },
});
