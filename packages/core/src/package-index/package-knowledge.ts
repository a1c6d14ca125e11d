// What the layer model may know from package indexes (issue 16), and where analyses get it. The
// model is synchronous: a PackageIndexSource loads everything a document's RUN lines need up
// front (like BaseImageSource; package-index-source.ts), and the model reads the resulting
// PackageIndexStates.
import type { Bytes } from '../layers/bytes';
import type { ApkIndex } from './apk-types';
import type { AptIndex } from './apt-types';
import type { RpmIndex } from './rpm-types';
import type { ApkState } from './apk-state';
import type { DpkgState } from './dpkg-state';
import type { RpmState } from './rpm-state';

/** Why a figure from package indexes is unknown under --offline (and without a source). */
export const OFFLINE_REASON = 'package index not fetched (offline)';

/**
 * Loaded, or not with why, in words that complete "unknown: …": `package index not fetched
 * (offline)`, `Debian bookworm main amd64 Packages: not found (404)`, `no package-lock.json next to
 * npm ci`.
 */
export type Knowledge<T> = { status: 'known'; value: T } | { status: 'unknown'; reason: string };

/** apt's view of one stage chain: what its base image's sources and config give. */
export interface AptKnowledge {
  /**
   * the Packages indexes of the image's apt sources, in sources order (one per suite/component/
   * architecture), then those of the sources the Dockerfile adds, each with its `addedAt` line
   */
  indexes: readonly AptIndex[];
  /** dpkg's native architecture: `amd64`, `arm64` */
  architecture: string;
  /**
   * What `apt-get update` stores in /var/lib/apt/lists: each file's name there and its size,
   * exact when apt keeps the file as downloaded (InRelease), estimated when it recompresses it
   * (Acquire::GzipIndexes keeps Packages as .lz4, whose size no Release file states). The lists of
   * an added source carry its `addedAt` line: an update before that line does not store them.
   */
  lists: ReadonlyArray<{ name: string; bytes: Bytes; addedAt?: number }>;
  /** APT::Install-Recommends from the image's apt.conf(.d): true unless set off */
  installRecommends: boolean;
}

/** One package of an npm lockfile, where `npm ci` puts it. */
export interface NpmLockPackage {
  /** its directory relative to the project: `node_modules/a`, `node_modules/a/node_modules/b` */
  path: string;
  name: string;
  version: string;
  /** only a devDependency needs it (`npm prune --omit=dev`, `npm ci --omit=dev` leave it out) */
  dev: boolean;
  optional: boolean;
  /** the registry's `dist.unpackedSize` (bytes its files take once unpacked); undefined when not known */
  unpackedSize?: number;
  /** bytes of the tarball npm downloads (what its cache keeps); undefined when not known */
  tarballSize?: number;
  /** the lockfile's `resolved` tarball URL; without it npm fetches the name's registry document to find it */
  resolved?: string;
  /** bytes of the name's registry document npm fetches and caches when the lockfile has no `resolved` */
  packumentSize?: number;
  /** the lockfile's `integrity` (SRI: `sha512-<base64>`, older `sha1-`): a tarball not matching it is not sized */
  integrity?: string;
  /** the platforms it is for (`os`, `cpu` in the lockfile); npm skips an optional package of another */
  os?: readonly string[];
  cpu?: readonly string[];
  /** why its sizes are not known: `left-pad@9.9.9: not in the npm registry (404)` */
  unsizedReason?: string;
}

/** An npm/yarn/pnpm lockfile of the build context with the registry's sizes. */
export interface NpmKnowledge {
  packages: readonly NpmLockPackage[];
  /** for figures' `source`: `npm registry metadata for package-lock.json, 2026-12-06` */
  source: string;
  /** whose lockfile: npm's, Yarn 1's, Yarn 2+'s or pnpm's (it decides where the packages go) */
  format?: 'npm' | 'yarn' | 'yarn-berry' | 'pnpm';
  /**
   * bytes of the lockfile npm keeps in node_modules (`node_modules/.package-lock.json`) with every
   * package, and without the dev ones (after `--omit=dev` or `npm prune --omit=dev`); npm's own
   * lockfiles only
   */
  hiddenLockfile?: { all: number; withoutDev: number };
}

