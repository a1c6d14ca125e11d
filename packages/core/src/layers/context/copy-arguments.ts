import { heredocMarkerOf } from '../../parse/heredocs';
import { splitWords } from '../../parse/instruction-words';
import type { Heredoc, Instruction } from '../../parse/types';
import type { StepEnvironment } from '../stage-env';
import { resolveImagePath } from '../paths';
import { expandVariables } from './expand-variables';

/** One source of a COPY/ADD, its variables expanded from the step's ARG/ENV. */
export type CopySource =
  | { kind: 'path'; text: string }
  | { kind: 'heredoc'; name: string; size: number; exact: boolean }
  | { kind: 'remote'; text: string }
  | { kind: 'unresolved'; text: string; unknown: string[] };

export interface CopyArguments {
  sources: CopySource[];
  /** absolute destination in the image */
  dest: string;
  /** files go to `dest/<name>`: several sources, a trailing `/`, or `.` */
  destIsDirectory: boolean;
  /** `--parents`: each source keeps its context path under dest */
  parents: boolean;
  /** `--exclude` patterns */
  excludes: string[];
  notes: string[];
}

/** Reads the sources and the destination of a COPY or ADD; undefined when it has no destination. */
export function readCopyArguments(
  instruction: Instruction,
  environment: StepEnvironment,
  escapeChar: string,
): CopyArguments | undefined {
  const words = rawWords(instruction, escapeChar);
  if (words.length < 2) return undefined;
  const notes: string[] = [];
  const expand = (raw: string) => expandVariables(raw, environment.env, { escapeChar, quotes: words.quotes });
  const sources = words.slice(0, -1).map((raw) => readSource(raw, instruction, expand, environment, escapeChar));
  const destWord = expand(words[words.length - 1]);
  if (destWord.unknown.length > 0) {
    notes.push(`the destination uses ${variableList(destWord.unknown)}, not known here: paths keep the reference as written`);
  }
  if (environment.workdirUnresolved && !destWord.value.startsWith('/')) {
    notes.push('the destination is relative to a WORKDIR that uses a variable not known here');
  }
  const destText = destWord.value;
  return {
    sources,
    dest: resolveImagePath(environment.workdir, destText),
    destIsDirectory: sources.length > 1 || /(^|\/)\.{0,2}$/.test(destText) || destText.endsWith('/'),
    parents: flagIsOn(instruction, 'parents'),
    excludes: instruction.flags.filter((flag) => flag.name === 'exclude' && flag.value).map((flag) => flag.value as string),
    notes,
  };
}

/** Raw words as written (shell form), or the decoded JSON strings (exec form). */
function rawWords(instruction: Instruction, escapeChar: string): string[] & { quotes: boolean } {
  const values = instruction.args.map((arg) => arg.value);
  if (instruction.form !== 'exec') {
    const raw = splitWords(instruction.argsText, escapeChar).map((word) => word.raw);
    if (raw.length === values.length) return Object.assign(raw, { quotes: true });
  }
  return Object.assign(values, { quotes: false });
}

function readSource(
  raw: string,
  instruction: Instruction,
  expand: (raw: string) => { value: string; unknown: string[] },
  environment: StepEnvironment,
  escapeChar: string,
): CopySource {
  const heredoc = heredocOf(raw, instruction.heredocs);
  if (heredoc) return heredocSource(heredoc, environment, escapeChar);
  const expansion = expand(raw);
  if (instruction.keyword === 'ADD' && isRemote(expansion.value)) return { kind: 'remote', text: expansion.value };
  if (expansion.unknown.length > 0) return { kind: 'unresolved', text: expansion.value, unknown: expansion.unknown };
  return { kind: 'path', text: expansion.value };
}

function heredocOf(raw: string, heredocs: Heredoc[]): Heredoc | undefined {
  const marker = heredocMarkerOf(raw);
  return marker ? heredocs.find((heredoc) => heredoc.name === marker.name) : undefined;
}

/**
 * A heredoc's bytes: its content (tabs stripped for `<<-`), variables expanded unless the
 * delimiter is quoted. A variable with no known value makes the size a lower bound.
 */
function heredocSource(heredoc: Heredoc, environment: StepEnvironment, escapeChar: string): CopySource {
  const content = heredoc.stripTabs ? heredoc.content.replace(/^\t+/gm, '') : heredoc.content;
  if (heredoc.quoted || !content.includes('$')) {
    return { kind: 'heredoc', name: heredoc.name, size: Buffer.byteLength(content, 'utf8'), exact: true };
  }
  const expansion = expandVariables(content, environment.env, { escapeChar });
  if (expansion.unknown.length === 0) {
    return { kind: 'heredoc', name: heredoc.name, size: Buffer.byteLength(expansion.value, 'utf8'), exact: true };
  }
  // what is left when every unknown variable is empty: the content is at least that long
  const withEmpty = new Map(environment.env);
  for (const name of expansion.unknown) withEmpty.set(name, '');
  const shortest = expandVariables(content, withEmpty, { escapeChar }).value;
  return { kind: 'heredoc', name: heredoc.name, size: Buffer.byteLength(shortest, 'utf8'), exact: false };
}

/** What ADD fetches instead of reading the context: URLs and git repositories. */
export function isRemote(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || source.startsWith('git@') || source.startsWith('github.com/');
}

function flagIsOn(instruction: Instruction, name: string): boolean {
  const flag = instruction.flags.find((candidate) => candidate.name === name);
  return flag !== undefined && flag.value !== 'false';
}

export function variableList(names: string[]): string {
  return names.map((name) => `$${name}`).join(', ');
}
