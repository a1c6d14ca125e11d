import type { OptionSpec } from '../layers/shell-effects/options';

/** What a package-manager subcommand does. */
export type PackageAction =
  /** fetch the package index only: `apt-get update`, `dnf makecache` */
  | 'refresh'
  /** install, upgrade or reinstall packages (fetching them first) */
  | 'install'
  | 'remove'
  /** empty the manager's cache: `apt-get clean`, `pip cache purge` */
  | 'clean'
  /** fetch packages or sources without installing them: `pip download`, `go mod download` */
  | 'download'
  /** resolve or lock dependencies: fills the cache, installs nothing (`uv lock`, `poetry lock`) */
  | 'resolve'
  /** build or test the project, fetching its dependencies: `go build`, `cargo build` */
  | 'build'
  /** fetch a package or the project's dependencies and run it: `npx`, `uv run`, `bundle exec` */
  | 'run'
  /** make an environment or a toolchain: `uv venv`, `uv python install` */
  | 'setup'
  /** only read or print: `npm ls`, `yarn why` */
  | 'read';

/** One way to keep a cache out of the layer, as data a rule can show or apply. */
export type Cleanup =
  /** a command to run at the end of the same RUN */
  | { kind: 'append'; command: string }
  /** an option for the command that fills the cache; `with`: the words it goes after, for messages (`apk add`) */
  | { kind: 'flag'; flag: string; with?: string }
  /** an environment variable that turns the cache off */
  | { kind: 'env'; name: string; value: string }
  /** a BuildKit cache mount, so the cache never enters the layer; `target` when one directory holds it all */
  | { kind: 'cache-mount'; target?: string };

/** Where one of a manager's caches is, for working out its cleanups. */
export interface CacheLocation {
  dir: string;
  /** the manager's own home, where the cache is under it (CARGO_HOME, GRADLE_USER_HOME) */
  home?: string;
}

/** One cache a manager fills. */
export interface CacheKind {
  /** for messages: "apt package lists" */
  what: string;
  /** where it is when neither options nor the environment move it; absent when it follows HOME */
  defaultDir?: string;
  /** options that move it: `--cache-dir DIR` */
  dirOptions?: readonly string[];
  /** ways to keep it out of the layer, best first */
  cleanup(where: CacheLocation): Cleanup[];
  /** the option of the manager's `clean` subcommand that empties this cache (`go clean -modcache`) */
  cleanFlag?: string;
}

export interface PackageManager {
  /** the name effects and rules use: `apt`, `apk`, `dnf`, `pip` */
  name: string;
  /** the programs that run it (basenames) */
  commands: readonly string[];
  /** families of program names: `pip3.12` */
  commandPatterns?: readonly RegExp[];
  /** the `python -m <module>` that runs it */
  pythonModule?: string;
  /** which options take a value, so a value is not read as the subcommand */
  options: OptionSpec;
  /** subcommand → what it does; two-word subcommands as `'cache clean'` (tried before one word) */
  subcommands: Readonly<Record<string, PackageAction>>;
  /** what the program does with no subcommand at all (`yarn` alone installs) */
  bareAction?: PackageAction;
  /** programs that take no subcommand and always do one thing (`npx` runs a package) */
  programActions?: Readonly<Record<string, PackageAction>>;
  /** the caches it fills, by a short key (`lists`, `archives`, `modules`) */
  caches: Readonly<Record<string, CacheKind>>;
  /**
   * Programs that may rely on what the cache holds (`apt-get install` on the lists a RUN before
   * fetched). Absent: a later run fetches what it needs again (pip's HTTP cache).
   */
  cacheUsers?: readonly string[];
}
