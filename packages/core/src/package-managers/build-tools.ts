import { actions } from './actions';
import type { Cleanup, PackageManager } from './types';

const GO_CLEANUP: Cleanup[] = [
  { kind: 'append', command: 'go clean -cache -modcache' },
  { kind: 'cache-mount' },
];

/**
 * Modules land in GOMODCACHE ($GOPATH/pkg/mod, GOPATH defaulting to ~/go) and compiled packages
 * in GOCACHE (~/.cache/go-build).
 */
export const GO: PackageManager = {
  name: 'go',
  commands: ['go'],
  options: { shortValues: 'oC' },
  subcommands: {
    ...actions('build', ['build', 'test', 'vet', 'generate']),
    ...actions('install', ['install', 'get', 'mod vendor']),
    run: 'run',
    'mod download': 'download',
    'mod tidy': 'resolve',
    clean: 'clean',
  },
  caches: {
    modules: { what: 'Go module cache', cleanup: () => GO_CLEANUP, cleanFlag: '-modcache' },
    builds: { what: 'Go build cache', cleanup: () => GO_CLEANUP, cleanFlag: '-cache' },
  },
  cacheUsers: ['go'],
};

/** gem keeps every .gem it installs in $GEM_HOME/cache. */
export const GEM: PackageManager = {
  name: 'gem',
  commands: ['gem'],
  // -N is --no-document (no value); -n is --bindir
  options: { shortValues: 'vinsP', longValues: ['version', 'install-dir', 'bindir', 'source', 'platform', 'trust-policy', 'file'] },
  subcommands: { ...actions('install', ['install', 'i', 'update']), uninstall: 'remove' },
  caches: { gems: { what: 'downloaded .gem files', cleanup: ({ dir }) => [{ kind: 'append', command: `rm -rf ${dir}` }] } },
  cacheUsers: ['gem', 'bundle', 'bundler'],
};

export const BUNDLER: PackageManager = {
  name: 'bundler',
  commands: ['bundle', 'bundler'],
  options: { shortValues: 'j', longValues: ['jobs', 'path', 'without', 'with', 'gemfile', 'retry'] },
  subcommands: { ...actions('install', ['install', 'update']), exec: 'run' },
  bareAction: 'install',
  caches: { gems: { what: 'downloaded .gem files', cleanup: ({ dir }) => [{ kind: 'append', command: `rm -rf ${dir}` }] } },
};

export const COMPOSER: PackageManager = {
  name: 'composer',
  commands: ['composer', 'composer.phar'],
  options: { shortValues: 'd', longValues: ['working-dir'] },
  subcommands: {
    ...actions('clean', ['clear-cache', 'clearcache', 'cc']),
    ...actions('install', ['install', 'update', 'require', 'create-project', 'global']),
  },
  caches: {
    packages: {
      what: 'composer package cache',
      cleanup: () => [
        { kind: 'append', command: 'composer clear-cache' },
        { kind: 'flag', flag: '--no-cache' },
      ],
    },
  },
  cacheUsers: ['composer', 'composer.phar'],
};

function cargoCleanup({ home }: { home?: string }): Cleanup[] {
  return [
    { kind: 'append', command: `rm -rf ${home}/registry ${home}/git` },
    { kind: 'cache-mount' },
  ];
}

/** cargo downloads crates into $CARGO_HOME/registry and git dependencies into $CARGO_HOME/git. */
export const CARGO: PackageManager = {
  name: 'cargo',
  commands: ['cargo'],
  options: { shortValues: 'pjZ', longValues: ['package', 'jobs', 'target', 'features', 'manifest-path', 'target-dir', 'root', 'bin', 'profile', 'config'] },
  subcommands: {
    ...actions('build', ['build', 'b', 'test', 't', 'check', 'c', 'doc', 'd', 'bench']),
    ...actions('run', ['run', 'r']),
    install: 'install',
    ...actions('download', ['fetch', 'vendor']),
    ...actions('resolve', ['update', 'add']),
  },
  caches: {
    registry: { what: 'cargo crate registry cache', cleanup: cargoCleanup },
    git: { what: 'cargo git dependency checkouts', cleanup: cargoCleanup },
  },
};

/** Maven and Gradle take goals and tasks, not subcommands: what they do depends on the build. */
export const MAVEN: PackageManager = {
  name: 'maven',
  commands: ['mvn', 'mvnw'],
  options: {
    shortValues: 'fsbgplPDrlt',
    longValues: ['file', 'settings', 'projects', 'define', 'activate-profiles', 'global-settings', 'log-file', 'threads', 'builder'],
  },
  subcommands: {},
  caches: {
    repository: {
      what: 'Maven local repository',
      cleanup: ({ dir }) => [
        { kind: 'append', command: `rm -rf ${dir}` },
        { kind: 'cache-mount', target: dir },
      ],
    },
  },
};

function gradleCleanup({ dir, home }: { dir: string; home?: string }): Cleanup[] {
  return [
    { kind: 'append', command: `rm -rf ${dir}` },
    { kind: 'cache-mount', target: home },
  ];
}

/** Gradle caches dependencies in ~/.gradle/caches; the wrapper downloads Gradle itself into ~/.gradle/wrapper. */
export const GRADLE: PackageManager = {
  name: 'gradle',
  commands: ['gradle', 'gradlew'],
  options: {
    shortValues: 'gpbcDIPx',
    longValues: ['gradle-user-home', 'project-dir', 'build-file', 'settings-file', 'init-script', 'exclude-task', 'console'],
  },
  subcommands: {},
  caches: {
    caches: { what: 'Gradle dependency and build caches', cleanup: gradleCleanup },
    wrapper: { what: 'Gradle distributions downloaded by the wrapper', cleanup: gradleCleanup },
  },
};

/** dotnet restore fills ~/.nuget/packages; the layer model does not follow it yet. */
export const DOTNET: PackageManager = {
  name: 'dotnet',
  commands: ['dotnet'],
  options: {},
  subcommands: { restore: 'download', ...actions('build', ['build', 'publish', 'test']) },
  caches: {},
};
