import { defineRule, describeBytes } from '@dflint/core';
import { commandName, describeEntry, hidingGroups, lineOf, listEntries, shippedLayers, storedHere } from '../layer-findings';

export default defineRule({
  meta: {
    name: 'chmod-after-copy',
    description: 'chmod, chown, touch or an in-place edit of a file an earlier layer stored: the whole file is stored again',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: [],
  },
  check({ document, layers, report }) {
    for (const stage of shippedLayers(document, layers)) {
      // a copied-up package cache is package-cache's (one finding per wasted byte)
      for (const group of hidingGroups(stage, ({ entry }) => entry.reason !== 'cache')) {
        if (group.how !== 'copy-up') continue;
        const what =
          group.hidden.length === 1 ? `${describeEntry(group.hidden[0].entry)} is` : `${listEntries(group.hidden)} are`;
        report({
          range: group.effect.range,
          message:
            `${what} stored again by ${commandName(group.effect.command)} at line ${lineOf(group.effect.range)}: ` +
            `${describeBytes(group.bytes)} wasted`,
          wastedBytes: group.bytes,
          related: storedHere(group.hidden),
        });
      }
    }
  },
});
