// The fix guard's second half (the first: parsesAsWell): a fix may add words, never lose any. Each
// piece of a document is counted by a key that does not depend on where it stands, so a fix's text,
// moved or merged, still counts, and the removals of fixes from several passes add up.

import type { FixRemovals } from '../engine/rule';
import { oncePerDocument } from '../once-per-document';
import type { ParsedDocument } from '../parse/document';
import type { ShellCommand } from '../parse/shell-types';
import type { Instruction } from '../parse/types';

interface Piece {
  key: string;
  /** a shell command's words: a fix may add words to a command (`pip install --no-cache-dir`) */
  words?: string[];
}

/** Keyword and flags of an instruction: what goes when it is merged into another. */
function ownPieces(instruction: Instruction, prefix: string): Piece[] {
  const keyword = prefix + instruction.keyword;
  return [
    { key: `instruction ${keyword}` },
    ...instruction.flags.map((flag) => ({ key: `flag ${keyword} --${flag.name}${flag.value === null ? '' : `=${flag.value}`}` })),
  ];
}

/** What an instruction holds: pairs, shell commands or arguments, heredoc bodies, an ONBUILD trigger. */
function heldPieces(document: ParsedDocument, instruction: Instruction, prefix: string): Piece[] {
  const keyword = prefix + instruction.keyword;
  const pieces: Piece[] = [];
  if (instruction.trigger) {
    pieces.push(...ownPieces(instruction.trigger, `${prefix}ONBUILD `), ...heldPieces(document, instruction.trigger, `${prefix}ONBUILD `));
  } else if (instruction.pairs) {
    for (const pair of instruction.pairs) pieces.push({ key: `pair ${keyword} ${pair.key}${pair.value === undefined ? '' : `=${expansions(pair.value, document.escapeChar)}`}` });
  } else if (instruction.scripts.length > 0) {
    const scripts = document.shellScripts(instruction);
    for (const script of scripts) {
      for (const command of script.commands) {
        const words = commandWords(command);
        pieces.push({ key: `command ${prefix}${words.join(' ')}`, words });
      }
    }
    // what the shell parser could not read into commands is kept word for word
    if (scripts.some((script) => script.hasErrors)) pieces.push({ key: `arguments ${keyword} ${instruction.argsText.trim().split(/\s+/).join(' ')}` });
  } else if (instruction.args.length > 0 || instruction.form !== 'none') {
    const values = instruction.keyword === 'FROM' ? fromWords(document, instruction) : instruction.args.map((arg) => arg.value);
    pieces.push({ key: `arguments ${keyword} ${instruction.form === 'exec' ? JSON.stringify(values) : values.join(' ')}` });
  }
  for (const heredoc of instruction.heredocs) pieces.push({ key: `heredoc ${keyword} <<${heredoc.name}\n${lineBreaks(heredoc.content)}` });
  return pieces;
}

/**
 * FROM's words with what Docker reads case-insensitively written alike: the `AS` keyword, the
 * stage name, and a base that names an earlier stage (`FROM base as Builder` is `FROM base AS builder`).
 */
function fromWords(document: ParsedDocument, from: Instruction): string[] {
  const words = from.args.map((arg) => arg.value);
  const stageNames = new Set(document.stages.flatMap((stage) => stage.name ?? []));
  return words.map((word, at) => {
    if (at > 0 && word.toUpperCase() === 'AS') return 'AS';
    if (at > 0 && words[at - 1].toUpperCase() === 'AS') return word.toLowerCase();
    return at === 0 && stageNames.has(word.toLowerCase()) ? word.toLowerCase() : word;
  });
}

/** Assignments, argv and redirects as written (line breaks normalised: a moved RUN takes the file's). */
function commandWords(command: ShellCommand): string[] {
  return [
    ...command.assignments.map((assignment) => `${assignment.name}=${lineBreaks(assignment.value?.raw ?? '')}`),
    ...command.argv.map((word) => lineBreaks(word.raw)),
    ...command.redirects.map((redirect) => `${redirect.fd ?? ''}${redirect.op}${lineBreaks(redirect.target?.raw ?? '')}`),
  ];
}

/**
 * A pair's value with `$name`, `${name}` and an escaped `$` written alike: a merged ENV requotes a
 * legacy `ENV key value` (`'$HOME'` becomes `\\$HOME`, `$PATH` becomes `${PATH}`).
 */
function expansions(value: string, escapeChar: string): string {
  return value.split(`${escapeChar}$`).join('$').replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1');
}

function lineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Every piece of a document: instructions, comments and parser directives. */
const documentPieces = oncePerDocument((document: ParsedDocument): Piece[] => [
  ...document.directives.map((directive) => ({ key: `directive # ${directive.name}=${directive.value}` })),
  ...document.comments.map((comment) => ({ key: `comment # ${comment.text}` })),
  ...document.instructions.flatMap((instruction) => [...ownPieces(instruction, ''), ...heldPieces(document, instruction, '')]),
]);

/** Rules build a fix's removals for every finding: the trigger lookup is made once per document, not once per fix. */
const onbuildTriggers = oncePerDocument(
  (document: ParsedDocument): ReadonlySet<Instruction> => new Set(document.instructions.flatMap((instruction) => (instruction.trigger ? [instruction.trigger] : []))),
);

