import { defineRule, describeBytes } from '@dflint/core';
import {
  describeEntry,
  extractedArchives,
  hidingGroups,
  lineOf,
  listEntries,
  shippedLayers,
  storedHere,
  type HideHow,
  type PlacedEntry,
} from '../layer-findings';

const VERBS: Partial<Record<HideHow, [one: string, many: string]>> = {
  delete: ['is deleted', 'are deleted'],
  move: ['is moved away', 'are moved away'],
  overwrite: ['is overwritten', 'are overwritten'],
};

export default defineRule({
  meta: {
    name: 'delete-after-add',
    description: 'a file one layer stores and a later layer deletes, moves or overwrites: its bytes stay in the image',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: [],
  },
  check({ document, layers, report }) {
    for (const stage of shippedLayers(document, layers)) {
      // package caches and extracted archives have their own rules (one finding per wasted byte)
      const archives = new Set(extractedArchives(stage).map(({ archive }) => archive.entry));
      const mine = ({ entry }: PlacedEntry) => entry.reason !== 'cache' && !archives.has(entry);
      for (const group of hidingGroups(stage, mine)) {
        const verbs = VERBS[group.how];
        if (!verbs) continue;
        const hiddenAt = lineOf(group.effect.range);
        const what =
          group.hidden.length === 1
            ? `${describeEntry(group.hidden[0].entry)} ${verbs[0]}`
            : `${listEntries(group.hidden)} ${verbs[1]}`;
        report({
          range: group.effect.range,
          message: `${what} at line ${hiddenAt}: ${describeBytes(group.bytes)} wasted`,
          wastedBytes: group.bytes,
          related: storedHere(group.hidden),
        });
      }
    }
  },
});
