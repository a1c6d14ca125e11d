import {
  defineRule,
  describeBytes,
  fixRemovals,
  hiderOf,
  hidingGroups,
  lineOf,
  managerOfProgram,
  moveIntoRunBefore,
  ok,
  refuse,
  shippedLayers,
  type Fix,
  type FixOutcome,
  type HidingGroup,
  type LayerModel,
  type ParsedDocument,
  type StageLayers,
} from '@dflint/core/rule-kit';
import { commandName, describeEntry, listEntries, storedHere } from '../wording';
import { copyFlagsFix } from './copy-flags-fix';
import { modeCommand } from './mode-commands';

export default defineRule({
  meta: {
    name: 'chmod-after-copy',
    description: 'chmod, chown, touch or an in-place edit of a file an earlier layer stored: the whole file is stored again',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: 'safe',
    aliases: [],
  },
  check({ document, layers, report }) {
    for (const stage of shippedLayers(document, layers)) {
      // a copied-up package cache is package-cache's (one finding per wasted byte)
      for (const group of hidingGroups(stage, ({ entry }) => entry.reason !== 'cache')) {
        if (group.how !== 'copy-up') continue;
        // a package manager rewriting its own state (dpkg's status, debconf, a lockfile) is waste
        // consecutive-run and delete-after-add name, with a fix: nothing here to chmod differently
        if (managerOfProgram(group.effect.command)) continue;
        const what =
          group.hidden.length === 1 ? `${describeEntry(group.hidden[0].entry)} is` : `${listEntries(group.hidden)} are`;
        report({
          range: group.effect.range,
          message:
            `${what} stored again by ${commandName(group.effect.command)} at line ${lineOf(group.effect.range)}: ` +
            `${describeBytes(group.bytes)} wasted`,
          wastedBytes: group.bytes,
          related: storedHere(group.hidden),
          fix: () => fixFor(document, layers, stage, group),
        });
      }
    }
  },
});

/**
 * Files one COPY stored: set mode and owner in the COPY. Files the RUN just before created: move
 * the chmod/chown/chgrp RUN into it. Anything else: no fix.
 */
function fixFor(document: ParsedDocument, layers: LayerModel, stage: StageLayers, group: HidingGroup): FixOutcome<Fix> {
  const adders = new Set(group.hidden.map(({ step }) => step));
  if (adders.size !== 1) return refuse('the files were stored by more than one step');
  const adder = stage.steps[group.hidden[0].step].instruction;
  if (adder.keyword === 'COPY' || adder.keyword === 'ADD') return copyFlagsFix(document, layers, stage, group);
  const run = hiderOf(group.hidden[0].entry)!.instruction;
  const outcome = moveIntoRunBefore(document, run, (command) => modeCommand(command)?.paths);
  if (!outcome.ok) return outcome;
  const move = outcome.value;
  if (move.into !== adder) return refuse(`the files were stored at line ${lineOf(adder.range)}, not by the RUN at line ${lineOf(move.into.range)} just before`);
  return ok({
    safety: 'safe',
    description: `move the RUN at line ${lineOf(run.range)} into the RUN at line ${lineOf(adder.range)} that stores them`,
    edits: move.edits,
    removes: fixRemovals(document, { merged: [run] }),
  });
}
