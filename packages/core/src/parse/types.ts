// The parsed document every rule shares. Positions and ranges: see ./range.

import type { LineIndex } from './line-index';
import type { RawPair } from './pairs';
import type { Position, Range } from './range';

export type { Position, Range } from './range';

export interface Directive {
  /** lower-case directive name: `syntax`, `escape`, `check`, … */
  name: string;
  value: string;
  range: Range;
}

export interface Comment {
  /** text after `#`, trimmed */
  text: string;
  range: Range;
}

export interface Flag {
  /** without the leading `--` */
  name: string;
  /** null for a bare flag (`--link`) */
  value: string | null;
  range: Range;
}

export interface Heredoc {
  /** the delimiter word, without quotes or `<<`/`<<-` */
  name: string;
  /** body text between the marker line and the closing delimiter (no trailing delimiter line) */
  content: string;
  /** where the body starts in the document (the line after the marker line, column 0) */
  contentStart: Position;
  /** `<<-` strips leading tabs */
  stripTabs: boolean;
  /** the delimiter was quoted (`<<'EOF'`, `<<"EOF"`): no expansion in the body */
  quoted: boolean;
  range: Range;
}

/** An argument word of an instruction (after flags), with its value as Docker reads it. */
export interface Arg {
  value: string;
  range: Range;
}

/**
 * Shell source cut from the document so that, line by line, columns match the document:
 * source line r is document line `origin.line + r`, and on r = 0 column c is document column
 * `origin.character + c`; on later lines column c is column c.
 */
export interface ScriptSource {
  text: string;
  origin: Position;
  kind: 'shell-form' | 'heredoc';
}

/** The shell a RUN (or CMD/ENTRYPOINT in shell form) runs under, from SHELL and the base image. */
export interface ShellInfo {
  argv: string[];
  /** posix: sh/bash/ash/dash/zsh/ksh…; the others are not parsed as sh */
  kind: 'posix' | 'powershell' | 'cmd' | 'unknown';
}

/** A key (and value) of an ENV, LABEL or ARG, read as BuildKit reads it (see ./pairs). */
export type Pair = Omit<RawPair, 'start' | 'end'> & { range: Range };

export type InstructionForm = 'exec' | 'shell' | 'none';

export interface Instruction {
  /** upper-cased keyword (`RUN`, `FROM`, …), as Docker treats keywords case-insensitively */
  keyword: string;
  keywordRange: Range;
  /** the whole instruction, continuation lines and heredoc bodies included */
  range: Range;
  /** index into Document.stages; -1 for ARGs before the first FROM */
  stageIndex: number;
  flags: Flag[];
  /**
   * Argument words after the flags. For exec form these are the JSON strings decoded with
   * JSON.parse (spaces inside strings kept); for shell form, whitespace-separated words.
   */
  args: Arg[];
  /** exec form = a well-formed JSON array; a malformed one falls back to shell form */
  form: InstructionForm;
  /** the argument text after flags, as written (continuations and comment lines removed) */
  argsText: string;
  argsRange: Range | null;
  /** ENV, LABEL, ARG: what they set, in order (BuildKit's words, not `args`' blank-split ones) */
  pairs?: Pair[];
  heredocs: Heredoc[];
  /** RUN (and ONBUILD RUN): the shell sources to parse; empty for exec form */
  scripts: ScriptSource[];
  /** the shell this instruction runs under (RUN, CMD, ENTRYPOINT, HEALTHCHECK) */
  shell?: ShellInfo;
  /** ONBUILD: the trigger instruction, parsed like any other */
  trigger?: Instruction;
}

export interface Stage {
  index: number;
  /** `AS name`, lower-cased as Docker compares it; undefined when unnamed */
  name?: string;
  from: Instruction;
  /** the base image reference as written (`debian:bookworm`, `builder`, `scratch`, `$BASE`) */
  base: string;
  /** index of an earlier stage this one builds on (`FROM <stage>`) */
  baseStage?: number;
  /** the other stages it needs (its base, those it copies or mounts from), see ./stage-graph */
  dependsOn: number[];
  /** FROM first, then the stage's instructions in order */
  instructions: Instruction[];
}

export interface ParseProblem {
  message: string;
  range: Range;
  /** `before-from`: an instruction other than ARG before the first FROM (hadolint's DL3061) */
  kind?: 'before-from';
}

export interface DockerfileModel {
  /** the text as given (a BOM, if any, is kept here and reported by `bom`) */
  text: string;
  /** offsets ↔ positions over `text`, with the parser's line breaks (CR, LF, CRLF) */
  lines: LineIndex;
  bom: boolean;
  eol: '\n' | '\r\n';
  escapeChar: string;
  directives: Directive[];
  comments: Comment[];
  /** every instruction in document order, global ARGs included */
  instructions: Instruction[];
  globalArgs: Instruction[];
  stages: Stage[];
  /** things Docker would reject or that could not be read; the rest still parses */
  problems: ParseProblem[];
}
