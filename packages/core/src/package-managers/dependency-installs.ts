import type { ShellCommand, ShellWord } from '../parse/shell-types';
import { packageCommand, type PackageCommand } from './classify';

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
  // the build tools' wrappers and what they read before fetching: gradle/ holds gradle/wrapper and libs.versions.toml
  'gradlew', 'gradlew.bat', 'gradle', 'libs.versions.toml', 'gradle-wrapper.properties', 'mvnw', 'mvnw.cmd', '.mvn',
  'maven-wrapper.properties',
];

/** The dependency install `command` runs, if it is one. */
export function readInstall(command: ShellCommand): Install | undefined {
  const run = packageCommand(command);
  if (!run) return undefined;
  const { subcommand, operands, args } = run;
  // a bare install of what the manifests list: no package names after the subcommand
  const manifestOnly = operands.length === 0;
  const global = args.has('-g', '--global');
  switch (run.manager.name) {
    case 'npm':
      if (subcommand === 'ci' || subcommand === 'clean-install') return node(command, 'package-lock.json', ['package*.json']);
      if ((subcommand === 'install' || subcommand === 'i') && manifestOnly && !global) return node(command, 'package-lock.json', ['package*.json']);
      return undefined;
    case 'yarn':
      return (subcommand === undefined || subcommand === 'install') && manifestOnly ? node(command, 'yarn.lock', ['package.json', 'yarn.lock']) : undefined;
    case 'pnpm':
      if ((subcommand === 'install' || subcommand === 'i') && manifestOnly && !global) return node(command, 'pnpm-lock.yaml', ['package.json', 'pnpm-lock.yaml']);
      return undefined;
    case 'poetry':
      return subcommand === 'install' ? python(command, 'poetry.lock', args.has('--no-root')) : undefined;
    case 'uv':
      if (subcommand === 'sync') return python(command, 'uv.lock', args.has('--no-install-project'));
      return subcommand === 'pip install' ? requirements(command, run) : undefined;
    case 'pip':
      return subcommand === 'install' ? requirements(command, run) : undefined;
    case 'go':
      return subcommand === 'mod download' ? fixed(command, ['go.mod', 'go.sum'], true) : undefined;
    case 'bundler':
      return (subcommand === undefined || subcommand === 'install') && manifestOnly ? fixed(command, ['Gemfile', 'Gemfile.lock'], true) : undefined;
    case 'composer':
      // without these flags, install runs the project's scripts and builds a class map of its source
      if (subcommand !== 'install') return undefined;
      return fixed(command, ['composer.json', 'composer.lock'], args.has('--no-scripts') && args.has('--no-autoloader'));
    case 'cargo':
      // `cargo build` compiles the project: it needs the source, only `cargo fetch` does not
      return subcommand === 'fetch' || subcommand === 'build' ? fixed(command, ['Cargo.toml', 'Cargo.lock'], subcommand === 'fetch') : undefined;
    case 'maven':
      return maven(command, args.operands.map((word) => word.value));
    case 'gradle':
      // which tasks need only the build scripts depends on the build: treated as building the project
      if (args.operands.length === 0) return undefined;
      return { command, manifests: ['build.gradle', 'settings.gradle'], requires: ['build.gradle*', 'settings.gradle*'], needsSource: true };
    case 'dotnet':
      if (subcommand !== 'restore') return undefined;
      return { command, manifests: ['*.csproj', '*.sln'], requires: ['*.csproj', '*.sln'], needsSource: false };
    default:
      return undefined;
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

function maven(command: ShellCommand, goals: string[]): Install | undefined {
  if (!goals.some((goal) => MAVEN_DEPENDENCY_GOALS.has(goal) || MAVEN_BUILD_GOALS.has(goal))) return undefined;
  return fixed(command, ['pom.xml'], goals.every((goal) => MAVEN_DEPENDENCY_GOALS.has(goal)));
}

const REQUIREMENT_OPTIONS: ReadonlySet<string> = new Set(['-r', '--requirement', '-c', '--constraint']);

/** `pip install -r requirements.txt`, `uv pip install -r …`: only requirement files, no packages, nothing editable. */
function requirements(command: ShellCommand, run: PackageCommand): Install | undefined {
  if (run.operands.length > 0) return undefined; // a package or `.`: not only manifests
  const files: ShellWord[] = [];
  for (const item of run.args.items) {
    if (item.kind !== 'value') continue;
    if (item.name === '-e' || item.name === '--editable') return undefined;
    if (REQUIREMENT_OPTIONS.has(item.name)) files.push(item.word);
  }
  if (files.length === 0) return undefined;
  const names = files.map((file) => file.value);
  // a path with a directory, or one built from a variable, is not rebuilt here
  const plain = files.every((file) => !file.dynamic && !file.value.includes('/'));
  return { command, manifests: names, requires: names.map(baseName), needsSource: false, ...(plain ? { copySources: names } : {}) };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
