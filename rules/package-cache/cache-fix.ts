import {
  appendToRunEdit,
  joinWords,
  oncePerDocument,
  insertFlagEdit,
  lineOf,
  sameRange,
  shippedStages,
  stageNamed,
  stageReferences,
  type CacheWriteEffect,
  type DockerfileModel,
  type Fix,
  type ParsedDocument,
  type ShellCommand,
  type ShellWord,
  type StageLayers,
  type StoredEntry,
  type TextEdit,
} from '@dflint/core';
import { posix } from 'node:path';

export interface Cache {
  entry: StoredEntry;
  effect: CacheWriteEffect;
  /** the step of the stage that stored it */
  step: number;
}

/** How one manager's cache is kept out of the layer. */
type Plan =
  | { kind: 'append'; command: string }
  | { kind: 'flag'; flag: string; after: (command: ShellCommand) => ShellWord | undefined };

interface Manager {
  plan(caches: readonly Cache[], writers: readonly ShellCommand[]): Plan | string;
  /**
   * Commands that may rely on what the cache holds (`apt-get install` on the lists): when a later
   * RUN runs one, removing the cache could change what it does. Undefined: later runs fetch
   * what they need again (pip's HTTP cache, apk's index).
   */
  users?: ReadonlySet<string>;
}

const APT_USERS: ReadonlySet<string> = new Set(['apt-get', 'apt', 'aptitude', 'apt-cache']);
const RPM_USERS: ReadonlySet<string> = new Set(['yum', 'dnf', 'microdnf', 'dnf5']);
const RPM_CACHE_DIRS: Readonly<Record<string, string>> = {
  yum: '/var/cache/yum',
  microdnf: '/var/cache/yum',
  dnf: '/var/cache/dnf',
  dnf5: '/var/cache/libdnf5',
};

/**
 * Managers with a fix, and the one each gets. Left out, on purpose: poetry (its virtualenvs live
 * in its cache directory), yarn (Yarn 2+ keeps the installed packages in the cache it would
 * clean), pnpm (`store prune` keeps the store), npx (`npm cache clean` leaves `_npx`), bundler,
 * cargo, maven and gradle (no clean command of their own, and the directory is the base image's
 * to decide).
 */
const MANAGERS: Readonly<Record<string, Manager>> = {
  apt: {
    plan: ([{ effect }]) =>
      effect.dir === '/var/lib/apt/lists'
        ? append('rm -rf /var/lib/apt/lists/*')
        : effect.dir === '/var/cache/apt/archives'
          ? append('apt-get clean')
          : 'unknown apt cache',
    users: APT_USERS,
  },
  apk: {
    // --no-cache on each `apk add`; `apk update` keeps its index whatever later commands say
    plan: ([{ effect }], writers) => {
      if (effect.dir !== '/var/cache/apk') return 'apk uses another cache directory';
      const subs = writers.map((command) => subcommand(command, 0));
      if (subs.every((sub) => sub && ['add', 'upgrade', 'fix'].includes(sub.value))) return { kind: 'flag', flag: '--no-cache', after: (command) => subcommand(command, 0) };
      return append('rm -rf /var/cache/apk/*');
    },
  },
  ...Object.fromEntries(
    Object.entries(RPM_CACHE_DIRS).map(([name, dir]): [string, Manager] => [
      name,
      { plan: ([{ effect }]) => (effect.dir === dir ? append(`${name} clean all`) : `${name} uses another cache directory`), users: RPM_USERS },
    ]),
  ),
  zypper: {
    plan: ([{ effect }]) => (effect.dir === '/var/cache/zypp' ? append('zypper clean -a') : 'zypper uses another cache directory'),
    users: new Set(['zypper']),
  },
  pip: {
    plan: (_caches, writers) =>
      writers.some((command) => command.argv.some((word) => word.value.startsWith('--cache-dir')))
        ? 'a --cache-dir would override --no-cache-dir'
        : { kind: 'flag', flag: '--no-cache-dir', after: pipSubcommand },
  },
  uv: {
    plan: () => ({ kind: 'flag', flag: '--no-cache', after: uvSubcommand }),
    // `uv sync --offline` installs from the cache
    users: new Set(['uv']),
  },
  npm: {
    plan: ([{ effect }], writers) =>
      effect.command !== 'npm' || writers.some((command) => command.argv.some((word) => word.value.startsWith('--cache')))
        ? 'npx, or a --cache directory'
        : append('npm cache clean --force'),
    users: new Set(['npm', 'npx']),
  },
  go: {
    plan: (caches) => {
      const flags = [...new Set(caches.map(({ effect }) => (effect.what === 'Go build cache' ? '-cache' : effect.what === 'Go module cache' ? '-modcache' : '?')))];
      return flags.includes('?') ? 'unknown go cache' : append(`go clean ${flags.sort().join(' ')}`);
    },
    users: new Set(['go']),
  },
  composer: {
    plan: () => append('composer clear-cache'),
    users: new Set(['composer', 'composer.phar']),
  },
  gem: {
    // only set when GEM_HOME is known from the Dockerfile
    plan: ([{ effect }]) => (/^\/[\w./+-]+\/cache$/.test(effect.dir) ? append(`rm -rf ${effect.dir}`) : 'GEM_HOME is not known'),
    users: new Set(['gem', 'bundle', 'bundler']),
  },
};

