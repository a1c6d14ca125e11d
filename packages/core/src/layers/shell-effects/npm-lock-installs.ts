// `npm ci`, `npm install` (no package named) and `npm prune` in a project whose lockfile came from
// the build context: the packages' trees in node_modules and the cache, from the lockfile and the
// registry's sizes (package-index/npm-source.ts).
import { npmCacheBytes } from '../../package-index/npm-cache-bytes';
import type { Knowledge, NpmKnowledge, NpmLockPackage } from '../../package-index/package-knowledge';
import type { PackageCommand } from '../../package-managers';
import { NPM } from '../../package-managers/node-managers';
import { estimated, sumBytes, unknownBecause, type Bytes } from '../bytes';
import type { Effect } from '../types';
import { origin, resolveText, textOf, type Call } from './call';
import { cacheWrite, envFlag } from './package-cache';

/** npm reads the shrinkwrap first, then package-lock.json */
const LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json'];
/** subcommands that remove node_modules first and install exactly the lockfile */
const CLEAN_INSTALLS = new Set(['ci', 'clean-install', 'ic', 'install-clean', 'isntall-clean', 'install-ci-test', 'cit']);
/** `npm install` with no package named installs the lockfile too (into what is there) */
const INSTALLS = new Set([...CLEAN_INSTALLS, 'install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isntal', 'isntall', 'install-test', 'it']);

export interface NpmLock {
  contextPath: string;
  knowledge: Knowledge<NpmKnowledge>;
}

/** The build-context lockfile (the first of `names`) the manager reads in the call's directory, and what is known of it. */
export function npmLockOf(call: Call, names: readonly string[] = LOCKFILES): NpmLock | undefined {
  const packages = call.state.packages;
  if (!packages || call.state.cwd === undefined) return undefined;
  for (const name of names) {
    const contextPath = packages.contextPathOf(resolveText(call, name)!);
    if (contextPath !== undefined) return { contextPath, knowledge: packages.states.npm(contextPath) };
  }
  return undefined;
}

/** An install of the lockfile: `npm ci`, or `npm install` without package operands. */
export function installsLockfile(command: PackageCommand): boolean {
  return command.subcommand !== undefined && INSTALLS.has(command.subcommand) && command.operands.length === 0;
}

/** `--omit=dev`, `--production`, `NODE_ENV=production` (unless `--include=dev`); `flags`: the manager's own (`--prod`). */
export function omitsDev(call: Call, command: PackageCommand, flags: readonly string[] = ['--production']): boolean {
  const omit = textOf(call, command.args.value('--omit')) ?? call.env('npm_config_omit') ?? '';
  if (omit.split(/[ ,]/).includes('dev') || command.args.has(...flags)) return true;
  if (textOf(call, command.args.value('--include')) === 'dev') return false;
  return call.env('NODE_ENV') === 'production' || envFlag(call, 'npm_config_production');
}

/** The packages a lockfile install puts in place, each a tree of its estimated unpacked bytes (or unknown, why). */
export function lockTrees(call: Call, value: NpmKnowledge, withoutDev: boolean): Effect[] {
  const cpu = architectureOf(call);
  return value.packages.filter((item) => !(withoutDev && item.dev) && fitsPlatform(item, cpu)).map((item) => packageTree(call, item, value.source));
}

