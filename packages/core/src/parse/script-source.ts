import type { CommandLine } from './command-lines';
import { heredocMarkerOf } from './heredocs';
import { basename, shebangInterpreter, shellKindOf } from './shell-info';
import type { LineIndex } from './line-index';
import type { Heredoc, ScriptSource } from './types';
import type { Word } from './instruction-words';

export interface RunScriptInput {
  index: LineIndex;
  lines: CommandLine[];
  /** document offset of the first command word (after flags) */
  commandStart: number;
  /** the command words after flags */
  words: Word[];
  heredocs: Heredoc[];
  /** the instruction's last document line, heredoc delimiters included */
  lastLine: number;
}

/**
 * The shell sources of a shell-form RUN under a posix shell. A RUN that only hands heredocs to
 * a shell (`RUN <<EOF`, `RUN bash -e <<EOF`) yields one source per body, except bodies whose
 * shebang names another interpreter; any other RUN yields its command, and the heredoc bodies
 * after it when it has any (the shell reads them as heredoc redirects).
 */
export function runScriptSources(input: RunScriptInput): ScriptSource[] {
  if (input.heredocs.length > 0 && runsHeredocsAsScripts(input.words)) {
    return input.heredocs.filter((heredoc) => !startsWithForeignShebang(heredoc.content)).map(heredocScript);
  }
  const throughLine = input.heredocs.length > 0 ? input.lastLine : null;
  return [shellFormScript(input.index, input.lines, input.commandStart, throughLine)];
}

function runsHeredocsAsScripts(words: Word[]): boolean {
  const others = words.filter((word) => heredocMarkerOf(word.raw) === null);
  return others.length === 0 || isPosixShellReadingStdin(others);
}

/** `bash`, `sh -ex`, `/bin/bash -o pipefail -e`: a shell with options only, so it reads stdin */
function isPosixShellReadingStdin(words: Word[]): boolean {
  const [program, ...options] = words;
  if (shellKindOf(program.value) !== 'posix' || basename(program.value) === 'busybox') return false;
  for (let i = 0; i < options.length; i++) {
    const option = options[i].value;
    if (/^[-+]o$/.test(option)) i++;
    else if (!/^[-+][a-zA-Z]+$/.test(option) && !/^--[a-z-]+$/.test(option)) return false;
    else if (/^-[a-zA-Z]*c/.test(option)) return false;
  }
  return true;
}

function startsWithForeignShebang(content: string): boolean {
  const interpreter = shebangInterpreter(content.split('\n', 1)[0]);
  return interpreter !== null && shellKindOf(interpreter) !== 'posix';
}

function heredocScript(heredoc: Heredoc): ScriptSource {
  const text = heredoc.content.endsWith('\n') ? heredoc.content.slice(0, -1) : heredoc.content;
  return { text, origin: heredoc.contentStart, kind: 'heredoc' };
}

/**
 * The command cut from the document from `commandStart`, line for line, rewritten so a shell
 * sees what Docker runs without moving any column: continuations end in `\` (the escape char
 * and blanks after it are rotated, `` ` `` becomes `\`), comment and blank lines inside a
 * continuation become blanks ending in `\`, and a continuation with nothing after it is blanked.
 * With `throughLine`, the raw lines after the command up to it (heredoc bodies) are appended.
 */
export function shellFormScript(
  index: LineIndex,
  lines: CommandLine[],
  commandStart: number,
  throughLine: number | null,
): ScriptSource {
  const origin = index.positionAt(commandStart);
  const last = lines[lines.length - 1];
  const out: string[] = [];
  for (const line of lines) {
    if (line.line < origin.line) continue;
    const from = line.line === origin.line ? commandStart : index.lineStart(line.line);
    out.push(scriptLine(index.text.slice(from, index.lineEnd(line.line)), line, from, line === last));
  }
  for (let line = last.line + 1; throughLine !== null && line <= throughLine; line++) {
    out.push(index.lineText(line));
  }
  return { text: out.join('\n'), origin, kind: 'shell-form' };
}

function scriptLine(text: string, line: CommandLine, from: number, isLast: boolean): string {
  if (line.skipped) return ' '.repeat(text.length) + '\\';
  if (line.escapeAt === null) return text;
  const at = line.escapeAt - from;
  const afterEscape = text.slice(at + 1);
  return isLast ? text.slice(0, at) + ' ' + afterEscape : text.slice(0, at) + afterEscape + '\\';
}
