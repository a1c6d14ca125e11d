// What the rules about commands in RUN (pointless-command, cd-in-run, sudo-in-run,
// useradd-without-no-log-init, shell-symlink, pipe-without-pipefail) share: the RUNs to look at,
// with their commands, and how their messages name commands.
import { instructionsWithTriggers, oncePerDocument, runCommands, type Instruction, type ParsedDocument, type ShellCommand, type ShellWord } from '@dflint/core/rule-kit';

export interface RunCommands {
  run: Instruction;
  /** the ONBUILD holding `run`, when it is a trigger */
  onbuild?: Instruction;
  /** every simple command of the RUN, nested ones included, in source order */
  commands: ShellCommand[];
}

/**
 * Every RUN of a section (a stage, or what stands before the first FROM: its `instructions`) with its
 * commands; with `onbuild`, each `ONBUILD RUN` trigger too (where hadolint applies the rule inside
 * ONBUILD). Exec-form RUNs have no commands and are left out.
 */
export function runsWithCommands(document: ParsedDocument, instructions: readonly Instruction[], { onbuild }: { onbuild: boolean }): readonly RunCommands[] {
  const runs = runsIn(document, instructions);
  return onbuild ? runs.withCommands : runs.topLevel;
}

/**
 * Every RUN and RUN trigger of a section, in order, with its commands (heredoc bodies included),
 * exec-form RUNs with none: the list the RUN rules here and in pm-flags-shared.ts start from. Read-only.
 */
export function everyRunWithCommands(document: ParsedDocument, instructions: readonly Instruction[]): readonly RunCommands[] {
  return runsIn(document, instructions).every;
}

interface SectionRuns {
  every: readonly RunCommands[];
  withCommands: readonly RunCommands[];
  topLevel: readonly RunCommands[];
}

// a dozen rules ask for the same section's runs: each list made once per section (its instructions),
// kept per document (one weak entry per document: weak entries cost the garbage collector)
const sectionRuns = oncePerDocument((_document: ParsedDocument) => new Map<readonly Instruction[], SectionRuns>());

function runsIn(document: ParsedDocument, instructions: readonly Instruction[]): SectionRuns {
  const bySection = sectionRuns(document);
  let runs = bySection.get(instructions);
  if (!runs) {
    const every = instructionsWithTriggers({ instructions }, 'RUN').map(({ instruction, onbuild }) => runWithCommands(document, instruction, onbuild));
    const withCommands = every.filter(({ commands }) => commands.length > 0);
    runs = { every, withCommands, topLevel: withCommands.filter((checked) => !checked.onbuild) };
    bySection.set(instructions, runs);
  }
  return runs;
}

/**
 * A RUN's entry, kept while the RUN is: the editor's next version of the document reuses the
 * instructions an edit did not touch, and so their entries and what rules found in them.
 */
function runWithCommands(document: ParsedDocument, run: Instruction, onbuild: Instruction | undefined): RunCommands {
  const kept = RUNS_WITH_COMMANDS.get(run);
  if (kept !== undefined && kept.onbuild === onbuild) return kept;
  const entry = { run, onbuild, commands: runCommands(document, run) };
  RUNS_WITH_COMMANDS.set(run, entry);
  return entry;
}

const RUNS_WITH_COMMANDS = new WeakMap<Instruction, RunCommands>();

/** `` `sudo` ``, `` `ps` and `top` ``: distinct names, each quoted, in the order they come. */
export function quotedNames(names: readonly string[]): string {
  const distinct = [...new Set(names)].map((name) => `\`${name}\``);
  if (distinct.length <= 1) return distinct.join('');
  return `${distinct.slice(0, -1).join(', ')} and ${distinct[distinct.length - 1]}`;
}

/** A command as written, words joined by one space, cut to `max` characters (`` ln -sf /bin/bash /bin/sh ``). */
export function commandText(command: ShellCommand, max = 60): string {
  const text = command.argv.map((word) => word.raw.replace(/\s+/g, ' ')).join(' ');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export interface ParsedOptions {
  /** option name (`-u`, `--uid`) → its value word(s) or true; a short cluster `-lm` sets `-l` and `-m` */
  options: Map<string, Array<ShellWord | true>>;
  operands: ShellWord[];
}

/**
 * getopt-style reading of a command's arguments: `shortValues` are the short options that take a
 * value (attached `-u1000` or the next word), `longValues` the long ones (`--uid=1000` or the next
 * word); `--` ends the options. A dynamic word is read for its written text.
 */
export function parseCommandOptions(command: ShellCommand, shortValues: string, longValues: readonly string[]): ParsedOptions {
  const options = new Map<string, Array<ShellWord | true>>();
  const operands: ShellWord[] = [];
  const set = (name: string, value: ShellWord | true) => options.set(name, [...(options.get(name) ?? []), value]);
  const args = command.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.dynamic ? word.raw : word.value;
    if (text === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (text.startsWith('--')) {
      const [name, ...inline] = text.split('=');
      if (inline.length > 0) set(name, { ...word, value: inline.join('='), raw: inline.join('=') });
      else if (longValues.includes(name.slice(2)) && i + 1 < args.length) set(name, args[++i]);
      else set(name, true);
    } else if (text.startsWith('-') && text.length > 1) {
      for (let c = 1; c < text.length; c++) {
        const flag = `-${text[c]}`;
        if (!shortValues.includes(text[c])) {
          set(flag, true);
          continue;
        }
        const attached = text.slice(c + 1);
        if (attached) set(flag, { ...word, value: attached, raw: attached });
        else if (i + 1 < args.length) set(flag, args[++i]);
        break;
      }
    } else {
      operands.push(word);
    }
  }
  return { options, operands };
}
