import type { DockerfileModel, Instruction } from '../parse/types';
import { expandVariables } from './context/expand-variables';
import { oncePerDocument } from '../once-per-document';
import { resolveImagePath } from './paths';

/** The state a build step starts in, from FROM, ARG, ENV, WORKDIR and USER before it. */
export interface StepEnvironment {
  /** absolute WORKDIR, `/` by default */
  workdir: string;
  /**
   * a WORKDIR used a variable with no known value: `workdir` then keeps that reference as
   * written (`/$APP_HOME/src`), a stand-in path no other known path can collide with
   */
  workdirUnresolved?: boolean;
  /** ENV values and ARGs with a known value, expanded where the references are known */
  env: ReadonlyMap<string, string>;
  /** USER as written (`root` by default) */
  user: string;
  /** HOME of that user: the ENV HOME, else the base image's /etc/passwd's, else `/root` for root and `/home/<user>` (a guess) */
  home: string;
}

/** What a stage's registry base image sets before its first instruction (its config), when resolved. */
export interface BaseEnvironment {
  /** `KEY=value` pairs (`PATH=…`, `GOPATH=/go`) */
  env: readonly string[];
  user?: string;
  workingDir?: string;
  /** the image's /etc/passwd, for its users' home directories */
  passwd?: string;
}

/** What the instructions so far have set; `undefined` values are set but not known statically. */
interface StageState {
  workdir: string;
  workdirUnresolved: boolean;
  user: string;
  /** the base image's /etc/passwd, when known */
  passwd?: string;
  /** ENV survives into stages built `FROM` this one */
  env: Map<string, string | undefined>;
  /** ARGs are scoped to the stage; an ENV of the same name wins over them */
  args: Map<string, string | undefined>;
}

/** The environment before an instruction (a global ARG, or one of a stage's); undefined for one of no stage of the document. */
export interface StageEnvironments {
  get(instruction: Instruction): StepEnvironment | undefined;
}

/**
 * The environment before each instruction of every stage (FROM <stage> inherits). Worked out once
 * per document: the model and several rules' fixes ask for it, some once per finding.
 */
export const stageEnvironments: (document: DockerfileModel) => StageEnvironments = oncePerDocument((document) => new EnvironmentsByStage(document, new Map()));

/**
 * The same, each stage `FROM` a resolved registry image starting from that image's config (its
 * ENV, USER, WORKDIR, as Docker does; the Dockerfile's own instructions override them).
 * `bases`: stage index → its base image's environment.
 */
export function stageEnvironmentsOver(document: DockerfileModel, bases: ReadonlyMap<number, BaseEnvironment>): StageEnvironments {
  return bases.size === 0 ? stageEnvironments(document) : new EnvironmentsByStage(document, bases);
}

/** The global ARGs (before the first FROM) whose defaults are known: what FROM lines may use. */
export const globalArgValues: (document: DockerfileModel) => ReadonlyMap<string, string> = oncePerDocument((document) => {
  const globals = new Map<string, string | undefined>();
  for (const instruction of document.globalArgs) declareArgs(instruction, globals, () => knownValues(globals), globals, document.escapeChar);
  return knownValues(globals);
});

/**
 * Works out a stage's environments when one of its instructions is first asked about, with those of
 * the stages of its FROM chain: an editor's next version rebuilds the layers of a stage or two, and
 * asks about those only.
 */
class EnvironmentsByStage implements StageEnvironments {
  private readonly byInstruction = new Map<Instruction, StepEnvironment>();
  /** the global ARGs, as each stage's ARGs see them */
  private readonly globals = new Map<string, string | undefined>();
  /** each stage's state after its last instruction, once worked out */
  private readonly ends: StageState[] = [];

  // the document's stages and escape char, not the document: this is kept in a WeakMap keyed by the document (oncePerDocument)
  private readonly stages: DockerfileModel['stages'];
  private readonly escapeChar: string;

  constructor(
    document: DockerfileModel,
    private readonly bases: ReadonlyMap<number, BaseEnvironment>,
  ) {
    this.stages = document.stages;
    this.escapeChar = document.escapeChar;
    const { globals } = this;
    for (const instruction of document.globalArgs) {
      this.byInstruction.set(instruction, environmentOf({ ...initialState(), args: new Map(globals) }));
      declareArgs(instruction, globals, () => knownValues(globals), globals, document.escapeChar);
    }
  }

  get(instruction: Instruction): StepEnvironment | undefined {
    const known = this.byInstruction.get(instruction);
    if (known !== undefined) return known;
    const stage = this.stages[instruction.stageIndex];
    if (stage === undefined || this.ends[stage.index] !== undefined) return undefined;
    this.endOf(stage.index);
    return this.byInstruction.get(instruction);
  }

