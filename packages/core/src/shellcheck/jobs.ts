import { editDistance } from '../format/near-miss';
import { oncePerDocument } from '../once-per-document';
import { movedFrom } from '../parse/document';
import { instructionsWithTriggers } from '../parse/run-instructions';
import { baseChain, instructionsBeforeFirstFrom } from '../parse/stage-graph';
import { basename, shebangInterpreter } from '../parse/shell-info';
import type { DockerfileModel, Instruction, ScriptSource, Stage } from '../parse/types';

/** The dialects ShellCheck checks (`-s`). */
export type Dialect = 'sh' | 'bash' | 'dash' | 'ksh';

/** One RUN body to hand to ShellCheck, and how its positions map back to the document. */
export interface ShellcheckJob {
  /** the RUN (or ONBUILD RUN trigger) the script belongs to */
  instruction: Instruction;
  source: ScriptSource;
  dialect: Dialect;
  /** what ShellCheck reads: `preambleLines` lines declaring the known variables, then the body */
  text: string;
  preambleLines: number;
  /** identifies the check: the same key gives the same comments, in any document */
  key: string;
}

/** Set by Docker for every build (hadolint's list): never "referenced but not assigned". */
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy'];

const DIALECTS: Readonly<Record<string, Dialect>> = { sh: 'sh', bash: 'bash', dash: 'dash', ksh: 'ksh', mksh: 'ksh', ash: 'sh', busybox: 'sh' };

/** `$name`, `${name…` */
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/** `# hadolint shell=bash`, `# hadolint shell = powershell.exe` */
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/;

/**
 * Every POSIX-shell script of the document's RUNs (ONBUILD RUN triggers too) ShellCheck can read,
 * in document order. Scripts under shells it cannot check (PowerShell, cmd, zsh, fish…, or a
 * heredoc whose shebang names one) are left out.
 */
export const shellcheckJobs: (document: DockerfileModel) => ShellcheckJob[] = oncePerDocument((document) => {
  const shells = new ShellPragmas(document);
  const jobs: ShellcheckJob[] = [];
  // Docker rejects a RUN before the first FROM; its script is checked all the same
  addJobs(jobs, document, shells, instructionsBeforeFirstFrom(document));
  for (const stage of document.stages) jobs.push(...stageJobs(document, shells, stage));
  return jobs;
});

/** A stage's jobs as worked out for a version of its document, and what they were worked out from. */
interface KeptStageJobs {
  /** the instructions of the stage and of each stage it builds on (`FROM <stage>`), root first */
  chain: ReadonlyArray<readonly Instruction[]>;
  pragmas: string;
  jobs: readonly ShellcheckJob[];
}

/**
 * By the stage's FROM: an editor's next version keeps the instructions an edit did not touch (the
 * same objects, at the same lines), so a stage whose chain holds the same ones, under the same
 * `# hadolint shell=` comments, has the same jobs. Each edit walked every RUN again before.
 */
const keptStageJobs = new WeakMap<Instruction, KeptStageJobs>();

function stageJobs(document: DockerfileModel, shells: ShellPragmas, stage: Stage): readonly ShellcheckJob[] {
  const chain = baseChain(document, stage.index).map((index) => document.stages[index].instructions);
  const kept = keptStageJobs.get(stage.from);
  if (kept && kept.pragmas === shells.key && sameChain(kept.chain, chain)) return kept.jobs;
  let jobs = movedJobs(document, shells, stage, chain);
  if (!jobs) addJobs((jobs = []), document, shells, stage.instructions);
  keptStageJobs.set(stage.from, { chain, pragmas: shells.key, jobs });
  return jobs;
}

/**
 * The jobs of a stage an edit only moved (lines inserted or deleted above it): every instruction of
 * its chain the one before or moved from it (movedFrom), under the same `# hadolint shell=` comments
 * at the same lines. Each job is the same check (text, dialect, key) of the instruction now; undefined
 * when the stage must be worked out again. A moving edit of a 1,000-line file worked out ~30 stages again.
 */
