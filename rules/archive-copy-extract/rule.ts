import {
  defineRule,
  deleteInstructionEdit,
  describeBytes,
  extractedArchives,
  fixRemovals,
  lineOf,
  METADATA_ONLY,
  ok,
  refuse,
  replaceInstructionEdit,
  shippedLayers,
  type ExtractedArchive,
  type Fix,
  type FixOutcome,
  type Instruction,
  type ParsedDocument,
  type Stage,
} from '@dflint/core/rule-kit';
import { commandName, sizeLabel } from '../wording';

export default defineRule({
  meta: {
    name: 'archive-copy-extract',
    description: 'an archive COPY/ADD brings in and a later RUN extracts: the archive stays in the COPY layer',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: 'unsafe',
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
          fix: () => addInsteadFix(document, document.stages[stage.index], copy, { archive, path, bytes, extract }),
        });
      }
    }
  },
});

/**
 * `ADD <archive> <dir>/` extracts a local tar itself, so a COPY whose only use is a RUN that
 * extracts it (and maybe deletes it) can become one ADD. Unsafe: ADD's extraction is not tar's
 * (ownership, permissions and which compressions it reads can differ), and ADD of an archive that
 * is not a tar copies it as a file.
 */
function addInsteadFix(document: ParsedDocument, stage: Stage, copy: Instruction, found: ExtractedArchive): FixOutcome<Fix> {
  const { extract, path } = found;
  if (copy.flags.length > 0 || copy.form !== 'shell' || copy.args.length !== 2) return refuse(`the ${copy.keyword} has flags, exec form or more than one source`);
  if (extract.stripComponents) return refuse('ADD cannot strip path components as tar --strip-components does');
  const source = copy.args[0].value;
  if (/[*?[\]\s]|^[a-z]+:\/\/|^git@/i.test(source)) return refuse('the source is a pattern, a URL or has spaces');
  const run = stage.instructions.find((instruction) => instruction.range.start.line === extract.range.start.line);
  if (!run || run.keyword !== 'RUN' || run.form !== 'shell') return refuse('the archive is not extracted by a shell-form RUN');
  const between = stage.instructions.slice(stage.instructions.indexOf(copy) + 1, stage.instructions.indexOf(run));
  if (between.some((instruction) => !METADATA_ONLY.has(instruction.keyword))) return refuse(`instructions other than metadata stand between the ${copy.keyword} and the RUN at line ${lineOf(run.range)}`);
  const commands = document.shellScripts(run).flatMap((script) => script.commands);
  const [first, ...rest] = commands;
  if (first?.name !== 'tar') return refuse(`ADD extracts only tar archives; the RUN at line ${lineOf(run.range)} unpacks with ${first?.name || 'another command'}`);
  if (!onlyRemoves(rest, path)) return refuse(`the RUN at line ${lineOf(run.range)} does more than tar -x and rm of the archive`);
  if (commands.some((command) => command.context.length > 0 || (command.join !== null && command.join !== '&&' && command.join !== ';'))) {
    return refuse(`the RUN at line ${lineOf(run.range)} is not a plain && or ; list`);
  }
  const into = extract.into.endsWith('/') ? extract.into : `${extract.into}/`;
  return ok({
    safety: 'unsafe',
    description: `ADD ${source} ${into} instead of COPY and tar`,
    edits: [replaceInstructionEdit(copy, `ADD ${copy.args[0].value} ${into}`), deleteInstructionEdit(run)],
    removes: fixRemovals(document, { deleted: [copy, run] }),
  });
}

/** `rm [-f|-r…] <archive>` and nothing else. */
function onlyRemoves(commands: ReturnType<ParsedDocument['shellScripts']>[number]['commands'], archive: string): boolean {
  if (commands.length > 1) return false;
  if (commands.length === 0) return true;
  const [rm] = commands;
  const operands = rm.argv.slice(1).filter((word) => !word.value.startsWith('-'));
  return rm.name === 'rm' && operands.length === 1 && operands[0].value === archive && !operands[0].dynamic;
}