/** One Python distribution pip would install: from a requirements/lock file and the index, or a local wheel/sdist. */
export interface PythonDistribution {
  name: string;
  version?: string;
  /** bytes of the wheel or sdist pip downloads or reads */
  fileBytes?: number;
  /** bytes its files take installed (exact from a wheel's listing, estimated otherwise) */
  installedBytes?: Bytes;
  /**
   * of installedBytes, the .pyc files pip compiles at install time (estimated); uv and poetry
   * compile none unless told to, so they store that much less
   */
  compiledBytes?: number;
  /** bytes pip keeps in its cache for it (a wheel built from an sdist; a downloaded file) */
  cacheBytes?: Bytes;
  /** a dependency the named distribution declares, which pip installs too unless `--no-deps` (or already installed) */
  dependencyOf?: string;
}

export interface PythonKnowledge {
  distributions: readonly PythonDistribution[];
  /** for figures' `source`: `PyPI JSON API for requirements.txt, 2026-12-06`, `wheel gtdemo-1.0-py3-none-any.whl` */
  source: string;
}

/** apk's view of one stage chain (Alpine): the indexes of the base image's /etc/apk/repositories. */
export interface ApkKnowledge {
  /** in repositories order; a `@tag` repository's index carries its tag (apk-types.ts) */
  indexes: readonly ApkIndex[];
  /** apk's architecture: `x86_64`, `aarch64` */
  architecture: string;
  /** what apk keeps in /var/cache/apk (APKINDEX.<hash>.tar.gz per repository) unless --no-cache: exact, the downloaded bytes */
  cacheFiles: ReadonlyArray<{ name: string; bytes: Bytes }>;
}

/** dnf/yum/microdnf's view of one stage chain (Fedora, RHEL/UBI, Rocky, Alma): its enabled repositories. */
export interface RpmKnowledge {
  indexes: readonly RpmIndex[];
  /** rpm's base architecture: `x86_64`, `aarch64` */
  architecture: string;
  /** dnf.conf's install_weak_deps (true unless set off) */
  installWeakDeps: boolean;
  /** dnf.conf's clean_requirements_on_remove (true unless set off) */
  cleanRequirementsOnRemove: boolean;
  /** what `dnf makecache`/install keeps in /var/cache/dnf (or yum's): each file and its size, when known */
  cacheFiles: ReadonlyArray<{ name: string; bytes: Bytes }>;
  /** dnf.conf's tsflags=nodocs: documentation is not installed (primary.xml's installed sizes count it) */
  nodocs?: boolean;
}

/** What an analysis may know, read synchronously by the layer model. */
export interface PackageIndexStates {
  /** apt for the stage chain whose first stage (the one naming the registry base image) is `stage` */
  apt(stage: number): Knowledge<AptKnowledge>;
  /** an npm/yarn/pnpm lockfile, by its path in the build context (`package-lock.json`, `app/yarn.lock`) */
  npm(contextPath: string): Knowledge<NpmKnowledge>;
  /** a requirements/lock file or a local wheel/sdist, by its path in the build context */
  python(contextPath: string): Knowledge<PythonKnowledge>;
  /** apk for the stage chain whose first stage is `stage` */
  apk(stage: number): Knowledge<ApkKnowledge>;
  /** dnf/yum/microdnf for the stage chain whose first stage is `stage` */
  rpm(stage: number): Knowledge<RpmKnowledge>;
}

/** The states of an analysis without a source: nothing known, each figure says why. */
export function packageIndexesUnknown(reason: string): PackageIndexStates {
  const unknown = { status: 'unknown' as const, reason };
  return { apt: () => unknown, npm: () => unknown, python: () => unknown, apk: () => unknown, rpm: () => unknown };
}

/**
 * What a RUN's package-manager handlers see (layers/shell-effects, through `call.state.packages`):
 * the analysis's knowledge, which stage chain this is, and where the stage's files came from.
 */
export interface RunPackages {
  readonly states: PackageIndexStates;
  /** the chain's first stage: the key of `states.apt()` */
  readonly chainStage: number;
  /** the build-context path of the file at an absolute image path, when a COPY/ADD put it there */
  contextPathOf(imagePath: string): string | undefined;
  /** dpkg's installed packages at this RUN, which apt's handlers read and change (one per simulated chain) */
  readonly dpkg?: DpkgState;
  /** apk's installed packages and world at this RUN, which apk's handlers read and change (one per simulated chain) */
  readonly apk?: ApkState;
  /** rpm's installed packages at this RUN, which dnf/yum/microdnf's handlers read and change (one per simulated chain) */
  readonly rpm?: RpmState;
  /** what pip installed in the chain's earlier RUNs: a distribution's normalized name → its name and where its files lie (the install's package effect) */
  readonly pip?: Map<string, { name: string; path?: string }>;
}
