// The layer model's contract: what shell commands and COPY/ADD do to the filesystem, and what
// each layer ends up storing. Paths are absolute, normalised POSIX paths (`/data/one`, no
// trailing slash, `/` for the root). Bytes count regular-file content only, as measured.
import type { Instruction, Range } from '../parse/types';
import type { Bytes, Estimate } from './bytes';
import type { Cleanup, PackageAction } from '../package-managers/types';
import type { RunPackages } from '../package-index/package-knowledge';
import type { PackageEffect } from './package-effect';

export type { PackageEffect } from './package-effect';

// the byte figure and how figures combine: bytes.ts
export type { Bytes, Estimate } from './bytes';

interface EffectBase {
  /** the command (or the COPY/ADD instruction) in the Dockerfile that has this effect */
  range: Range;
  /** what did it, for messages: `dd`, `chmod`, `rm`, `apt-get`, `>`, `COPY`, … */
  command: string;
}

/**
 * A path may hold a glob (`/var/lib/apt/lists/*`) when `glob` is true: the simulator matches it
 * against the paths it knows; what it cannot know about makes the result a lower bound.
 */
interface PathEffect extends EffectBase {
  path: string;
  glob?: boolean;
}

/** Creates or replaces a regular file (dd of=, head -c >, curl -o, echo > f, …). */
export interface WriteEffect extends PathEffect {
  kind: 'write';
  bytes: Bytes;
  /** a symlink, device or other non-regular file: replaces what was there, stores 0 bytes */
  nonRegular?: boolean;
  /** COPY/ADD from the build context: the file's path there */
  contextPath?: string;
  /** COPY --from=<stage>: the file's path in that stage */
  stagePath?: string;
  /** the written file is a tar archive with these members (a copied archive) */
  archive?: ArchiveListing;
}

export interface MkdirEffect extends PathEffect {
  kind: 'mkdir';
  /** `mkdir` without -p fails on an existing path, so the directory is known to be new and empty */
  fresh: boolean;
}

/**
 * A metadata change or an in-place edit of an existing file (chmod, chown, chgrp, touch of an
 * existing file, setfacl, sed -i, `>>`): overlay copies the whole file up into the new layer.
 * `extraBytes` is what an append adds on top (`>>`); a missing file is created with them.
 */
export interface CopyUpEffect extends PathEffect {
  kind: 'copy-up';
  recursive: boolean;
  extraBytes?: Bytes;
  /** touch, `>>`: creates the file when it does not exist */
  creates?: boolean;
  /** writes each file anew (`sed -i`): the new size may be smaller, so it is unknown, not a bound */
  rewrites?: boolean;
}

/** rm, rm -r, rmdir, and the deleting half of mv: a whiteout; lower-layer bytes stay stored. */
export interface DeleteEffect extends PathEffect {
  kind: 'delete';
  recursive: boolean;
}

/** cp (keepSource) and mv: the target gets the source's bytes. */
export interface CopyEffect extends EffectBase {
  kind: 'copy';
  from: string;
  fromGlob?: boolean;
  to: string;
  recursive: boolean;
  /** mv: the source is deleted afterwards */
  move: boolean;
  /** the target is a directory to copy into (`-t`, trailing `/`, several sources); undefined: decide from the filesystem */
  intoDirectory?: boolean;
}

/** tar -x, unzip, gunzip of a file: writes the archive's members under `into`. */
export interface ExtractEffect extends EffectBase {
  kind: 'extract';
  archive: string;
  into: string;
  /** `tar --strip-components=N`: leading path segments dropped from each member */
  stripComponents?: number;
  format: 'tar' | 'zip' | 'gzip' | 'unknown';
}

/**
 * Package-manager state written into a directory (apt lists, pip cache, ~/.npm, …): an unknown
 * set of files under `dir`. A later delete of the directory or a glob in it removes it.
 */
