import {
  appendToRunEdit,
  joinWords,
  mapOutcome,
  oncePerDocument,
  insertFlagEdit,
  managerNamed,
  ok,
  refuse,
  packageCommand,
  sameRange,
  shippedStages,
  stageNamed,
  stageReferences,
  type CacheWriteEffect,
  type DockerfileModel,
  type Fix,
  type FixOutcome,
  type PackageCommand,
  type ParsedDocument,
  type ShellCommand,
  type ShellWord,
  type StageLayers,
  type StoredEntry,
  type TextEdit,
} from '@dflint/core/rule-kit';
import { posix } from 'node:path';
import { editedLines } from '../wording';

export interface Cache {
  entry: StoredEntry;
  effect: CacheWriteEffect;
  /** the step of the stage that stored it */
  step: number;
}

/** How one manager's cache is kept out of the layer: one of its cleanups, and for a flag where it goes. */
type Plan =
  | { kind: 'append'; command: string }
  | { kind: 'flag'; flag: string; after: (command: ShellCommand) => ShellWord | undefined };

/** Chooses the plan for one command's caches, or says why there is none. */
type Planner = (caches: readonly Cache[], writers: readonly ShellCommand[]) => FixOutcome<Plan>;

/**
 * Managers with a fix, and when it applies. Left out, on purpose: poetry (its virtualenvs live
 * in its cache directory), yarn (Yarn 2+ keeps the installed packages in the cache it would
 * clean), pnpm (`store prune` keeps the store), npx (`npm cache clean` leaves `_npx`), bundler,
 * cargo, maven and gradle (no clean command of their own, and the directory is the base image's
 * to decide).
 */
const PLANNERS: Readonly<Record<string, Planner>> = {
  apt: inDefaultDir(firstCleanup('append')),
  apk: inDefaultDir((caches, writers) => {
    // --no-cache on each `apk add`; `apk update` keeps its index whatever later commands say
    if (writers.every((command) => packageCommand(command)?.action === 'install')) return firstCleanup('flag')(caches, writers);
    return firstCleanup('append')(caches, writers);
  }),
  yum: inDefaultDir(firstCleanup('append')),
  dnf: inDefaultDir(firstCleanup('append')),
  microdnf: inDefaultDir(firstCleanup('append')),
  dnf5: inDefaultDir(firstCleanup('append')),
  zypper: inDefaultDir(firstCleanup('append')),
  pip: (caches, writers) =>
    movedByOption(caches, writers) ? refuse('a --cache-dir would override --no-cache-dir') : firstCleanup('flag')(caches, writers),
  uv: firstCleanup('flag'),
  npm: (caches, writers) => {
    if (caches[0].effect.cache !== 'packages') return refuse('`npm cache clean` leaves npx\'s cache');
    return movedByOption(caches, writers) ? refuse('a --cache option moves the cache') : firstCleanup('append')(caches, writers);
  },
  go: (caches) => {
    const flags = caches.map(({ effect }) => managerNamed('go')?.caches[effect.cache]?.cleanFlag ?? '?');
    return flags.includes('?') ? refuse('dflint knows no clean flag for this go cache') : append(`go clean ${[...new Set(flags)].sort().join(' ')}`);
  },
  composer: firstCleanup('append'),
  // only set when GEM_HOME is known from the Dockerfile
  gem: (caches, writers) => (/^\/[\w./+-]+\/cache$/.test(caches[0].effect.dir) ? firstCleanup('append')(caches, writers) : refuse('the gem cache directory (GEM_HOME) is not known')),
};

function append(command: string): FixOutcome<Plan> {
  return ok({ kind: 'append', command });
}

/** The first of the cache's cleanups of this kind, as a plan. */
function firstCleanup(kind: 'append' | 'flag'): Planner {
  return ([{ effect }]) => {
    const cleanup = effect.cleanup.find((each) => each.kind === kind);
    if (cleanup?.kind === 'append') return append(cleanup.command);
    if (cleanup?.kind === 'flag') return ok({ kind: 'flag', flag: cleanup.flag, after: (command) => writesTo(command)?.subcommandWord });
    return refuse(`${effect.manager} suggests no ${kind} cleanup`);
  };
}

/** Only for the manager's own cache directory: elsewhere its cleanup may not reach it. */
function inDefaultDir(planner: Planner): Planner {
  return (caches, writers) => {
    const { effect } = caches[0];
    const defaultDir = managerNamed(effect.manager)?.caches[effect.cache]?.defaultDir;
    return effect.dir === defaultDir ? planner(caches, writers) : refuse(`${effect.manager} uses another cache directory`);
  };
}

/** A writer moves the cache with one of its options (`pip --cache-dir`, `npm --cache`). */
function movedByOption([{ effect }]: readonly Cache[], writers: readonly ShellCommand[]): boolean {
  const options = managerNamed(effect.manager)?.caches[effect.cache]?.dirOptions ?? [];
  return writers.some((command) => writesTo(command)?.args.has(...options));
}