/** The effects of installing the lockfile, with `cacheDir` npm's cache. */
export function npmLockInstall(call: Call, command: PackageCommand, lock: NpmLock & { knowledge: { status: 'known' } }, cacheDir: string): Effect[] {
  const { value } = lock.knowledge;
  const withoutDev = omitsDev(call, command);
  const cpu = architectureOf(call);
  const installed = value.packages.filter((item) => !(withoutDev && item.dev) && fitsPlatform(item, cpu));
  const effects: Effect[] = [];
  if (command.subcommand !== undefined && CLEAN_INSTALLS.has(command.subcommand)) {
    effects.push({ kind: 'delete', ...origin(call), path: resolveText(call, 'node_modules')!, recursive: true });
  }
  effects.push(...lockTrees(call, value, withoutDev));
  // `npm install` saves the lockfile again (npm ci does not): overlay stores it anew
  if (command.subcommand !== undefined && !CLEAN_INSTALLS.has(command.subcommand)) effects.push(lockfileRewrite(call, lock.contextPath));
  if (value.hiddenLockfile) effects.push(hiddenLockfile(call, withoutDev ? value.hiddenLockfile.withoutDev : value.hiddenLockfile.all, value.source));
  const cache = npmCacheBytes(installed);
  const parts: Bytes[] = [estimated(cache.bytes, value.source)];
  for (const item of cache.unsized) parts.push(unknownBecause(item.unsizedReason ?? `${item.name}@${item.version}: its tarball's size is not known`));
  effects.push({ ...cacheWrite(call, { manager: NPM, action: 'install' }, 'packages', { dir: cacheDir }), bytes: sumBytes(parts) });
  return effects;
}

/** `npm prune` with dev omitted: the dev packages' trees go, npm rewrites both lockfiles. */
export function npmLockPrune(call: Call, command: PackageCommand, lock: NpmLock & { knowledge: { status: 'known' } }): Effect[] {
  const { value } = lock.knowledge;
  const withoutDev = omitsDev(call, command);
  const effects: Effect[] = [];
  if (withoutDev) {
    for (const item of value.packages) if (item.dev) effects.push({ kind: 'delete', ...origin(call), path: resolveText(call, item.path)!, recursive: true });
  }
  if (value.hiddenLockfile) effects.push(hiddenLockfile(call, withoutDev ? value.hiddenLockfile.withoutDev : value.hiddenLockfile.all, value.source));
  effects.push(lockfileRewrite(call, lock.contextPath));
  return effects;
}

/** npm saves its lockfile again (the same text when nothing else changed): overlay stores it anew. */
function lockfileRewrite(call: Call, contextPath: string): Effect {
  return { kind: 'copy-up', ...origin(call), path: resolveText(call, contextPath.slice(contextPath.lastIndexOf('/') + 1))!, recursive: false };
}

function packageTree(call: Call, item: NpmLockPackage, source: string): Effect {
  const what = `${call.name} installs ${item.name}@${item.version}`;
  if (item.unpackedSize !== undefined) return { kind: 'unknown-write', ...origin(call), path: resolveText(call, item.path)!, reason: what, bytes: estimated(item.unpackedSize, source) };
  // the reason is the note under the layers table: say why
  const why = item.unsizedReason ?? `${item.name}@${item.version}: its size is not known`;
  return { kind: 'unknown-write', ...origin(call), path: resolveText(call, item.path)!, reason: `${what}, of unknown size (${why})`, bytes: unknownBecause(why) };
}

function hiddenLockfile(call: Call, size: number, source: string): Effect {
  return { kind: 'write', ...origin(call), path: resolveText(call, 'node_modules/.package-lock.json')!, bytes: estimated(size, source) };
}

/** npm's `cpu` name for the stage's architecture (dpkg's, when apt knows it), x64 otherwise. */
function architectureOf(call: Call): string {
  const packages = call.state.packages;
  const apt = packages?.states.apt(packages.chainStage);
  const dpkg = apt?.status === 'known' ? apt.value.architecture : 'amd64';
  return ({ amd64: 'x64', arm64: 'arm64', i386: 'ia32', armhf: 'arm', ppc64el: 'ppc64', s390x: 's390x' } as Record<string, string>)[dpkg] ?? dpkg;
}

/** npm skips an optional package whose `os`/`cpu` rule out linux on this architecture. */
function fitsPlatform(item: NpmLockPackage, cpu: string): boolean {
  if (!item.optional) return true;
  const allows = (list: readonly string[] | undefined, wanted: string) =>
    list === undefined || list.length === 0 || (list.includes(wanted) ? true : list.some((entry) => entry.startsWith('!')) && !list.includes(`!${wanted}`));
  return allows(item.os, 'linux') && allows(item.cpu, cpu);
}