function movedJobs(document: DockerfileModel, shells: ShellPragmas, stage: Stage, chain: ReadonlyArray<readonly Instruction[]>): ShellcheckJob[] | undefined {
  const from = movedFrom(document, stage.from)?.from;
  const kept = from && keptStageJobs.get(from);
  if (!kept || kept.pragmas !== shells.key || kept.chain.length !== chain.length) return undefined;
  const now = new Map<Instruction, Instruction>();
  for (let at = 0; at < chain.length; at++) {
    const before = kept.chain[at];
    if (before.length !== chain[at].length) return undefined;
    for (let place = 0; place < before.length; place++) {
      const was = before[place];
      const is = chain[at][place];
      if (is === was) continue;
      if (movedFrom(document, is)?.from !== was) return undefined;
      now.set(was, is);
      if (was.trigger && is.trigger) now.set(was.trigger, is.trigger);
    }
  }
  return kept.jobs.map((job) => {
    const instruction = now.get(job.instruction);
    return instruction ? { ...job, instruction, source: instruction.scripts[job.instruction.scripts.indexOf(job.source)] } : job;
  });
}

function sameChain(before: ReadonlyArray<readonly Instruction[]>, now: ReadonlyArray<readonly Instruction[]>): boolean {
  return before.length === now.length && before.every((instructions, at) => instructions.length === now[at].length && instructions.every((each, place) => each === now[at][place]));
}

function addJobs(jobs: ShellcheckJob[], document: DockerfileModel, shells: ShellPragmas, instructions: readonly Instruction[]): void {
  for (const { instruction, onbuild } of instructionsWithTriggers({ instructions }, 'RUN')) {
    if (instruction.scripts.length === 0) continue;
    const shell = shells.dialectAt(onbuild ?? instruction, instruction);
    if (shell === undefined) continue;
    const known = knownVariables(document, onbuild ?? instruction, onbuild !== undefined);
    for (const source of instruction.scripts) {
      const dialect = scriptDialect(source, shell);
      if (dialect) jobs.push(jobOf(instruction, source, dialect, known));
    }
  }
}

function jobOf(instruction: Instruction, source: ScriptSource, dialect: Dialect, known: readonly string[]): ShellcheckJob {
  // only the names the script mentions or nearly does (SC2153: "did you mean HTTP_PROXY?"), so the
  // same body gives the same key in every Dockerfile whatever else its stage declares
  const referenced = [...new Set(Array.from(source.text.matchAll(REFERENCE), (match) => match[1]))];
  const named = known.filter((name) => referenced.some((used) => used === name || (used.length > 2 && editDistance(used, name) <= 2)));
  // `NAME=1` as hadolint writes it: assigned, and a value that needs no quoting (ARG and ENV values are the Dockerfile's own)
  const preamble = named.length > 0 ? `export ${named.map((name) => `${name}=1`).join(' ')}\n` : '';
  const text = `${preamble}${source.text}\n`;
  return { instruction, source, dialect, text, preambleLines: preamble ? 1 : 0, key: `${dialect}\0${text}` };
}

/** A heredoc run as a script file by its shebang uses that shell; undefined: not a shell ShellCheck reads. */
function scriptDialect(source: ScriptSource, shell: Dialect): Dialect | undefined {
  if (source.kind !== 'heredoc') return shell;
  const interpreter = shebangInterpreter(source.text.split('\n', 1)[0]);
  return interpreter === null ? shell : dialectOf(interpreter);
}

/** `/bin/bash` → bash, `ash` → sh; undefined for a shell ShellCheck does not check. */
export function dialectOf(program: string): Dialect | undefined {
  return DIALECTS[basename(program).toLowerCase().replace(/\.exe$/, '')];
}

/**
 * The shell each RUN runs under, as hadolint reads it: the stage's SHELL (inherited through
 * `FROM <stage>`), or a `# hadolint shell=<name>` comment after it; such a comment before the first
 * FROM, ARG, ENV or SHELL is the default for every stage.
 */
class ShellPragmas {
  private readonly pragmas: { line: number; shell: string }[] = [];
  private readonly global: string | undefined;
  /** the pragmas and where they stand, as text: what the dialects depend on besides the instructions */
  readonly key: string;

