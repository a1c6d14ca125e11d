// The apt repositories a Dockerfile adds where they can be read (issue 16): a COPY/ADD from the
// build context to /etc/apt/sources.list(.d/), and a RUN writing such a file with literal text
// (`echo "deb …" > …`, `>>`, `printf '…'`, `echo … | tee [-a] …`). Each addition is tagged with the
// 0-based line that makes it; one that cannot be read is skipped with why (the loader notes it).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildContext } from '../layers/types';
import type { ShellCommand, ShellScript, ShellWord } from '../parse/shell-types';
import type { DockerfileModel, Instruction } from '../parse/types';
import { isAptSourcesFile, parseDeb822Sources, parseOneLineSources, type AptSource } from './apt-sources';

/** Sources one line of the Dockerfile adds to a stage chain. */
export interface AptSourcesAddition {
  /** 0-based: the COPY/ADD's first line, or the line of the command writing the file */
  line: number;
  /** the image path written, without the leading `/` (`etc/apt/sources.list.d/nodesource.list`) */
  file: string;
  sources: AptSource[];
}

/** An apt sources file a line writes that dflint cannot read, and why (completes "… not read: …"). */
export interface SkippedAptSources {
  line: number;
  file: string;
  reason: string;
}

/** Larger context files are not read as sources (a real sources file is a few hundred bytes). */
const MAX_SOURCES_BYTES = 64 * 1024;

/** The sources some lines add, and those they write that cannot be read. */
export interface AptSourcesWrites {
  added: AptSourcesAddition[];
  skipped: SkippedAptSources[];
}

/**
 * The additions the given stages (one chain's, in ascending order) make, in line order; `writtenBy`
 * gives a RUN's (aptSourcesWritten of its scripts).
 */
export function aptSourcesAdditions(
  document: DockerfileModel,
  stages: readonly number[],
  context: BuildContext | undefined,
  writtenBy: (instruction: Instruction) => AptSourcesWrites,
): AptSourcesWrites {
  const added: AptSourcesAddition[] = [];
  const skipped: SkippedAptSources[] = [];
  for (const index of stages) {
    for (const instruction of document.stages[index].instructions) {
      if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') copied(instruction, context, added, skipped);
      if (instruction.keyword !== 'RUN') continue;
      const writes = writtenBy(instruction);
      added.push(...writes.added);
      skipped.push(...writes.skipped);
    }
  }
  return { added, skipped };
}

/** What a RUN's parsed scripts write to apt sources files, in line order. */
export function aptSourcesWritten(scripts: readonly ShellScript[]): AptSourcesWrites {
  const added: AptSourcesAddition[] = [];
  const skipped: SkippedAptSources[] = [];
  for (const script of scripts) script.commands.forEach((command, i) => written(script.commands, i, added, skipped));
  return { added, skipped };
}

function copied(instruction: Instruction, context: BuildContext | undefined, added: AptSourcesAddition[], skipped: SkippedAptSources[]): void {
  const line = instruction.range.start.line;
  const copy = context?.copies.get(line);
  for (const file of copy?.files ?? []) {
    const path = file.path.replace(/^\/+/, '');
    if (!isAptSourcesFile(path)) continue;
    try {
      const full = join(context!.root, file.contextPath);
      if (statSync(full).size > MAX_SOURCES_BYTES) {
        skipped.push({ line, file: path, reason: `${file.contextPath} is larger than ${MAX_SOURCES_BYTES} bytes` });
        continue;
      }
      added.push({ line, file: path, sources: parsed(readFileSync(full, 'utf8'), path) });
    } catch (error) {
      skipped.push({ line, file: path, reason: `${file.contextPath} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
}

/** A command writing a sources file: its literal text is read, anything else skipped with why. */
function written(commands: readonly ShellCommand[], i: number, added: AptSourcesAddition[], skipped: SkippedAptSources[]): void {
  const command = commands[i];
  const line = command.range.start.line;
  const targets: string[] = [];
  for (const redirect of command.redirects) {
    if (!/^>>?$|^>\|$/.test(redirect.op) || (redirect.fd !== undefined && redirect.fd !== 1)) continue;
    const path = sourcesPath(redirect.target);
    if (path) targets.push(path);
  }
  let text: string | { reason: string } | undefined;
  if (command.name === 'tee') {
    const paths = command.argv.slice(1).filter((word) => !word.value.startsWith('-')).map(sourcesPath).filter((path): path is string => path !== undefined);
    if (paths.length === 0 && targets.length === 0) return;
    targets.push(...paths);
    const before = commands[i - 1];
    text = command.join === '|' && before ? (literalText(before) ?? { reason: `\`tee\` writes the output of \`${before.name || 'a command'}\`, not literal text` }) : { reason: '`tee` reads no piped `echo`/`printf` text' };
  } else {
    if (targets.length === 0) return;
    text = literalText(command);
  }
  for (const file of targets) {
    if (typeof text === 'string') added.push({ line, file, sources: parsed(text, file) });
    else skipped.push({ line, file, reason: text?.reason ?? `written by \`${command.name || command.argv[0]?.raw || 'a redirect'}\`, not literal text` });
  }
}

/** `/etc/apt/sources.list(.d/x.list)` as written (absolute and static), without its leading `/`; undefined otherwise. */
function sourcesPath(word: ShellWord | undefined): string | undefined {
  if (!word || word.dynamic || !word.value.startsWith('/')) return undefined;
  const path = word.value.replace(/^\/+/, '').replace(/\/{2,}/g, '/');
  return isAptSourcesFile(path) ? path : undefined;
}

/** The text `echo`/`printf` print when every word is static; why not otherwise; undefined for another command. */
function literalText(command: ShellCommand): string | { reason: string } | undefined {
  if (command.name !== 'echo' && command.name !== 'printf') return undefined;
  const words = command.argv.slice(1);
  const dynamic = words.find((word) => word.dynamic);
  if (dynamic) return { reason: `\`${dynamic.raw}\` is not literal` };
  const values = words.map((word) => word.value);
  if (command.name === 'echo') {
    let newline = true;
    let escapes = false;
    while (values.length > 0 && /^-[neE]+$/.test(values[0])) {
      const flags = values.shift()!;
      if (flags.includes('n')) newline = false;
      if (flags.includes('e')) escapes = true;
    }
    const text = values.join(' ');
    return (escapes ? unescaped(text) : text) + (newline ? '\n' : '');
  }
  const [format, ...args] = values;
  if (format === undefined) return { reason: '`printf` without a format' };
  const conversions = format.replace(/%%/g, '').match(/%./g) ?? [];
  if (conversions.length === 0) return unescaped(format).replace(/%%/g, '%');
  if (conversions.every((conversion) => conversion === '%s') && args.length > 0) {
    // printf reuses its format until the arguments run out
    const parts: string[] = [];
    for (let at = 0; at < args.length; at += conversions.length) {
      let n = at;
      parts.push(unescaped(format).replace(/%%|%s/g, (match) => (match === '%%' ? '%' : (args[n++] ?? ''))));
    }
    return parts.join('');
  }
  return { reason: `\`printf\` format \`${format}\` is not read` };
}

function unescaped(text: string): string {
  return text.replace(/\\([nt\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

function parsed(text: string, file: string): AptSource[] {
  return file.endsWith('.sources') ? parseDeb822Sources(text, file) : parseOneLineSources(text, file);
}
