import type { Range } from './types';

/** A shell word with its Dockerfile range. */
export interface ShellWord {
  /** the word as the shell would see it after quote removal, when that is static */
  value: string;
  /** the word exactly as written */
  raw: string;
  /** contains parameter expansion, command substitution, globbing or arithmetic */
  dynamic: boolean;
  range: Range;
}

export interface ShellRedirect {
  /** `>`, `>>`, `<`, `&>`, `>&`, `<<`, `<<-`, `<<<`, … */
  op: string;
  fd?: number;
  target?: ShellWord;
  range: Range;
}

export interface ShellAssignment {
  name: string;
  value?: ShellWord;
  range: Range;
}

/** What encloses a command, outermost first. */
export type ShellContext =
  | 'if-condition' | 'if-body' | 'else-body'
  | 'loop' | 'case' | 'subshell' | 'group' | 'substitution' | 'function' | 'background';

/** The operator that joins a command to the one before it in the same list. */
export type ShellJoin = '&&' | '||' | ';' | '|' | '&' | 'newline' | null;

export interface ShellCommand {
  /** argv[0] is the command name; empty for a bare assignment or redirect */
  argv: ShellWord[];
  /** argv[0]'s basename without path (`/usr/bin/apt-get` → `apt-get`), '' if none or dynamic */
  name: string;
  assignments: ShellAssignment[];
  redirects: ShellRedirect[];
  range: Range;
  join: ShellJoin;
  context: ShellContext[];
}

/** A pipe operator of a pipeline, with the stage before it (a simple command, or `{ …; }`, `( … )`, a loop). */
export interface ShellPipe {
  /** the `|` or `|&` */
  range: Range;
  /** the stage that feeds it */
  left: Range;
}

export interface ShellScript {
  /** every simple command in source order, nested ones included (see `context`) */
  commands: ShellCommand[];
  /** tree-sitter found errors; the commands that could be read are still listed */
  hasErrors: boolean;
  /** why no commands were read at all (the script nests too deep), when that is so */
  unanalyzed?: string;
  /** a top-level `set -e`/`set -o errexit` or a `-e` in the shell's argv */
  errexit: boolean;
  /** the pipes (`|`, `|&`) of pipelines, nested ones included, in source order */
  pipes: ShellPipe[];
  range: Range;
}
