import {
  baseChain,
  deleteInstructionEdit,
  directiveAbove,
  fixRemovals,
  hiderOf,
  isUnder,
  lineOf,
  METADATA_ONLY,
  ok,
  refuse,
  resolveImagePath,
  stageEnvironments,
  type Fix,
  type FixOutcome,
  type HidingGroup,
  type Instruction,
  type LayerModel,
  type ParsedDocument,
  type StageLayers,
  type StoredEntry,
  type TextEdit,
} from '@dflint/core/rule-kit';
import { posix } from 'node:path';
import { modeCommand, type ModeCommand } from './mode-commands';

/** What may stand between the COPY and the RUN: nothing that writes files or runs commands. */
const QUIET_BETWEEN: ReadonlySet<string> = new Set([...METADATA_ONLY, 'ENV', 'ARG']);
/** BuildKit's --chmod takes octal modes only. */
const OCTAL_MODE = /^0?[0-7]{3}$/;
/** `user:group`: chown with a user alone keeps the group, but `--chown=user` sets the group to the user's id. */
const OWNER_AND_GROUP = /^[A-Za-z0-9_][\w.-]*:[A-Za-z0-9_][\w.-]*$/;
/** Top-level directories a base image may already have: a COPY there does not create them. */
const SYSTEM_DIRS: ReadonlySet<string> = new Set([
  'bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib32', 'lib64', 'libx32', 'media', 'mnt', 'opt', 'proc',
  'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var',
]);

/**
 * `COPY --chmod=… --chown=…` instead of a RUN that only chmods/chowns what that COPY stored, or
 * why not. BuildKit creates missing parent directories of a COPY's destination with the
 * `--chown` owner (and, since the fix of moby/buildkit#4945, the `--chmod` mode), so a file's
 * parent must already exist unless only `--chmod=755` (the default) is set. A directory is
 * only fixed with `chown -R`: `--chmod` reached the copied directories themselves only in
 * recent BuildKit, and a directory the COPY did not create would not be changed by it at all.
 */
