import { defineRule } from '@dflint/core/rule-kit';

/** The instructions an image keeps one of, with the hadolint code for a repeat. */
const ONE_PER_STAGE: Readonly<Record<string, { code: string; severity: 'error' | 'warning' }>> = {
  CMD: { code: 'DL4003', severity: 'warning' },
  ENTRYPOINT: { code: 'DL4004', severity: 'error' },
  HEALTHCHECK: { code: 'DL3012', severity: 'error' },
};

export default defineRule({
  meta: {
    name: 'repeated-instruction',
    description: 'more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last takes effect',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3012', 'DL4003', 'DL4004', 'MultipleInstructionsDisallowed'],
    aliasesPerFinding: true,
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      for (const [keyword, { code, severity }] of Object.entries(ONE_PER_STAGE)) {
        const all = stage.instructions.filter((instruction) => instruction.keyword === keyword);
        const last = all[all.length - 1];
        // each earlier one is the one that does nothing (BuildKit reports those too)
        for (const earlier of all.slice(0, -1)) {
          report({
            range: earlier.keywordRange,
            message: `the ${keyword} at line ${earlier.range.start.line + 1} has no effect: the ${keyword} at line ${last.range.start.line + 1} in the same stage replaces it; keep one`,
            severity,
            aliases: [code, 'MultipleInstructionsDisallowed'],
          });
        }
      }
    }
  },
});