/**
 * What a fix takes out of `document` on purpose, for Fix.removes: the keyword and flags of each
 * instruction `merged` into another (a RUN appended to the one before: its commands stay), and
 * the whole of each instruction `deleted` (a MAINTAINER a LABEL replaces), and each of `commands`
 * from the RUN that holds it (the rest of that RUN stays). Comments are never
 * removed: a fix that deletes a comment is rejected.
 */
export function fixRemovals(
  document: ParsedDocument,
  { merged = [], deleted = [], commands = [] }: { merged?: readonly Instruction[]; deleted?: readonly Instruction[]; commands?: readonly RemovedCommand[] },
): FixRemovals {
  // an ONBUILD trigger counts under its ONBUILD
  const triggers = onbuildTriggers(document);
  const prefixOf = (instruction: Instruction) => (triggers.has(instruction) ? 'ONBUILD ' : '');
  return {
    keywords: [...merged, ...deleted].flatMap((instruction) => ownPieces(instruction, prefixOf(instruction)).map((piece) => piece.key)),
    content: [
      ...deleted.flatMap((instruction) => heldPieces(document, instruction, prefixOf(instruction)).map((piece) => piece.key)),
      ...commands.map(({ instruction, command }) => `command ${prefixOf(instruction)}${commandWords(command).join(' ')}`),
    ],
  };
}

/** A shell command a fix takes out of a RUN that stays (`cd /app &&` that a WORKDIR replaces). */
export interface RemovedCommand {
  instruction: Instruction;
  command: ShellCommand;
}

/**
 * What a fix that rewrites shell commands of `instruction` in place takes out, for Fix.removes:
 * those commands as written (`apt install x` that becomes `apt-get install x`). They must go; what
 * replaces them is new text, which the guard does not count against the fix.
 */
export function rewrittenCommands(document: ParsedDocument, instruction: Instruction, commands: readonly ShellCommand[]): FixRemovals {
  const prefix = onbuildTriggers(document).has(instruction) ? 'ONBUILD ' : '';
  return { content: commands.map((command) => `command ${prefix}${commandWords(command).join(' ')}`) };
}

/**
 * What `after` lost of `before` beyond what the fixes say they remove, and what they say they
 * delete but is still there; [] when the fixed text kept everything. A shell command may have
 * gained words; two commands glued into one, or a comment that became part of a command, are lost.
 */
export function lostContent(before: ParsedDocument, after: ParsedDocument, removes: readonly (FixRemovals | undefined)[] = []): string[] {
  const problems: string[] = [];
  const original = countKeys(documentPieces(before));
  const expected = new Map(original);
  const found = countKeys(documentPieces(after));
  const left = new Map(found);
  const removedContent = new Map<string, number>();
  for (const removal of removes) {
    for (const key of removal?.keywords ?? []) add(expected, key, -1);
    for (const key of removal?.content ?? []) {
      add(expected, key, -1);
      add(removedContent, key, 1);
    }
  }
  const missingCommands: Piece[] = [];
  const byKey = new Map(documentPieces(before).map((piece) => [piece.key, piece]));
  for (const [key, wanted] of expected) {
    // a removal of something the text did not have asks for nothing
    const count = Math.max(0, wanted);
    const have = left.get(key) ?? 0;
    left.set(key, Math.max(0, have - count));
    const words = byKey.get(key)?.words;
    for (let missing = count - have; missing > 0; missing--) {
      if (words) missingCommands.push({ key, words });
      else problems.push(`lost: ${key}`);
    }
  }
  // commands a fix added words to: each original command needs its own longer command
  const spare = documentPieces(after).filter((piece) => piece.words && take(left, piece.key));
  for (const missing of missingCommands) {
    const at = spare.findIndex((piece) => isSubsequence(missing.words!, piece.words!));
    if (at < 0) problems.push(`lost: ${missing.key}`);
    else spare.splice(at, 1);
  }
  for (const [key, count] of removedContent) {
    if ((found.get(key) ?? 0) > (original.get(key) ?? 0) - count) problems.push(`still there, though a fix deletes it: ${key}`);
  }
  return problems;
}

/** True when `after` kept every piece of `before` the fixes do not say they remove (see lostContent). */
export function keepsContent(before: ParsedDocument, after: ParsedDocument, removes: readonly (FixRemovals | undefined)[] = []): boolean {
  return lostContent(before, after, removes).length === 0;
}

function countKeys(pieces: readonly Piece[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const piece of pieces) add(counts, piece.key, 1);
  return counts;
}

function add(counts: Map<string, number>, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Takes one of `key` from the counts, if one is left. */
function take(counts: Map<string, number>, key: string): boolean {
  const count = counts.get(key) ?? 0;
  if (count <= 0) return false;
  counts.set(key, count - 1);
  return true;
}

function isSubsequence(words: readonly string[], within: readonly string[]): boolean {
  let at = 0;
  for (const word of within) if (at < words.length && word === words[at]) at++;
  return at === words.length;
}
