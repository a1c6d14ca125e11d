import {
  appendToRunEdit,
  deleteInstructionEdit,
  describeBytes,
  directiveAbove,
  joinWords,
  lineOf,
  METADATA_ONLY,
  rangeKey,
  sumBytes,
  type Bytes,
  type Instruction,
  type ParsedDocument,
  type PlacedEntry,
  type Range,
  type RelatedLocation,
  type ShellCommand,
  type ShellWord,
  type StoredEntry,
  type TextEdit,
} from '@dflint/core';

// What the layer-bloat rules' messages share: wording hidden entries.


/** `3.0 MiB`, `at least 3.0 MiB`, `size unknown`: a size in parentheses after a path. */
export function sizeLabel(bytes: Bytes): string {
  return bytes.estimate === 'unknown' ? 'size unknown' : describeBytes(bytes);
}

/** `/a (1.0 MiB, line 2), /b (…, line 3) and 4 more`: the largest first, at most `shown` of them. */
export function listEntries(hidden: readonly PlacedEntry[], shown = 3): string {
  const items = [...hidden]
    .sort((a, b) => b.entry.bytes.value - a.entry.bytes.value || a.entry.path.localeCompare(b.entry.path))
    .map(({ entry }) => `${entry.path} (${sizeLabel(entry.bytes)}, line ${lineOf(entry.effect.range)})`);
  if (items.length <= shown) return joinWords(items);
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

/** `/big.bin (3.0 MiB) added at line 2`, or `… copied up by chmod at line 4` for a copy-up. */
export function describeEntry(entry: StoredEntry): string {
  const where = entry.reason === 'copy-up' ? `copied up by ${commandName(entry.effect.command)} at line` : 'added at line';
  return `${entry.path} (${sizeLabel(entry.bytes)}) ${where} ${lineOf(entry.effect.range)}`;
}

/** `chmod`, or `` `>>` `` for a command that is not a word. */
export function commandName(command: string): string {
  return /^[\w.+-]+$/.test(command) ? command : `\`${command}\``;
}

/** One related location per distinct command that stored a hidden entry. */
export function storedHere(hidden: readonly PlacedEntry[]): RelatedLocation[] {
  const byRange = new Map<string, { range: Range; bytes: Bytes[]; paths: string[] }>();
  for (const { entry } of hidden) {
    const key = rangeKey(entry.effect.range);
    const place = byRange.get(key) ?? { range: entry.effect.range, bytes: [], paths: [] };
    place.bytes.push(entry.bytes);
    place.paths.push(entry.path);
    byRange.set(key, place);
  }
  return [...byRange.values()].map(({ range, bytes, paths }) => {
    const what = paths.length === 1 ? paths[0] : `${paths.length} of these files`;
    return { range, message: `stores ${what} (${sizeLabel(sumBytes(bytes))})` };
  });
}

// ---- moving a RUN's commands into the RUN before it ----------------------------------------------

/** The RUN a later RUN can be moved into, and the edits that do it. */
export interface RunMove {
  into: Instruction;
  edits: TextEdit[];
}

/**
 * Moves `later`, a RUN whose every command `paths` accepts, to the end of the RUN before it
 * (only metadata-only instructions between) and deletes it. The earlier RUN ends with the
 * filesystem, environment, directory, user and shell the later one started with, so its script
 * does the same there. `paths` gives a command's path operands, or undefined when the command
 * is not one to move; relative or dynamic paths need a script that leaves shell state alone.
 * Refused for RUNs with flags (`--mount`, `--network`, …) on the moved RUN, mounts on the
 * receiving one (a mount could cover a moved path), and what appendToRunEdit refuses.
 */
export function moveIntoRunBefore(
  document: ParsedDocument,
  later: Instruction,
  paths: (command: ShellCommand) => ShellWord[] | undefined,
): RunMove | string {
  if (later.keyword !== 'RUN' || later.form !== 'shell' || later.heredocs.length > 0) return 'not a shell-form RUN';
  if (later.flags.length > 0) return 'the RUN has flags';
  const stage = document.stages[later.stageIndex];
  let at = stage.instructions.indexOf(later) - 1;
  while (at >= 0 && METADATA_ONLY.has(stage.instructions[at].keyword)) at--;
  const before = at >= 0 ? stage.instructions[at] : undefined;
  if (before?.keyword !== 'RUN') return 'no RUN comes right before it';
  if (before.flags.some((flag) => flag.name === 'mount')) return 'the RUN before it has mounts';
  const scripts = document.shellScripts(later);
  if (scripts.length !== 1 || scripts[0].hasErrors) return 'the script does not parse';
  let readsShellState = false;
  for (const command of scripts[0].commands) {
    const operands = topLevel(command) ? paths(command) : undefined;
    if (!operands) return `line ${lineOf(command.range)}: \`${command.name || command.argv[0]?.raw || '…'}\` is not a command to move`;
    // not every way a script sets a variable is seen (`${X:=v}`, `X=1 :`): variables are not moved at all
    if (command.argv.some((word) => /[$`]/.test(word.raw))) return `line ${lineOf(command.range)}: the command uses variables`;
    readsShellState ||= command.argv.some((word) => word.dynamic) || operands.some((word) => !word.value.startsWith('/'));
  }
  const directive = directiveAbove(document, later);
  if (directive) return directive;
  // the script's lines through the end of the RUN's last line, as \n-separated text
  const through = { line: later.range.end.line + 1, character: 0 };
  const text = document.lines.textIn({ start: later.argsRange!.start, end: through }).replace(/\r\n/g, '\n').replace(/[\s;]+$/, '');
  const append = appendToRunEdit(document, before, text, { readsShellState });
  if (typeof append === 'string') return append;
  return { into: before, edits: [append, deleteInstructionEdit(later)] };
}

/** A simple command at the top of the script, without redirects or assignments, in an `&&`/`;` list. */
function topLevel(command: ShellCommand): boolean {
  return (
    command.context.length === 0 &&
    command.redirects.length === 0 &&
    command.assignments.length === 0 &&
    (command.join === null || command.join === '&&' || command.join === ';' || command.join === 'newline')
  );
}