function append(command: string): Plan {
  return { kind: 'append', command };
}

/**
 * One fix that keeps every cache of one command's finding out of its layer, or why there is
 * none: the manager has no certain cleanup, a later RUN or stage may need the cache, or the RUN
 * cannot take the change.
 */
export function cacheFix(document: ParsedDocument, stage: StageLayers, caches: readonly Cache[]): Fix | string {
  const [{ effect, step }] = caches;
  const manager = MANAGERS[effect.manager];
  if (!manager) return `no certain cleanup for ${effect.manager}`;
  const run = stage.steps[step].instruction;
  const dirs = new Set(caches.map((cache) => cache.effect.dir));
  const commands = document.shellScripts(run).flatMap((script) => script.commands);
  const writers: ShellCommand[] = [];
  let direct = true;
  for (const writer of stage.steps[step].effects) {
    if (writer.kind !== 'cache-write' || !dirs.has(writer.dir)) continue;
    const command = commands.find((each) => sameRange(each.range, writer.range));
    if (!command) return 'a cache writer is not a command of the script';
    writers.push(command);
    direct &&= !command.argv[0].dynamic && command.argv[0].value === writer.command;
  }
  const plan = manager.plan(caches, writers);
  if (typeof plan === 'string') return plan;
  if (manager.users && laterUse(document, stage, step, manager.users)) return `a later RUN runs ${effect.manager} and may need the cache`;
  if (copiedFrom(document, stage.index)) return 'another stage copies from this one';

  const line = lineOf(run.range);
  if (plan.kind === 'append') {
    // a wrapper (sudo, su-exec, env) may run the manager as another user than the cleanup
    if (!direct) return 'the manager runs through a wrapper or a path';
    const edit = appendToRunEdit(document, run, plan.command);
    if (typeof edit === 'string') return edit;
    return { safety: 'safe', description: `append \`${plan.command}\` to the RUN at line ${line}`, edits: [edit] };
  }
  const edits: TextEdit[] = [];
  const where = new Set<string>();
  for (const command of writers) {
    const word = plan.after(command);
    if (!word) return `no place for ${plan.flag} in \`${command.argv.map((each) => each.raw).join(' ')}\``;
    const at = { start: word.range.end, end: word.range.end };
    if (!edits.some((edit) => sameRange(edit.range, at))) edits.push(insertFlagEdit(word, plan.flag));
    where.add(`\`${command.argv.slice(0, command.argv.indexOf(word) + 1).map((each) => each.value).join(' ')}\``);
  }
  return { safety: 'safe', description: `add ${plan.flag} to ${joinWords([...where])} at line ${line}`, edits };
}

/** The first operand after argv[index] when only options stand between; undefined otherwise. */
function subcommand(command: ShellCommand, index: number): ShellWord | undefined {
  for (const word of command.argv.slice(index + 1)) {
    if (word.dynamic) return undefined;
    if (!word.value.startsWith('-')) return word;
  }
  return undefined;
}

/** `install` in `pip install`, `pip3 install`, `python3 -m pip install`. */
function pipSubcommand(command: ShellCommand): ShellWord | undefined {
  const argv = command.argv.map((word) => word.value);
  let index = argv.findIndex((value) => /^pip[0-9.]*$/.test(posix.basename(value)));
  const module = argv.findIndex((value, i) => value === '-m' && argv[i + 1] === 'pip');
  if (module >= 0 && (index < 0 || module < index)) index = module + 1;
  const sub = index >= 0 ? subcommand(command, index) : undefined;
  return sub && ['install', 'download', 'wheel'].includes(sub.value) ? sub : undefined;
}

/** `sync` in `uv sync`, `install` in `uv pip install` and `uv tool install`. */
function uvSubcommand(command: ShellCommand): ShellWord | undefined {
  const index = command.argv.findIndex((word) => word.value === 'uv');
  const sub = index >= 0 ? subcommand(command, index) : undefined;
  if (sub?.value !== 'pip' && sub?.value !== 'tool') return sub;
  const next = subcommand(command, command.argv.indexOf(sub));
  return next?.value === 'install' ? next : undefined;
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