export function copyFlagsFix(document: ParsedDocument, layers: LayerModel, stage: StageLayers, group: HidingGroup): FixOutcome<Fix> {
  const hider = hiderOf(group.hidden[0].entry)!;
  const run = hider.instruction;
  const copyStep = group.hidden[0].step;
  const copy = stage.steps[copyStep].instruction;
  if (!(copy.keyword === 'COPY' || copy.keyword === 'ADD') || copy.heredocs.length > 0 || copy.args.length < 2) return refuse('the files were not stored by a plain COPY or ADD');
  if (copy.flags.some((flag) => flag.name === 'parents')) return refuse('COPY --parents places files by their source paths');
  if (copy.keyword === 'ADD' && copy.args.slice(0, -1).some((arg) => /:\/\/|\.(tar|tgz|tbz2?|txz|zip)\b|^git@/i.test(arg.value))) {
    return refuse('an ADD of a URL or an archive');
  }
  const stored = stage.steps[copyStep].stored;
  if (stored.some((entry) => hiderOf(entry)?.step !== hider.step)) return refuse('the RUN does not change everything the COPY stored');
  const between = stage.steps.slice(copyStep + 1, hider.step).map((step) => step.instruction);
  if (between.some((instruction) => !QUIET_BETWEEN.has(instruction.keyword))) return refuse('instructions that write files or run commands stand between the COPY and the RUN');
  const outcome = onlyModeCommands(document, run);
  if (!outcome.ok) return outcome;
  const commands = outcome.value;
  const directive = directiveAbove(document, run);
  if (directive) return refuse(directive);

  const envs = stageEnvironments(document);
  if (!isRoot(envs.get(run)?.user ?? '')) return refuse('the RUN runs as another user than root');
  const target = commands[0].paths[0].value;
  if (commands.some(({ paths }) => paths.length !== 1 || paths[0].value !== target)) return refuse('the RUN changes more than one path');
  const modes = unique(commands.filter(({ name }) => name === 'chmod').map(({ value }) => value.value));
  const owners = unique(commands.filter(({ name }) => name === 'chown').map(({ value }) => value.value));
  if (commands.some(({ name }) => name === 'chgrp')) return refuse('--chown needs the owner too, chgrp names only the group');
  if (modes.length > 1 || owners.length > 1) return refuse('the RUN sets more than one mode or owner');
  if (modes.some((mode) => !OCTAL_MODE.test(mode))) return refuse('COPY --chmod takes only an octal mode');
  if (owners.some((owner) => !OWNER_AND_GROUP.test(owner))) return refuse('COPY --chown needs the owner as user:group');

  const destination = copy.args[copy.args.length - 1].value;
  if (/[$*?[]/.test(destination)) return refuse('the COPY destination has variables or patterns');
  const [copyEnv, runEnv] = [envs.get(copy), envs.get(run)];
  if (!copyEnv || !runEnv || copyEnv.workdirUnresolved || runEnv.workdirUnresolved) return refuse('the WORKDIR is not known');
  const dest = resolveImagePath(copyEnv.workdir, destination);
  const before = historyBefore(document, layers, stage, copyStep, envs);
  const path = resolveImagePath(runEnv.workdir, target);
  const [file] = stored;
  const oneFile =
    stored.length === 1 && file.reason === 'copy' && !file.tree && file.path === path && copy.args.length === 2 && isTheSource(file, copy.args[0].value);
  if (oneFile) {
    const defaultsOnly = owners.length === 0 && modes.every((mode) => mode.replace(/^0/, '') === '755');
    if (!defaultsOnly && !before.dirs.has(posix.dirname(path))) return refuse(`the COPY may create ${posix.dirname(path)}, which would get the new owner or mode`);
  } else {
    if (modes.length > 0) return refuse('--chmod on a copied directory does not do what chmod -R does in every BuildKit');
    if (commands.some(({ recursive }) => !recursive)) return refuse('chown without -R of a copied tree');
    if (path !== dest || stored.some((entry) => !isUnder(entry.path, dest))) return refuse('the RUN does not change the COPY destination itself');
    if (posix.dirname(dest) !== '/' || SYSTEM_DIRS.has(posix.basename(dest))) return refuse(`${dest} may exist in the base image`);
    if (before.touched.some((each) => isUnder(each, dest))) return refuse(`${dest} exists before the COPY`);
  }

  const flags: string[] = [];
  for (const [name, values] of [['chown', owners], ['chmod', modes]] as const) {
    if (values.length === 0) continue;
    const existing = copy.flags.find((flag) => flag.name === name);
    if (existing && existing.value !== values[0]) return refuse(`the COPY already has --${name}=${existing.value}`);
    if (!existing) flags.push(`--${name}=${values[0]}`);
  }
  const edits: TextEdit[] = [];
  if (flags.length > 0) {
    const at = copy.flags.length > 0 ? copy.flags[copy.flags.length - 1].range.end : copy.keywordRange.end;
    edits.push({ range: { start: at, end: at }, newText: ` ${flags.join(' ')}` });
  }
  edits.push(deleteInstructionEdit(run));
  const set = flags.length > 0 ? `add ${flags.join(' ')} to the ${copy.keyword} at line ${lineOf(copy.range)}` : `the ${copy.keyword} at line ${lineOf(copy.range)} already sets it`;
  return ok({ safety: 'safe', description: `${set} and delete the RUN at line ${lineOf(run.range)}`, edits, removes: fixRemovals(document, { deleted: [run] }) });
}

/** The RUN's commands, when each is a chmod/chown/chgrp at the top of an `&&`/`;` list. */
function onlyModeCommands(document: ParsedDocument, run: Instruction): FixOutcome<ModeCommand[]> {
  if (run.keyword !== 'RUN' || run.form !== 'shell' || run.flags.length > 0 || run.heredocs.length > 0 || run.shell?.kind !== 'posix') {
    return refuse('the RUN is not a plain shell-form RUN without flags');
  }
  const scripts = document.shellScripts(run);
  if (scripts.length !== 1 || scripts[0].hasErrors) return refuse('the script does not parse');
  const commands: ModeCommand[] = [];
  for (const command of scripts[0].commands) {
    const mode = modeCommand(command);
    const plain = command.context.length === 0 && command.redirects.length === 0 && command.assignments.length === 0;
    const joined = command.join === null || command.join === '&&' || command.join === ';' || command.join === 'newline';
    if (!mode || !plain || !joined || command.argv.some((word) => word.dynamic)) return refuse('the RUN does more than chmod/chown/chgrp');
    commands.push(mode);
  }
  return commands.length > 0 ? ok(commands) : refuse('the RUN is empty');
}

interface PathHistory {
  /** directories known to exist (created by WORKDIR, mkdir, or holding something written) */
  dirs: Set<string>;
  /** every path an earlier step wrote, created or changed */
  touched: string[];
}

/** What the steps before `step` (those of the stages it is built on first) did to paths. */
function historyBefore(
  document: ParsedDocument,
  layers: LayerModel,
  stage: StageLayers,
  step: number,
  envs: ReturnType<typeof stageEnvironments>,
): PathHistory {
  const bases = baseChain(document, stage.index).slice(0, -1).map((index) => layers.stages[index]);
  const chain: Array<[StageLayers, number]> = [...bases.map((layer): [StageLayers, number] => [layer, layer.steps.length]), [stage, step]];
  const history: PathHistory = { dirs: new Set(['/']), touched: [] };
  const add = (path: string, isDir: boolean) => {
    history.touched.push(path);
    for (let dir = isDir ? path : posix.dirname(path); dir !== '/'; dir = posix.dirname(dir)) history.dirs.add(dir);
  };
  for (const [layer, end] of chain) {
    const instructions = document.stages[layer.index].instructions;
    for (let index = 1; index < end; index++) {
      if (instructions[index].keyword === 'WORKDIR') {
        const workdir = envs.get(instructions[index + 1])?.workdir;
        if (workdir) add(workdir, true);
      }
      for (const effect of layer.steps[index].effects) {
        if (effect.kind === 'delete') {
          if (!effect.glob) for (const dir of [...history.dirs]) if (isUnder(dir, effect.path) && dir !== '/') history.dirs.delete(dir);
        } else if (effect.kind === 'copy') add(effect.to, false);
        else if (effect.kind === 'extract') add(effect.into, true);
        else if (effect.kind === 'cache-write') add(effect.dir, true);
        else if (effect.kind === 'package') continue;
        else if (effect.path !== undefined && !('glob' in effect && effect.glob)) add(effect.path, effect.kind === 'mkdir');
      }
    }
  }
  return history;
}

/** The COPY's one source is this file itself, not a directory holding it: from the build context or from a stage. */
function isTheSource(file: StoredEntry, source: string): boolean {
  if (file.effect.kind === 'write' && file.effect.stagePath !== undefined) return !/[$*?[]/.test(source) && file.effect.stagePath === resolveImagePath('/', source);
  return file.contextPath === contextPathOf(source);
}

/** `./bin/run.sh` → `bin/run.sh`: a source as the build context lists it (patterns never match a path). */
function contextPathOf(source: string): string | undefined {
  return /[*?[]/.test(source) ? undefined : posix.normalize(source).replace(/^(\.\/|\/)+/, '');
}

function isRoot(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0' || name === '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