  private endOf(index: number): StageState {
    const done = this.ends[index];
    if (done !== undefined) return done;
    const stage = this.stages[index];
    // a FROM names an earlier stage only: the chain ends
    const state = stage.baseStage === undefined ? initialState(this.bases.get(index)) : inheritedState(this.endOf(stage.baseStage));
    let snapshot: StepEnvironment | undefined;
    for (const instruction of stage.instructions) {
      snapshot ??= environmentOf(state);
      this.byInstruction.set(instruction, snapshot);
      if (applyInstruction(instruction, state, this.globals, this.escapeChar)) snapshot = undefined;
    }
    this.ends[index] = state;
    return state;
  }
}

function initialState(base?: BaseEnvironment): StageState {
  const state: StageState = { workdir: '/', workdirUnresolved: false, user: 'root', env: new Map(), args: new Map() };
  if (!base) return state;
  for (const pair of base.env) {
    const at = pair.indexOf('=');
    if (at > 0) state.env.set(pair.slice(0, at), pair.slice(at + 1));
  }
  if (base.user) state.user = base.user;
  if (base.workingDir) state.workdir = resolveImagePath('/', base.workingDir);
  state.passwd = base.passwd;
  return state;
}

function inheritedState(base: StageState): StageState {
  return { ...base, env: new Map(base.env), args: new Map() };
}

/** Updates `state` for the instruction; true when something changed. */
function applyInstruction(
  instruction: Instruction,
  state: StageState,
  globals: ReadonlyMap<string, string | undefined>,
  escapeChar: string,
): boolean {
  switch (instruction.keyword) {
    case 'ENV': {
      // every pair of one ENV sees the values from before it, as in Docker
      const before = visibleEnv(state);
      for (const pair of instruction.pairs ?? []) {
        if (pair.legacy || pair.rawValue !== undefined) state.env.set(pair.key, knownOrUndefined(pair.rawValue ?? '', before, escapeChar));
      }
      return true;
    }
    case 'ARG':
      declareArgs(instruction, state.args, () => visibleEnv(state), globals, escapeChar);
      return true;
    case 'WORKDIR': {
      const expansion = expandVariables(instruction.argsText.trim(), visibleEnv(state), { escapeChar, quotes: true });
      if (expansion.value === '') return false;
      const absolute = expansion.value.startsWith('/');
      state.workdirUnresolved = expansion.unknown.length > 0 || (!absolute && state.workdirUnresolved);
      state.workdir = resolveImagePath(state.workdir, expansion.value);
      return true;
    }
    case 'USER': {
      const expansion = expandVariables(instruction.argsText.trim(), visibleEnv(state), { escapeChar, quotes: true });
      state.user = expansion.value || 'root';
      return true;
    }
    default:
      return false;
  }
}

/** `ARG a b=2 c=$b`: each default sees the ones before it; a bare name takes the global default. */
function declareArgs(
  instruction: Instruction,
  into: Map<string, string | undefined>,
  visible: () => ReadonlyMap<string, string>,
  globals: ReadonlyMap<string, string | undefined>,
  escapeChar: string,
): void {
  for (const { key, rawValue } of instruction.pairs ?? []) {
    into.set(key, rawValue === undefined ? globals.get(key) : knownOrUndefined(rawValue, visible(), escapeChar));
  }
}

function knownOrUndefined(raw: string, env: ReadonlyMap<string, string>, escapeChar: string): string | undefined {
  const expansion = expandVariables(raw, env, { escapeChar, quotes: true });
  return expansion.unknown.length === 0 ? expansion.value : undefined;
}

function knownValues(values: ReadonlyMap<string, string | undefined>): Map<string, string> {
  const known = new Map<string, string>();
  for (const [name, value] of values) if (value !== undefined) known.set(name, value);
  return known;
}

/** ARGs and ENV as a RUN sees them; an ENV (known or not) hides an ARG of the same name. */
function visibleEnv(state: StageState): Map<string, string> {
  const env = knownValues(state.env);
  for (const [name, value] of state.args) {
    if (value !== undefined && !state.env.has(name)) env.set(name, value);
  }
  return env;
}

function environmentOf(state: StageState): StepEnvironment {
  const env = visibleEnv(state);
  const environment: StepEnvironment = { workdir: state.workdir, env, user: state.user, home: homeOf(state.user, env, state.passwd) };
  if (state.workdirUnresolved) environment.workdirUnresolved = true;
  return environment;
}

function homeOf(user: string, env: ReadonlyMap<string, string>, passwd: string | undefined): string {
  const home = env.get('HOME');
  if (home) return home;
  const name = user.split(':')[0];
  const listed = passwd === undefined ? undefined : passwdHome(passwd, name);
  if (listed) return listed;
  return name === 'root' || name === '0' || name === '' ? '/root' : `/home/${name}`;
}

/** The home directory /etc/passwd gives the user, by name or uid (`name:x:uid:gid:gecos:home:shell`). */
function passwdHome(passwd: string, user: string): string | undefined {
  for (const line of passwd.split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 7 && (fields[0] === user || fields[2] === user) && fields[5].startsWith('/')) return fields[5];
  }
  return undefined;
}