/** The package-manager command a cache writer runs, through a wrapper (`sudo pip install`) too. */
function writesTo(command: ShellCommand): PackageCommand | undefined {
  return packageCommand(command, { throughWrappers: true });
}

/**
 * One fix that keeps every cache of one command's finding out of its layer, or why there is
 * none: the manager has no certain cleanup, a later RUN or stage may need the cache, or the RUN
 * cannot take the change.
 */
export function cacheFix(document: ParsedDocument, stage: StageLayers, caches: readonly Cache[]): FixOutcome<Fix> {
  const [{ effect, step }] = caches;
  const planner = PLANNERS[effect.manager];
  if (!planner) return refuse(`no certain cleanup for ${effect.manager}`);
  const run = stage.steps[step].instruction;
  const dirs = new Set(caches.map((cache) => cache.effect.dir));
  const commands = document.shellScripts(run).flatMap((script) => script.commands);
  const writers: ShellCommand[] = [];
  let direct = true;
  for (const writer of stage.steps[step].effects) {
    if (writer.kind !== 'cache-write' || !dirs.has(writer.dir)) continue;
    const command = commands.find((each) => sameRange(each.range, writer.range));
    if (!command) return refuse('a command that writes the cache is not one of the script\'s commands');
    writers.push(command);
    direct &&= !command.argv[0].dynamic && command.argv[0].value === writer.command;
  }
  const planned = planner(caches, writers);
  if (!planned.ok) return planned;
  const plan = planned.value;
  const users = managerNamed(effect.manager)?.cacheUsers;
  if (users && laterUse(document, stage, step, new Set(users))) return refuse(`a later RUN runs ${effect.manager} and may need the cache`);
  if (copiedFrom(document, stage.index)) return refuse('another stage copies from this one');

  if (plan.kind === 'append') {
    // a wrapper (sudo, su-exec, env) may run the manager as another user than the cleanup
    if (!direct) return refuse('the package manager runs through a wrapper (sudo, env, …) or a path: the cleanup might not run as the same user');
    return mapOutcome(appendToRunEdit(document, run, plan.command), (edit) => ({ safety: 'safe' as const, description: `append \`${plan.command}\` to the RUN, at ${editedLines([edit])}`, edits: [edit] }));
  }
  const edits: TextEdit[] = [];
  const where = new Set<string>();
  for (const command of writers) {
    const word = plan.after(command);
    if (!word) return refuse(`no place for ${plan.flag} in \`${command.argv.map((each) => each.raw).join(' ')}\``);
    const at = { start: word.range.end, end: word.range.end };
    if (!edits.some((edit) => sameRange(edit.range, at))) edits.push(insertFlagEdit(word, plan.flag));
    where.add(`\`${command.argv.slice(0, command.argv.indexOf(word) + 1).map((each) => each.value).join(' ')}\``);
  }
  return ok({ safety: 'safe', description: `add ${plan.flag} to ${joinWords([...where])} at ${editedLines(edits)}`, edits });
}

/** A RUN after `step` in this stage, or in a shipped stage built on it, that runs one of `names`. */
function laterUse(document: ParsedDocument, stage: StageLayers, step: number, names: ReadonlySet<string>): boolean {
  const shipped = shippedStages(document);
  const uses = programUses(document);
  return [...names].some((name) => {
    const lastByStage = uses.get(name);
    if (!lastByStage) return false;
    if ((lastByStage.get(stage.index) ?? -1) > step) return true;
    return [...lastByStage.keys()].some((index) => index > stage.index && shipped.has(index));
  });
}

/**
 * For each name a RUN's command words hold (as a basename, static words only): the position of the
 * last such RUN in each stage. Worked out once per document, not once per finding.
 */
const programUses = oncePerDocument((document: ParsedDocument): ReadonlyMap<string, ReadonlyMap<number, number>> => {
  const found = new Map<string, Map<number, number>>();
  for (const stage of document.stages) {
    stage.instructions.forEach((instruction, position) => {
      if (instruction.keyword !== 'RUN') return;
      for (const script of document.shellScripts(instruction)) {
        for (const command of script.commands) {
          for (const word of command.argv) {
            if (word.dynamic) continue;
            const name = posix.basename(word.value);
            const lastByStage = found.get(name) ?? new Map<number, number>();
            lastByStage.set(stage.index, position);
            found.set(name, lastByStage);
          }
        }
      }
    });
  }
  return found;
});

/** Another stage takes files from this one or one built on it (`COPY --from`, `RUN --mount=from=`). */
function copiedFrom(document: DockerfileModel, index: number): boolean {
  const shipped = shippedStages(document);
  return document.instructions.some((instruction) =>
    stageReferences(instruction).some((reference) => {
      const source = stageNamed(document, reference);
      return source !== undefined && source >= index && shipped.has(source);
    }),
  );
}
