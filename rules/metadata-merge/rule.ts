import { defineRule, fixRemovals, linesPhrase, mapOutcome } from '@dflint/core/rule-kit';
import { metadataGroups } from './groups';
import { mergeMetadataEdit } from './merge-edit';

export default defineRule<{ reportWithoutGain: boolean }>({
  meta: {
    name: 'metadata-merge',
    description: 'consecutive LABELs, or consecutive ENVs, that could be one instruction (a history entry and a cache step each)',
    category: 'metadata',
    severity: 'info',
    fixable: 'safe',
    aliases: [],
    options: {
      reportWithoutGain: {
        type: 'boolean',
        default: false,
        strict: true,
        description: 'Report mergeable LABELs and ENVs at all: a merge saves a history entry and a cache step, never bytes or layers.',
      },
    },
  },
  check({ document, options, report }) {
    // no merge of metadata saves a byte or a layer: a matter of style, reported on request (the strict preset)
    if (!options.reportWithoutGain) return;
    for (const stage of document.stages) {
      for (const group of metadataGroups(stage.instructions)) {
        const [first, ...rest] = group;
        const keyword = first.keyword;
        const lines = linesPhrase(group.map((instruction) => instruction.range.start.line + 1));
        report({
          range: first.range,
          message: `${group.length} consecutive ${keyword}s (${lines}) can be one ${keyword}`,
          fix: () => mapOutcome(mergeMetadataEdit(document, group), (edit) => ({
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
