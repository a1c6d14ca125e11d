import type { Dockerfile } from 'dockerfile-ast';
import { buildInstruction, type InstructionContext } from './instruction';
import { KNOWN_INSTRUCTIONS } from './instruction-syntax';
import { notADockerfile } from './not-a-dockerfile';
import { DEFAULT_POSIX_SHELL, DEFAULT_WINDOWS_SHELL, looksLikeWindowsImage, shellInfoOf } from './shell-info';
import { findInstructions, type FoundDockerfile } from './instruction-finder';
import type { InstructionReuse } from './instruction-reuse';
import { LineIndex } from './line-index';
import { dependenciesOf, stageWithName } from './stage-graph';
import type { DockerfileModel, Instruction, Range, ShellInfo, Stage } from './types';

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/**
 * Parses a Dockerfile into the model every rule shares. Never throws: what Docker would reject,
 * or what cannot be read, is reported in `problems` and the rest still parses.
 *
 * dockerfile-ast finds the instructions, directives, comments and escape char; everything read
 * from an instruction's text (words, flags, JSON, heredocs, shell sources) is cut from the
 * original text here, because dockerfile-ast mangles JSON strings, leaks comment lines into
 * arguments and counts heredoc bodies as arguments. A leading BOM is handled by dockerfile-ast
 * itself (0.7.1 skips it and reports positions in the original text), so the text is parsed as
 * given and every range points into it.
 *
 * With `reuse`, instructions a previous parse built from the same lines are kept, not rebuilt.
 */
export function parseDockerfile(text: string, reuse?: InstructionReuse): DockerfileModel {
  const index = reuse ? reuse.lineIndex() : new LineIndex(text);
  const model: DockerfileModel = {
    text,
    lines: index,
    bom: text.startsWith('\uFEFF'),
    eol: index.eol(),
    escapeChar: '\\',
    directives: [],
    comments: [],
    instructions: [],
    globalArgs: [],
    stages: [],
    problems: [],
  };
  let found: FoundDockerfile;
  try {
    found = findInstructions(text);
  } catch (error) {
    model.problems.push({ message: `could not parse the Dockerfile: ${messageOf(error)}`, range: index.rangeOf(0, 0) });
    return model;
  }
  model.escapeChar = found.ast.getEscapeCharacter();
  readDirectives(found.ast, index, model);
  for (const comment of found.comments) model.comments.push({ text: comment.text, range: index.rangeOf(comment.start, comment.end) });
  model.comments.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  readInstructions(found, index, model, reuse);
  // a README or a script: one problem saying so, not one per line
  const foreign = notADockerfile(model);
  if (foreign) model.problems.splice(0, model.problems.length, foreign);
  for (const stage of model.stages) stage.dependsOn = dependenciesOf(model, stage);
  return model;
}

