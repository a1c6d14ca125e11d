import type { Effect } from '../types';
import { homeOf, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { parseOptions } from './options';
import { cacheDelete, cacheWrite, directoryText, installs, subcommandOf, userCacheHome } from './package-cache';

// ---- go ----------------------------------------------------------------------------------------

const GO_BUILDS: ReadonlySet<string> = new Set(['build', 'install', 'get', 'test', 'run', 'vet', 'generate']);

/**
 * Modules land in GOMODCACHE ($GOPATH/pkg/mod, GOPATH defaulting to ~/go) and compiled packages
 * in GOCACHE (~/.cache/go-build). The golang images set GOPATH=/go in their own ENV, which this
 * Dockerfile's ENV does not show.
 */
function go(call: Call): Effect[] {
  const { sub, rest } = subcommandOf(call, { shortValues: 'oC' });
  const gopath = (call.env('GOPATH') ?? '').split(':')[0] || `${homeOf(call)}/go`;
  const modCache = directoryText(call, call.env('GOMODCACHE')) ?? `${gopath}/pkg/mod`;
  const buildCache = directoryText(call, call.env('GOCACHE')) ?? `${userCacheHome(call)}/go-build`;
  const cleanup = 'go clean -cache -modcache (or RUN --mount=type=cache)';
  const modules = cacheWrite(call, { manager: 'go', dir: modCache, what: 'Go module cache', cleanup });
  const builds = cacheWrite(call, { manager: 'go', dir: buildCache, what: 'Go build cache', cleanup });
  if (sub === 'clean') {
    // go's flags are single-dash words: `-cache`, `-modcache`
    const flags = new Set(call.args.map((word) => word.value.replace(/^--/, '-')));
    const effects: Effect[] = [];
    if (flags.has('-cache')) effects.push(cacheDelete(call, buildCache));
    if (flags.has('-modcache')) effects.push(cacheDelete(call, modCache));
    return effects;
  }
  if (sub === 'mod' && (rest[0] === 'download' || rest[0] === 'tidy')) return [modules];
  if (sub === 'mod' && rest[0] === 'vendor') return [modules, unknownWrite(call, 'go mod vendor: copies modules into vendor/', call.state.cwd)];
  if (sub === undefined || !GO_BUILDS.has(sub)) return [];
  const output = sub === 'install' ? directoryText(call, call.env('GOBIN')) ?? `${gopath}/bin` : call.state.cwd;
  return [modules, builds, unknownWrite(call, `go ${sub}: writes binaries dflint cannot size`, output)];
}

// ---- Ruby --------------------------------------------------------------------------------------

/** gem keeps every .gem it installs in $GEM_HOME/cache; where GEM_HOME is, the base image decides. */
function gem(call: Call): Effect[] {
  const { sub } = subcommandOf(call, { shortValues: 'viN', longValues: ['version', 'install-dir', 'bindir', 'source'] });
  if (sub !== 'install' && sub !== 'update') return sub === 'uninstall' ? [unknownWrite(call, 'gem uninstall: removes gem files')] : [];
  const gemHome = directoryText(call, call.env('GEM_HOME'));
  const effects: Effect[] = [];
  if (gemHome) {
    effects.push(cacheWrite(call, { manager: 'gem', dir: `${gemHome}/cache`, what: 'downloaded .gem files', cleanup: `rm -rf ${gemHome}/cache` }));
  }
  effects.push(installs(call, sub));
  return effects;
}

function bundle(call: Call): Effect[] {
  const { sub } = subcommandOf(call, { shortValues: 'j', longValues: ['jobs', 'path', 'without', 'with', 'gemfile', 'retry'] });
  if (sub !== undefined && sub !== 'install' && sub !== 'update') {
    return sub === 'exec' ? [unknownWrite(call, 'bundle exec: dflint does not know what it writes')] : [];
  }
  const base = directoryText(call, call.env('BUNDLE_PATH')) ?? directoryText(call, call.env('GEM_HOME')) ?? '/usr/local/bundle';
  const dir = `${base}/cache`;
  return [
    cacheWrite(call, { manager: 'bundler', dir, what: 'downloaded .gem files', cleanup: `rm -rf ${dir}` }),
    installs(call, sub ?? 'install'),
  ];
}

// ---- PHP, Rust, Java ---------------------------------------------------------------------------

function composer(call: Call): Effect[] {
  const { sub, args } = subcommandOf(call, { shortValues: 'd', longValues: ['working-dir'] });
  const composerHome = directoryText(call, call.env('COMPOSER_HOME')) ?? `${homeOf(call)}/.composer`;
  const dir = directoryText(call, call.env('COMPOSER_CACHE_DIR')) ?? `${composerHome}/cache`;
  if (sub === 'clear-cache' || sub === 'clearcache' || sub === 'cc') return [cacheDelete(call, dir)];
  if (sub !== 'install' && sub !== 'update' && sub !== 'require' && sub !== 'create-project' && sub !== 'global') return [];
  const effects: Effect[] = [];
  if (!args.has('--no-cache') && call.env('COMPOSER_CACHE_DIR') !== '/dev/null') {
    effects.push(cacheWrite(call, { manager: 'composer', dir, what: 'composer package cache', cleanup: 'composer clear-cache (or --no-cache)' }));
  }
  effects.push(installs(call, sub));
  return effects;
}

const CARGO_FETCHES: ReadonlySet<string> = new Set(['build', 'b', 'install', 'fetch', 'run', 'r', 'test', 't', 'update', 'vendor', 'check', 'c', 'doc', 'd', 'bench', 'add']);

/** cargo downloads crates into $CARGO_HOME/registry and git dependencies into $CARGO_HOME/git. */
function cargo(call: Call): Effect[] {
  const { sub } = subcommandOf(call, { shortValues: 'pjZ', longValues: ['package', 'jobs', 'target', 'features', 'manifest-path', 'target-dir', 'root', 'bin', 'profile', 'config'] });
  if (sub === undefined || !CARGO_FETCHES.has(sub)) return [];
  const cargoHome = directoryText(call, call.env('CARGO_HOME')) ?? `${homeOf(call)}/.cargo`;
  const cleanup = `rm -rf ${cargoHome}/registry ${cargoHome}/git (or RUN --mount=type=cache)`;
  return [
    cacheWrite(call, { manager: 'cargo', dir: `${cargoHome}/registry`, what: 'cargo crate registry cache', cleanup }),
    cacheWrite(call, { manager: 'cargo', dir: `${cargoHome}/git`, what: 'cargo git dependency checkouts', cleanup }),
    unknownWrite(call, `cargo ${sub}: builds files dflint cannot size`, sub === 'install' ? `${cargoHome}/bin` : call.state.cwd),
  ];
}

/** Any Maven goal but `--version`/`help:*`/`clean` alone resolves dependencies into ~/.m2/repository. */
function mvn(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'fsbgplPDrlt', longValues: ['file', 'settings', 'projects', 'define', 'activate-profiles', 'global-settings', 'log-file', 'threads', 'builder'] });
  const goals = args.operands.map((word) => word.value);
  if (goals.length === 0 || goals.every((goal) => goal === 'clean' || goal.startsWith('help:'))) return [];
  const property = call.args.map((word) => textOf(call, word)).find((text) => text?.startsWith('-Dmaven.repo.local='));
  const dir = directoryText(call, property?.slice('-Dmaven.repo.local='.length)) ?? `${homeOf(call)}/.m2/repository`;
  return [
    cacheWrite(call, { manager: 'maven', dir, what: 'Maven local repository', cleanup: `rm -rf ${dir} (or RUN --mount=type=cache,target=${dir})` }),
    unknownWrite(call, `${call.name}: builds files dflint cannot size`, call.state.cwd),
  ];
}

