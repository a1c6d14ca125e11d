import type { ShellCommand, ShellWord } from '@dflint/core';

/** A dependency install found in a RUN, with the files it reads. */
export interface Install {
  command: ShellCommand;
  /** the manifests as named in messages: `package.json`, `package-lock.json` */
  manifests: string[];
  /** it also builds or installs the project itself (or runs its scripts), so it needs the source */
  needsSource: boolean;
  /**
   * Sources for a `COPY <sources> <dest>/` that brings the manifests in; undefined when they are
   * not known as plain names (`*.csproj` in sub-folders, `-r requirements/prod.txt`).
   */
  copySources?: string[];
  /** basename patterns (`*` wildcard) of the manifest that must be in place for the install */
  requires: string[];
}

/** Every manifest name a dependency install reads: a COPY of only these is not source. */
export const MANIFEST_NAMES = [
  'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', '.yarnrc', '.yarnrc.yml', '.npmrc',
  'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'requirements.txt', 'requirements-dev.txt', 'constraints.txt',
  'pyproject.toml', 'poetry.lock', 'uv.lock', 'Pipfile', 'Pipfile.lock', 'go.mod', 'go.sum', 'Gemfile',
  'Gemfile.lock', 'composer.json', 'composer.lock', 'Cargo.toml', 'Cargo.lock', 'pom.xml', 'build.gradle',
  'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'gradle.properties', 'app.csproj', 'app.sln',
  'packages.lock.json', 'NuGet.Config', 'nuget.config',
];

/** The dependency install `command` runs, if it is one. */
export function readInstall(command: ShellCommand): Install | undefined {
  const args = command.argv.slice(1).map((word) => word.value);
  const [sub] = args;
  switch (command.name) {
    case 'npm':
      if (sub === 'ci' || sub === 'clean-install') return node(command, 'package-lock.json', ['package*.json']);
      if ((sub === 'install' || sub === 'i') && !hasPositional(args.slice(1)) && !isGlobal(args))
        return node(command, 'package-lock.json', ['package*.json']);
      return undefined;
    case 'yarn':
      if ((sub === undefined || sub === 'install' || sub.startsWith('-')) && !hasPositional(args.slice(sub === 'install' ? 1 : 0)))
        return node(command, 'yarn.lock', ['package.json', 'yarn.lock']);
      return undefined;
    case 'pnpm':
      if ((sub === 'install' || sub === 'i') && !hasPositional(args.slice(1)) && !isGlobal(args))
        return node(command, 'pnpm-lock.yaml', ['package.json', 'pnpm-lock.yaml']);
      return undefined;
    case 'poetry':
      return sub === 'install' ? python(command, 'poetry.lock', args.includes('--no-root')) : undefined;
    case 'uv':
      if (sub === 'sync') return python(command, 'uv.lock', args.includes('--no-install-project'));
      return sub === 'pip' && args[1] === 'install' ? requirements(command, command.argv.slice(3)) : undefined;
    case 'go':
      return sub === 'mod' && args[1] === 'download' ? fixed(command, ['go.mod', 'go.sum'], true) : undefined;
    case 'bundle':
    case 'bundler':
      return (sub === undefined || sub === 'install') && !hasPositional(args.slice(1)) ? fixed(command, ['Gemfile', 'Gemfile.lock'], true) : undefined;
    case 'composer':
      // without these flags, install runs the project's scripts and builds a class map of its source
      if (sub !== 'install') return undefined;
      return fixed(command, ['composer.json', 'composer.lock'], args.includes('--no-scripts') && args.includes('--no-autoloader'));
    case 'cargo':
      // `cargo build` compiles the project: it needs the source, only `cargo fetch` does not
      return sub === 'fetch' || sub === 'build' ? fixed(command, ['Cargo.toml', 'Cargo.lock'], sub === 'fetch') : undefined;
    case 'mvn':
    case 'mvnw':
      return maven(command, args);
    case 'gradle':
    case 'gradlew':
      // which tasks need only the build scripts depends on the build: treated as building the project
      if (!hasPositional(args)) return undefined;
      return { command, manifests: ['build.gradle', 'settings.gradle'], requires: ['build.gradle*', 'settings.gradle*'], needsSource: true };
    case 'dotnet':
      if (sub !== 'restore') return undefined;
      return { command, manifests: ['*.csproj', '*.sln'], requires: ['*.csproj', '*.sln'], needsSource: false };
    default:
      return pip(command);
  }
}

