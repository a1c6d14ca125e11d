import { defineRule, fixRemovals, linesPhrase, mapOutcome } from '@dflint/core/rule-kit';
import { metadataGroups } from './groups';
import { mergeMetadataEdit } from './merge-edit';

export default defineRule({
  meta: {
    name: 'metadata-merge',
    description: 'consecutive LABELs, or consecutive ENVs, that could be one instruction (a history entry and a cache step each)',
    category: 'metadata',
    severity: 'info',
    fixable: 'safe',
    aliases: [],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      for (const group of metadataGroups(stage.instructions)) {
        const [first, ...rest] = group;
        const keyword = first.keyword;
        const lines = linesPhrase(group.map((instruction) => instruction.range.start.line + 1));
        report({
          range: first.range,
          message: `${group.length} consecutive ${keyword}s (${lines}) can be one ${keyword}`,
          fix: mapOutcome(mergeMetadataEdit(document, group), (edit) => ({
            safety: 'safe' as const,
            description: `merge the ${keyword}s at ${lines}`,
            edits: [edit],
            removes: fixRemovals(document, { merged: rest }),
          })),
          related: rest.map((instruction) => ({
            range: instruction.keywordRange,
            message: `can be merged into the ${keyword} at line ${first.range.start.line + 1}`,
          })),
        });
      }
    }
  },
});
