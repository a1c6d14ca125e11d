import type { PackageCommand } from '../../package-managers';
import { BUNDLER, CARGO, COMPOSER, GEM, GO, GRADLE, MAVEN } from '../../package-managers/build-tools';
import type { Effect } from '../types';
import { homeOf, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { cacheDelete, cacheWrite, directoryText, handlersFor, installs, userCacheHome } from './package-cache';

// ---- go ----------------------------------------------------------------------------------------

/** The golang images set GOPATH=/go in their own ENV, which this Dockerfile's ENV does not show. */
function go(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand } = command;
  const gopath = (call.env('GOPATH') ?? '').split(':')[0] || `${homeOf(call)}/go`;
  const dirs = {
    modules: directoryText(call, call.env('GOMODCACHE')) ?? `${gopath}/pkg/mod`,
    builds: directoryText(call, call.env('GOCACHE')) ?? `${userCacheHome(call)}/go-build`,
  };
  if (action === 'clean') {
    // go's flags are single-dash words: `-cache`, `-modcache`
    const flags = new Set(call.args.map((word) => word.value.replace(/^--/, '-')));
    return (['builds', 'modules'] as const).filter((cache) => flags.has(GO.caches[cache].cleanFlag!)).map((cache) => cacheDelete(call, dirs[cache]));
  }
  if (action === undefined) return [];
  const modules = cacheWrite(call, { manager: GO, action }, 'modules', { dir: dirs.modules });
  if (action === 'download' || action === 'resolve') return [modules];
  if (subcommand === 'mod vendor') return [modules, unknownWrite(call, 'go mod vendor: copies modules into vendor/', call.state.cwd)];
  const builds = cacheWrite(call, { manager: GO, action }, 'builds', { dir: dirs.builds });
  const output = subcommand === 'install' ? directoryText(call, call.env('GOBIN')) ?? `${gopath}/bin` : call.state.cwd;
  return [modules, builds, unknownWrite(call, `go ${subcommand}: writes binaries dflint cannot size`, output)];
}

// ---- Ruby --------------------------------------------------------------------------------------

/** gem keeps every .gem it installs in $GEM_HOME/cache; where GEM_HOME is, the base image decides. */
function gem(call: Call, { action, subcommand }: PackageCommand): Effect[] {
  if (action !== 'install') return action === 'remove' ? [unknownWrite(call, 'gem uninstall: removes gem files')] : [];
  const gemHome = directoryText(call, call.env('GEM_HOME'));
  const effects: Effect[] = [];
  if (gemHome) effects.push(cacheWrite(call, { manager: GEM, action }, 'gems', { dir: `${gemHome}/cache` }));
  effects.push(installs(call, subcommand!));
  return effects;
}

function bundle(call: Call, { action, subcommand }: PackageCommand): Effect[] {
  if (action !== 'install') return action === 'run' ? [unknownWrite(call, 'bundle exec: dflint does not know what it writes')] : [];
  const base = directoryText(call, call.env('BUNDLE_PATH')) ?? directoryText(call, call.env('GEM_HOME')) ?? '/usr/local/bundle';
  return [cacheWrite(call, { manager: BUNDLER, action }, 'gems', { dir: `${base}/cache` }), installs(call, subcommand ?? 'install')];
}

// ---- PHP, Rust, Java ---------------------------------------------------------------------------

function composer(call: Call, { action, subcommand, args }: PackageCommand): Effect[] {
  const composerHome = directoryText(call, call.env('COMPOSER_HOME')) ?? `${homeOf(call)}/.composer`;
  const dir = directoryText(call, call.env('COMPOSER_CACHE_DIR')) ?? `${composerHome}/cache`;
  if (action === 'clean') return [cacheDelete(call, dir)];
  if (action !== 'install') return [];
  const effects: Effect[] = [];
  if (!args.has('--no-cache') && call.env('COMPOSER_CACHE_DIR') !== '/dev/null') {
    effects.push(cacheWrite(call, { manager: COMPOSER, action }, 'packages', { dir }));
  }
  effects.push(installs(call, subcommand!));
  return effects;
}

/** cargo downloads crates into $CARGO_HOME/registry and git dependencies into $CARGO_HOME/git. */
function cargo(call: Call, { action, subcommand }: PackageCommand): Effect[] {
  if (action === undefined) return [];
  const home = directoryText(call, call.env('CARGO_HOME')) ?? `${homeOf(call)}/.cargo`;
  return [
    cacheWrite(call, { manager: CARGO, action }, 'registry', { dir: `${home}/registry`, home }),
    cacheWrite(call, { manager: CARGO, action }, 'git', { dir: `${home}/git`, home }),
    unknownWrite(call, `cargo ${subcommand}: builds files dflint cannot size`, action === 'install' ? `${home}/bin` : call.state.cwd),
  ];
}

/** Any Maven goal but `--version`/`help:*`/`clean` alone resolves dependencies into ~/.m2/repository. */
function mvn(call: Call, { args }: PackageCommand): Effect[] {
  const goals = args.operands.map((word) => word.value);
  if (goals.length === 0 || goals.every((goal) => goal === 'clean' || goal.startsWith('help:'))) return [];
  const property = call.args.map((word) => textOf(call, word)).find((text) => text?.startsWith('-Dmaven.repo.local='));
  const dir = directoryText(call, property?.slice('-Dmaven.repo.local='.length)) ?? `${homeOf(call)}/.m2/repository`;
  return [
    cacheWrite(call, { manager: MAVEN, action: 'build' }, 'repository', { dir }),
    unknownWrite(call, `${call.name}: builds files dflint cannot size`, call.state.cwd),
  ];
}

/** Gradle caches dependencies in ~/.gradle/caches; the wrapper downloads Gradle itself into ~/.gradle/wrapper. */
function gradle(call: Call, { args }: PackageCommand): Effect[] {
  if (args.operands.length === 0 && args.has('-v', '--version')) return [];
  const home =
    directoryText(call, textOf(call, args.value('-g', '--gradle-user-home'))) ??
    directoryText(call, call.env('GRADLE_USER_HOME')) ??
    `${homeOf(call)}/.gradle`;
  const effects: Effect[] = [cacheWrite(call, { manager: GRADLE, action: 'build' }, 'caches', { dir: `${home}/caches`, home })];
  if (call.name === 'gradlew') effects.push(cacheWrite(call, { manager: GRADLE, action: 'build' }, 'wrapper', { dir: `${home}/wrapper`, home }));
  effects.push(unknownWrite(call, `${call.name}: builds files dflint cannot size`, call.state.cwd));
  return effects;
}

export const BUILD_TOOL_COMMANDS: Readonly<Record<string, Handler>> = {
  ...handlersFor(GO, go),
  ...handlersFor(GEM, gem),
  ...handlersFor(BUNDLER, bundle),
  ...handlersFor(COMPOSER, composer),
  ...handlersFor(CARGO, cargo),
  ...handlersFor(MAVEN, mvn),
  ...handlersFor(GRADLE, gradle),
};