export interface CacheWriteEffect extends EffectBase {
  kind: 'cache-write';
  dir: string;
  /** the package manager's name in core's table: `apt`, `apk`, `pip`, `npm`, … */
  manager: string;
  /** which of the manager's caches (its key in the table): `lists`, `archives`, `modules`, … */
  cache: string;
  /** what the command that filled it does */
  action: PackageAction;
  /** what the cache is, for messages: "apt package lists", "pip wheel cache" */
  what: string;
  bytes: Bytes;
  /** ways to keep the cache out of the layer, best first (empty when there is none to suggest) */
  cleanup: Cleanup[];
}

/**
 * Something wrote files the model cannot size (apt-get install, make install, git clone, an
 * unknown command). `path`: under where, when known (git clone's target, a tar -C dir).
 */
export interface UnknownWriteEffect extends EffectBase {
  kind: 'unknown-write';
  path?: string;
  /**
   * Without `path`: the directory the command ran in, where its output most likely lands (it may
   * write anywhere). Later figures that read that directory are not exact (unseen-writes.ts).
   */
  cwd?: string;
  reason: string;
  /** what the files amount to when more than "unknown" can be said: why (`base image not resolved (offline)`) */
  bytes?: Bytes;
}

export type Effect =
  | PackageEffect
  | WriteEffect
  | MkdirEffect
  | CopyUpEffect
  | DeleteEffect
  | CopyEffect
  | ExtractEffect
  | CacheWriteEffect
  | UnknownWriteEffect;

/** What the shell-effects reader needs besides the script. */
export interface ShellEffectsEnv {
  /** absolute WORKDIR the RUN starts in (`/` by default) */
  workdir: string;
  /** ENV and ARG values known statically at this RUN (ARGs with defaults) */
  env: ReadonlyMap<string, string>;
  /** HOME of the RUN's user (`/root` for root, else `/home/<user>` as a guess marked lower-bound by the caller) */
  home: string;
  /** what package indexes say, for the package managers' handlers; without it their installs are unsized */
  packages?: RunPackages;
}

// ---- build context -------------------------------------------------------------------------

/** One file a COPY/ADD takes from the build context, placed at its destination in the image. */
export interface ContextCopyFile {
  /** absolute destination path in the image */
  path: string;
  size: number;
  /** path in the context, relative to its root, POSIX separators */
  contextPath: string;
  /** for a tar archive copied as a file: its members, when it could be listed */
  archive?: ArchiveListing;
}

export interface ArchiveListing {
  /** member paths relative to the extraction directory (no leading `./`), regular files only */
  files: Array<{ path: string; size: number }>;
  complete: boolean;
}

/** What one COPY or ADD (without --from) takes from the context. */
export interface ContextCopy {
  files: ContextCopyFile[];
  /** exact when every source was found and sized; lower-bound when a limit was hit or a source is dynamic; unknown for URLs (never estimated: files are measured) */
  estimate: Exclude<Estimate, 'estimated'>;
  /** sources that matched nothing (Docker fails the build on these) */
  missing: string[];
  /** why the figure is not exact, limits hit, symlinks not followed, … */
  notes: string[];
}

/** The build context, read once up front so the model itself stays synchronous and pure. */
export interface BuildContext {
  root: string;
  /** the ignore file in effect (`Dockerfile.dockerignore` or `.dockerignore`), if any */
  ignoreFile?: string;
  /** keyed by the line each COPY/ADD starts on (contextCopyKey) in the document it was read for */
  copies: ReadonlyMap<number, ContextCopy>;
  notes: string[];
}

// ---- the model -----------------------------------------------------------------------------

