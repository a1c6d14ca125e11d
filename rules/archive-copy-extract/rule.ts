import { defineRule, describeBytes } from '@dflint/core';
import { commandName, extractedArchives, lineOf, shippedLayers, sizeLabel } from '../layer-findings';

export default defineRule({
  meta: {
    name: 'archive-copy-extract',
    description: 'an archive COPY/ADD brings in and a later RUN extracts: the archive stays in the COPY layer',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3010'],
  },
  check({ document, layers, report }) {
    for (const stage of shippedLayers(document, layers)) {
      for (const { archive, path, bytes, extract } of extractedArchives(stage)) {
        const copy = stage.steps[archive.step].instruction;
        const hider = archive.entry.reason === 'copy' ? archive.entry.shadowedBy : undefined;
        const deleted = hider ? ` (deleting it at line ${lineOf(hider.effect.range)} does not shrink that layer)` : '';
        report({
          range: copy.range,
          message:
            `${path} (${sizeLabel(bytes)}) is copied in by ${copy.keyword} at line ${lineOf(copy.range)} ` +
            `only to be extracted by ${commandName(extract.command)} at line ${lineOf(extract.range)}${deleted}: ` +
            `${describeBytes(bytes)} wasted`,
          wastedBytes: bytes,
          related: [{ range: extract.range, message: `extracts ${path}` }],
        });
      }
    }
  },
});
