import { lineOf, ok, readInstall, refuse, resolveImagePath, type Fix, type FixOutcome, type Install, type Instruction, type ParsedDocument, type ShellCommand, type StepEnvironment, type TextEdit } from '@dflint/core/rule-kit';
import { contextSources, isBroadCopy, isWholeContext, nameMatches } from './context-copies';

/** Instructions an install can move up across without changing what it sees: metadata only. */
const TRANSPARENT = new Set(['LABEL', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER', 'ONBUILD']);

/** Flags of the source COPY that the manifests COPY keeps, so they get the same owner and mode. */
const KEPT_COPY_FLAGS = new Set(['chown', 'chmod']);

export interface FixInput {
  document: ParsedDocument;
  /** the stage's instructions */
  steps: readonly Instruction[];
  /** index of the first broad COPY */
  broadAt: number;
  /** index of the RUN with the install */
  runAt: number;
  /** index of the first step after the broad COPY an install cannot move up across (`firstBarrier`) */
  movableUntil: number;
  /** the environment the RUN starts in */
  environment: StepEnvironment | undefined;
}

/**
 * Moves the install commands at the head of the RUN up before the broad COPY, preceded by a COPY of
 * the manifests the stage has not copied yet; the rest of the RUN stays where it was. Refused,
 * with the reason, when that could change what the install sees or does.
 */
export function planFix({ document, steps, broadAt, runAt, movableUntil, environment }: FixInput): FixOutcome<Fix> {
  const copy = steps[broadAt];
  const run = steps[runAt];
  if (!environment) return refuse('the RUN\'s environment is not known');
  if (movableUntil < runAt) return refuse(`the install cannot move up across the ${steps[movableUntil].keyword} at line ${lineOf(steps[movableUntil].range)}`);
  const head = installHead(document, run);
  if (!head) return refuse('the RUN does not start with installs that need only manifests, joined by &&');
  const missing = head.installs.filter((install) => !manifestsInPlace(install, run, steps.slice(0, broadAt)));
  const sources = [...new Set(missing.flatMap((install) => install.copySources ?? []))];
  if (missing.some((install) => !install.copySources)) return refuse('dflint does not know which manifest files the install reads');
  const copyLine = sources.length ? manifestsCopy(document, copy, sources, environment) : '';
  if (copyLine === undefined) return refuse(`the ${copy.keyword} at line ${lineOf(copy.range)} does not copy the whole context into the RUN's working directory`);

  const { lines } = document;
  const indent = /^[ \t]*/.exec(lines.lineText(copy.range.start.line))![0];
  const flags = run.flags.map((flag) => lines.textIn(flag.range));
  const runLine = [lines.textIn(run.keywordRange), ...flags, lines.textIn({ start: head.commands[0].range.start, end: head.commands[head.commands.length - 1].range.end })].join(' ');
  const insert: TextEdit = {
    range: { start: { line: copy.range.start.line, character: 0 }, end: { line: copy.range.start.line, character: 0 } },
    newText: `${copyLine ? `${indent}${copyLine}\n` : ''}${indent}${runLine}\n`,
  };
  const removed: TextEdit = head.rest
    ? { range: { start: head.commands[0].range.start, end: head.rest.range.start }, newText: '' }
    : { range: { start: { line: run.range.start.line, character: 0 }, end: { line: run.range.end.line + 1, character: 0 } }, newText: '' };
  const what = sources.length ? `copy ${sources.join(' ')} and run` : 'run';
  return ok({
    safety: 'unsafe',
    description: `${what} the install before line ${copy.range.start.line + 1}`,
    edits: [insert, removed],
  });
}

/** Index of the first step after `broadAt` that is neither metadata nor another broad COPY; `steps.length` when none. */
export function firstBarrier(steps: readonly Instruction[], broadAt: number): number {
  const at = steps.findIndex((step, index) => index > broadAt && !TRANSPARENT.has(step.keyword) && !isBroadCopy(step));
  return at < 0 ? steps.length : at;
}

interface InstallHead {
  /** the leading install commands of the RUN */
  commands: ShellCommand[];
  installs: Install[];
  /** the command after them, joined with `&&`; undefined when the installs are the whole RUN */
  rest?: ShellCommand;
}

/**
 * The installs a RUN starts with, joined by `&&` and needing only manifests; undefined when the
 * RUN does not start with one or is not a plain shell-form POSIX RUN.
 */
function installHead(document: ParsedDocument, run: Instruction): InstallHead | undefined {
  if (run.form !== 'shell' || run.heredocs.length > 0 || run.shell?.kind !== 'posix') return undefined;
  const scripts = document.shellScripts(run);
  if (scripts.length !== 1 || scripts[0].hasErrors) return undefined;
  const { commands } = scripts[0];
  const installs: Install[] = [];
  for (const [index, command] of commands.entries()) {
    const install = command.context.length === 0 && (index === 0 || command.join === '&&') ? readInstall(command) : undefined;
    if (!install || install.needsSource) {
      if (index === 0 || command.join !== '&&' || command.context.length > 0) return undefined;
      return { commands: commands.slice(0, index), installs, rest: command };
    }
    installs.push(install);
  }
  return { commands, installs };
}

/** The manifests are there before the source: copied earlier in the stage, or bind-mounted into the RUN. */
function manifestsInPlace(install: Install, run: Instruction, before: readonly Instruction[]): boolean {
  if (run.flags.some((flag) => flag.name === 'mount' && /(^|,)type=bind(,|$)/.test(flag.value ?? ''))) return true;
  return before.some((step) =>
    (contextSources(step) ?? []).some((source) => {
      const base = source.replace(/\/+$/, '').slice(source.replace(/\/+$/, '').lastIndexOf('/') + 1);
      return install.requires.some((name) => nameMatches(base, name));
    }),
  );
}

/**
 * `COPY <flags> <sources> <dest>/` into the directory the broad COPY fills, when that is the whole
 * context copied to the RUN's working directory (so the manifests land where the install reads
 * them); undefined otherwise.
 */
function manifestsCopy(document: ParsedDocument, copy: Instruction, sources: string[], environment: StepEnvironment): string | undefined {
  const copied = contextSources(copy) ?? [];
  const dest = copy.args[copy.args.length - 1]?.value ?? '';
  if (copied.length !== 1 || !isWholeContext(copied[0]) || environment.workdirUnresolved) return undefined;
  if (!dest || /[\s$]/.test(dest) || resolveImagePath(environment.workdir, dest) !== environment.workdir) return undefined;
  const keyword = ['copy', 'add'].includes(document.lines.textIn(copy.keywordRange)) ? 'copy' : 'COPY';
  const flags = copy.flags.filter((flag) => KEPT_COPY_FLAGS.has(flag.name)).map((flag) => document.lines.textIn(flag.range));
  return [keyword, ...flags, ...sources, dest.endsWith('/') ? dest : `${dest}/`].join(' ');
}