/** One file or tree a layer stores, and whether it survives to the stage's final filesystem. */
export interface StoredEntry {
  path: string;
  bytes: Bytes;
  /** an unknown set of files under `path` (a cache, an install, a package's files at `/`), not one file */
  tree: boolean;
  /** `base`: a file of the resolved base image, as the filesystem shows it (never in a step's `stored`) */
  reason: 'write' | 'copy-up' | 'copy' | 'extract' | 'cache' | 'unknown' | 'base' | 'package';
  /** the effect that made this layer store it */
  effect: Effect;
  /** for files a COPY/ADD took from the build context: the path there */
  contextPath?: string;
  /** for a stored tar archive whose members are known (from the context, or copied from one) */
  archive?: ArchiveListing;
  /** set when a later layer hides it: then its bytes are wasted */
  shadowedBy?: Shadowing;
}

/** How a later layer hides a stored entry: a whiteout, a new file at its path, a copy-up of it, or a move away. */
export type ShadowingKind = 'delete' | 'overwrite' | 'copy-up' | 'move';

/** The later step that hides a stored entry, and how. */
export interface Shadowing {
  /** the hiding step's position in `StageLayers.steps` of the stage being described */
  step: number;
  instruction: Instruction;
  effect: Effect;
  how: ShadowingKind;
  /**
   * The hiding write stores the very same bytes again: a COPY of the build-context file an
   * earlier COPY put at the same path (`COPY package*.json ./`, install, `COPY . .`). The bytes
   * are stored twice, so they count as wasted; it is the price of the cache-friendly order, not
   * a mistake to report.
   */
  sameBytes?: boolean;
}

export interface Step {
  instruction: Instruction;
  /** RUN, COPY and ADD make a filesystem layer; everything else only a history entry */
  createsLayer: boolean;
  /** regular-file bytes this layer stores */
  addedBytes: Bytes;
  /** of those, the bytes not visible in the stage's final filesystem */
  wastedBytes: Bytes;
  stored: StoredEntry[];
  /** what the step did (for RUN, read from the shell; for COPY/ADD, the writes) */
  effects: Effect[];
  /** why an estimate is not exact, mounts that kept writes out of the layer, … */
  notes: string[];
}

export interface StageTotals {
  addedBytes: Bytes;
  /** predicted regular-file bytes of the built image: the base image's stored bytes plus every layer's added bytes */
  imageBytes?: Bytes;
  wastedBytes: Bytes;
  layerCount: number;
  historyCount: number;
}

export interface StageLayers {
  index: number;
  name?: string;
  base: string;
  baseStage?: number;
  /** one per instruction of the stage, FROM first (FROM itself: createsLayer false, 0 bytes) */
  steps: Step[];
  /** this stage's layers plus what it inherits through `FROM <stage>` (not an external base image) */
  totals: StageTotals;
  /**
   * base-image files this stage's layers hide, one per command and the path it names; `bytes`: their
   * exact size when the base is resolved, else unknown with why (the base may hold files there)
   */
  shadowedBase: Array<{ path: string; step: number; effect: Effect; bytes?: Bytes }>;
  /** the registry image the stage's chain starts from; undefined for `FROM scratch` (and chains from it) */
  baseImage?: BaseImageSummary;
}

/** A stage's registry base image as `dflint layers` reports it (DESIGN.md, wave 2 contract). */
export interface BaseImageSummary {
  /** as resolved (`docker.io/library/debian:bookworm`), or as written when it could not be parsed */
  reference: string;
  /** the platform manifest's digest, when resolved */
  digest?: string;
  /** `linux/amd64` */
  platform?: string;
  /** compressed bytes of its layers, as pulled */
  compressedBytes?: number;
  /** regular-file bytes its layers store (unknown, with the reason, when not resolved) */
  bytes: Bytes;
  layerCount?: number;
  resolved: boolean;
  /** the names its config's Env sets (`PATH`, `GOPATH`), when resolved: what a stage's variables may use */
  envNames?: string[];
  /** why it is not resolved ("offline", "registry-1.docker.io: not found (404)") */
  note?: string;
}

export interface LayerModel {
  stages: StageLayers[];
}