function node(command: ShellCommand, lock: string, copySources: string[]): Install {
  return { command, manifests: ['package.json', lock], copySources, requires: ['package.json'], needsSource: false };
}

/** poetry and uv: pyproject.toml and a lock; only an install that leaves the project out is movable. */
function python(command: ShellCommand, lock: string, depsOnly: boolean): Install {
  const manifests = ['pyproject.toml', lock];
  return { command, manifests, requires: ['pyproject.toml'], copySources: manifests, needsSource: !depsOnly };
}

function fixed(command: ShellCommand, manifests: string[], depsOnly: boolean): Install {
  return { command, manifests, requires: [manifests[0]], copySources: manifests, needsSource: !depsOnly };
}

const MAVEN_DEPENDENCY_GOALS = new Set(['dependency:go-offline', 'dependency:resolve', 'dependency:resolve-plugins']);
const MAVEN_BUILD_GOALS = new Set(['package', 'install', 'verify', 'compile']);

function maven(command: ShellCommand, args: string[]): Install | undefined {
  const goals = args.filter((arg) => !arg.startsWith('-'));
  if (!goals.some((goal) => MAVEN_DEPENDENCY_GOALS.has(goal) || MAVEN_BUILD_GOALS.has(goal))) return undefined;
  return fixed(command, ['pom.xml'], goals.every((goal) => MAVEN_DEPENDENCY_GOALS.has(goal)));
}

/** `pip install -r requirements.txt`, `python -m pip install …`: only requirement files, nothing else. */
function pip(command: ShellCommand): Install | undefined {
  const words = command.argv;
  const at = /^pip[0-9.]*$/.test(command.name)
    ? 1
    : /^python[0-9.]*$/.test(command.name) && words[1]?.value === '-m' && /^pip[0-9.]*$/.test(words[2]?.value ?? '')
      ? 3
      : -1;
  if (at < 0 || words[at]?.value !== 'install') return undefined;
  return requirements(command, words.slice(at + 1));
}

/** Options of `pip install` that take a separate value (so that value is not a package). */
const PIP_WITH_VALUE = new Set([
  '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root',
  '--platform', '--python-version', '--implementation', '--abi', '--progress-bar', '--trusted-host', '--cache-dir',
  '--src', '--upgrade-strategy', '--log', '--timeout', '--retries', '--proxy', '--cert', '--client-cert',
  '--no-binary', '--only-binary', '--python', '--config-settings', '-C', '--report', '--root-user-action',
]);

function requirements(command: ShellCommand, words: ShellWord[]): Install | undefined {
  const files: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const value = words[i].value;
    const inline = /^(?:-r|-c|--requirement=|--constraint=)(.+)$/.exec(value);
    if (value === '-r' || value === '--requirement' || value === '-c' || value === '--constraint') {
      if (words[i + 1]) files.push(words[++i]);
    } else if (inline) {
      files.push({ ...words[i], value: inline[1] });
    } else if (value === '-e' || value === '--editable' || !value.startsWith('-')) {
      return undefined; // a package, `.` or an editable install: not only manifests
    } else if (PIP_WITH_VALUE.has(value)) {
      i++;
    }
  }
  if (files.length === 0) return undefined;
  const names = files.map((file) => file.value);
  // a path with a directory, or one built from a variable, is not rebuilt here
  const plain = files.every((file) => !file.dynamic && !file.value.includes('/'));
  return { command, manifests: names, requires: names.map(baseName), needsSource: false, ...(plain ? { copySources: names } : {}) };
}

function hasPositional(args: string[]): boolean {
  return args.some((arg) => !arg.startsWith('-'));
}

function isGlobal(args: string[]): boolean {
  return args.includes('-g') || args.includes('--global');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