/** Gradle caches dependencies in ~/.gradle/caches; the wrapper downloads Gradle itself into ~/.gradle/wrapper. */
function gradle(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'gpbcDIPx', longValues: ['gradle-user-home', 'project-dir', 'build-file', 'settings-file', 'init-script', 'exclude-task', 'console'] });
  if (args.operands.length === 0 && args.has('-v', '--version')) return [];
  const userHome =
    directoryText(call, textOf(call, args.value('-g', '--gradle-user-home'))) ??
    directoryText(call, call.env('GRADLE_USER_HOME')) ??
    `${homeOf(call)}/.gradle`;
  const cleanup = (dir: string): string => `rm -rf ${dir} (or RUN --mount=type=cache,target=${userHome})`;
  const caches = `${userHome}/caches`;
  const effects: Effect[] = [cacheWrite(call, { manager: 'gradle', dir: caches, what: 'Gradle dependency and build caches', cleanup: cleanup(caches) })];
  if (call.name === 'gradlew') {
    const wrapper = `${userHome}/wrapper`;
    effects.push(cacheWrite(call, { manager: 'gradle', dir: wrapper, what: 'Gradle distributions downloaded by the wrapper', cleanup: cleanup(wrapper) }));
  }
  effects.push(unknownWrite(call, `${call.name}: builds files dflint cannot size`, call.state.cwd));
  return effects;
}

export const BUILD_TOOL_COMMANDS: Readonly<Record<string, Handler>> = {
  go,
  gem,
  bundle,
  bundler: bundle,
  composer,
  'composer.phar': composer,
  cargo,
  mvn,
  mvnw: mvn,
  gradle,
  gradlew: gradle,
};