  constructor(private readonly document: DockerfileModel) {
    for (const comment of document.comments) {
      const match = SHELL_PRAGMA.exec(comment.text);
      if (match) this.pragmas.push({ line: comment.range.start.line, shell: match[1] });
    }
    const first = document.instructions.find((each) => ['FROM', 'ARG', 'ENV', 'SHELL'].includes(each.keyword));
    this.global = this.pragmas.filter((pragma) => first === undefined || pragma.line < first.range.start.line).pop()?.shell;
    this.key = this.pragmas.length === 0 ? '' : JSON.stringify([this.global, this.pragmas]);
  }

  /**
   * The dialect in force where `at` stands (an ONBUILD for a trigger) for `run`, whose shell the parser
   * worked out; undefined when ShellCheck cannot check that shell.
   */
  dialectAt(at: Instruction, run: Instruction): Dialect | undefined {
    const shell = this.shellAt(at, run);
    return shell === undefined ? undefined : dialectOf(shell);
  }

  private shellAt(at: Instruction, instruction: Instruction): string | undefined {
    const stage = this.document.stages[at.stageIndex];
    const line = at.range.start.line;
    const own = stage ? this.pragmaIn(stage, line) : undefined;
    const lastShell = stage?.instructions.filter((each) => each.keyword === 'SHELL' && each.range.start.line < line).pop();
    if (own !== undefined && (!lastShell || own.line > lastShell.range.start.line)) return own.shell;
    if (lastShell) return this.program(instruction);
    const inherited = stage && this.inheritedPragma(stage);
    if (inherited !== undefined) return inherited;
    // no SHELL of its own: a SHELL of a stage it builds on, else the global pragma, else the default
    return stage && this.inheritsShell(stage) ? this.program(instruction) : (this.global ?? this.program(instruction));
  }

  /** the first word of the shell the parser found in force (`/bin/bash`), `env`'s operand for `/usr/bin/env bash` */
  private program(instruction: Instruction): string | undefined {
    const argv = instruction.shell?.argv ?? [];
    if (argv.length === 0) return undefined;
    if (basename(argv[0]) !== 'env') return argv[0];
    return argv.slice(1).find((word) => !word.startsWith('-') && !word.includes('='));
  }

  private pragmaIn(stage: Stage, beforeLine: number) {
    const from = stage.from.range.start.line;
    return this.pragmas.filter((pragma) => pragma.line > from && pragma.line < beforeLine).pop();
  }

  /** a pragma in a stage this one builds on (`FROM <stage>`), after that stage's last SHELL */
  private inheritedPragma(stage: Stage): string | undefined {
    for (let base = this.baseOf(stage); base; base = this.baseOf(base)) {
      const end = base.instructions[base.instructions.length - 1].range.end.line + 1;
      const pragma = this.pragmaIn(base, end);
      const lastShell = base.instructions.filter((each) => each.keyword === 'SHELL').pop();
      if (pragma && (!lastShell || pragma.line > lastShell.range.start.line)) return pragma.shell;
      if (lastShell) return undefined;
    }
    return undefined;
  }

  private inheritsShell(stage: Stage): boolean {
    for (let base = this.baseOf(stage); base; base = this.baseOf(base)) {
      if (base.instructions.some((each) => each.keyword === 'SHELL')) return true;
    }
    return false;
  }

  private baseOf(stage: Stage): Stage | undefined {
    return stage.baseStage === undefined ? undefined : this.document.stages[stage.baseStage];
  }
}

/**
 * The variables a RUN can count on: the proxies, and every ARG and ENV name before it in its stage
 * and the stages it builds on (`FROM <stage>`). An ONBUILD trigger runs in a later build, where
 * only the image's ENV survives, not its ARGs.
 */
function knownVariables(document: DockerfileModel, at: Instruction, trigger: boolean): string[] {
  const names = new Set(PROXY_VARIABLES);
  const line = at.range.start.line;
  for (let stage: Stage | undefined = document.stages[at.stageIndex], inherited = false; stage; inherited = true) {
    for (const instruction of stage.instructions) {
      if (!inherited && instruction.range.start.line >= line) break;
      if (instruction.keyword === 'ENV' || (instruction.keyword === 'ARG' && !trigger)) {
        for (const pair of instruction.pairs ?? []) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(pair.key)) names.add(pair.key);
      }
    }
    stage = stage.baseStage === undefined ? undefined : document.stages[stage.baseStage];
  }
  return [...names];
}