function readDirectives(ast: Dockerfile, index: LineIndex, model: DockerfileModel): void {
  const seen = new Set<string>();
  for (const directive of ast.getDirectives()) {
    const name = directive.getName().toLowerCase();
    const range = copyRange(directive.getRange());
    if (!KNOWN_DIRECTIVES.has(name)) {
      // Docker treats an unknown directive as a plain comment
      const line = index.text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
      model.comments.push({ text: line.replace(/^\s*#/, '').trim(), range });
      continue;
    }
    const value = directive.getValue();
    if (seen.has(name)) model.problems.push({ message: `only one ${name} parser directive can be used`, range });
    if (name === 'escape' && value !== '\\' && value !== '`') {
      model.problems.push({ message: `invalid escape token '${value}': it must be \\ or \``, range });
    }
    seen.add(name);
    model.directives.push({ name, value, range });
  }
}

function readInstructions(found: FoundDockerfile, index: LineIndex, model: DockerfileModel, reuse: InstructionReuse | undefined): void {
  const context: InstructionContext = { index, escapeChar: model.escapeChar, problems: model.problems };
  const stages = new StageAssembler(model);
  for (const span of found.instructions) {
    // a line of only the escape char: BuildKit joins it to the next line, where it adds nothing
    if (span.keyword === model.escapeChar) continue;
    try {
      const stageIndex = stages.stageIndexFor(span.keyword);
      const shell = stages.currentShell();
      stages.add(reuse ? reuse.build(context, span, stageIndex, shell) : buildInstruction(context, span, stageIndex, shell));
    } catch (error) {
      // a bug here must cost one instruction, not the whole file
      const range = index.rangeOf(span.keywordStart, span.end);
      model.problems.push({ message: `could not read this instruction: ${messageOf(error)}`, range });
    }
  }
  stages.checkFrom();
}

/**
 * Groups instructions into stages as they come, and tracks the shell in force in each stage:
 * the latest SHELL, else the shell of the stage it builds on (`FROM <stage>`), else the
 * default for the base image's OS.
 */
class StageAssembler {
  private readonly shells: ShellInfo[] = [];
  private readonly windows: boolean[] = [];
  /** the first instruction other than ARG before any FROM */
  private beforeFrom: Instruction | undefined;

  constructor(private readonly model: DockerfileModel) {}

  stageIndexFor(keyword: string): number {
    return keyword === 'FROM' ? this.model.stages.length : this.model.stages.length - 1;
  }

  /** shared by the stage's instructions (nothing changes a ShellInfo): an editor's next parse compares it for each instruction it may reuse */
  currentShell(): ShellInfo {
    return this.shells[this.shells.length - 1] ?? DEFAULT_POSIX_SHELL;
  }

  add(instruction: Instruction): void {
    this.model.instructions.push(instruction);
    if (instruction.keyword === 'FROM') return this.startStage(instruction);
    const stage = this.model.stages[this.model.stages.length - 1];
    if (!stage) return this.addBeforeFirstFrom(instruction);
    stage.instructions.push(instruction);
    if (instruction.keyword === 'SHELL' && instruction.form === 'exec' && instruction.args.length > 0) {
      this.shells[stage.index] = shellInfoOf(instruction.args.map((arg) => arg.value));
    }
  }

  private addBeforeFirstFrom(instruction: Instruction): void {
    if (instruction.keyword === 'ARG') this.model.globalArgs.push(instruction);
    else if (KNOWN_INSTRUCTIONS.has(instruction.keyword)) this.beforeFrom ??= instruction;
  }

  /** Once all are added: a build needs a FROM, and only ARGs before it (reported once, where it first goes wrong). */
  checkFrom(): void {
    const { model, beforeFrom } = this;
    const report = (message: string, range: Range, kind?: 'before-from') => model.problems.push({ message, range, ...(kind ? { kind } : {}) });
    if (beforeFrom && model.stages.length > 0) report(`${beforeFrom.keyword} cannot come before the first FROM; only ARG can`, beforeFrom.keywordRange, 'before-from');
    else if (beforeFrom) report('there is no FROM: a build stage starts with FROM, and only ARG can come before it', beforeFrom.keywordRange, 'before-from');
    else if (model.stages.length > 0) return;
    else if (model.instructions.length > 0) report('there is no FROM: the Dockerfile has no build stage', model.instructions[0].keywordRange);
    else report('the Dockerfile has no instructions', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  }

  private startStage(from: Instruction): void {
    const index = this.model.stages.length;
    const base = from.args[0]?.value ?? '';
    const stage: Stage = { index, from, base, instructions: [from], dependsOn: [] };
    const name = stageNameOf(from);
    if (name !== undefined) stage.name = name;
    const baseStage = stageWithName(this.model.stages, base);
    if (baseStage) {
      stage.baseStage = baseStage.index;
      this.windows[index] = this.windows[baseStage.index];
      this.shells[index] = this.shells[baseStage.index];
    } else {
      this.windows[index] = looksLikeWindowsImage(this.withGlobalArgDefaults(base));
      this.shells[index] = this.windows[index] ? DEFAULT_WINDOWS_SHELL : DEFAULT_POSIX_SHELL;
    }
    this.model.stages.push(stage);
  }

  /** `$VAR` / `${VAR}` replaced by the global ARG defaults, enough to tell the base's OS */
  private withGlobalArgDefaults(reference: string): string {
    // most FROM lines name their image outright: no reference, no defaults to gather
    if (!reference.includes('$')) return reference;
    const defaults = new Map<string, string>();
    for (const arg of this.model.globalArgs) {
      for (const { key, value } of arg.pairs ?? []) if (key !== '' && value !== undefined) defaults.set(key, value);
    }
    return reference.replace(/\$\{(\w+)[^}]*\}|\$(\w+)/g, (match, braced?: string, bare?: string) => {
      return defaults.get((braced ?? bare) as string) ?? match;
    });
  }
}

function stageNameOf(from: Instruction): string | undefined {
  const [, as, name] = from.args;
  return as && name && as.value.toLowerCase() === 'as' ? name.value.toLowerCase() : undefined;
}

function copyRange(range: Range): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
