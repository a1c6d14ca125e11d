import { exact, sumBytes, UNKNOWN, unknownBecause } from './bytes';
import { nodeKey, type FileNode, type ImageFilesystem } from './filesystem';
import { globBase, globReaches, globTarget, globToRegExp } from './glob';
import { BaseTouches, type BaseTouch } from './base-touches';
import { PendingChanges } from './pending-changes';
import { copyTarget, isUnder, parentDirOf, resolveImagePath, stripLeading } from './paths';
import type {
  ArchiveListing,
  Bytes,
  CopyEffect,
  CopyUpEffect,
  DeleteEffect,
  Effect,
  ExtractEffect,
  PackageEffect,
  ShadowingKind,
  StoredEntry,
} from './types';

const COPY_COMMANDS = new Set(['COPY', 'ADD']);

/** A lower-layer node this step hides, and how. */
export interface Hidden {
  node: FileNode;
  effect: Effect;
  how: ShadowingKind;
  /** see Shadowing.sameBytes */
  sameBytes?: boolean;
}

/**
 * Applies one layer step's effects on top of the filesystem below it. Within one step only the
 * final state of a path is stored (a file written and removed in the same RUN costs nothing);
 * what the step hides of lower layers is collected for the wasted-bytes accounting.
 */
export class LayerWriter {
  private readonly pending = new PendingChanges();
  readonly hidden: Hidden[] = [];
  private readonly touches = new BaseTouches();

  constructor(
    private readonly lower: ImageFilesystem,
    /** paths under these directories are mounts: writes there are not stored */
    private readonly mounted: readonly string[],
    /** what a copy of files only an unresolved base image may hold amounts to (unknown, and why) */
    private readonly unknownBase: Bytes = UNKNOWN,
  ) {}

  apply(effect: Effect): void {
    switch (effect.kind) {
      case 'write':
        if (effect.glob) return this.unknownTree(effect, parentDirOf(effect.path));
        return this.store(effect.path, {
          bytes: effect.nonRegular ? exact(0) : effect.bytes,
          reason: COPY_COMMANDS.has(effect.command) ? 'copy' : 'write',
          effect,
          contextPath: effect.contextPath,
          archive: effect.archive,
        });
      case 'mkdir':
        if (!this.isMounted(effect.path)) this.lower.markDirectory(effect.path, effect.fresh && !this.visible(effect.path));
        return;
      case 'copy-up':
        return this.copyUp(effect);
      case 'delete':
        return this.delete(effect);
      case 'copy':
        return this.copy(effect);
      case 'extract':
        return this.extract(effect);
      case 'package':
        return this.packageChange(effect);
      case 'cache-write':
        return this.store(effect.dir, { bytes: effect.bytes, reason: 'cache', effect, tree: true });
      case 'unknown-write':
        // what it writes where the base holds files (or may: an unresolved base) may replace them
        if (effect.path !== undefined && (this.holdsBaseFiles(effect.path) || !this.lower.isFresh(effect.path))) this.touchBase(effect.path, effect);
        return this.unknownTree(effect, effect.path, effect.bytes);
    }
  }

  /** Where the step hid base-image files (or may have). */
  get baseTouches(): BaseTouch[] {
    return this.touches.list;
  }

  /** The entries this step stores, in the order first written. */
  stored(): StoredEntry[] {
    const entries: StoredEntry[] = [];
    for (const [, change] of this.pending.entries()) if (change.kind === 'store') entries.push(change.entry);
    return entries;
  }

  /** Moves the step's result into the filesystem (call once, after every effect). */
  commit(): void {
    for (const [key, change] of this.pending.entries()) {
      if (change.kind === 'whiteout') this.lower.remove(key);
      else this.lower.set({ key, path: change.path, entry: change.entry });
    }
  }

  // ---- effects -------------------------------------------------------------------------------

  private copyUp(effect: CopyUpEffect): void {
    const extra = effect.extraBytes ?? exact(0);
    const targets = effect.recursive ? this.visibleUnder(effect.path) : this.visibleAt(effect.path);
    if (targets.length === 0) {
      if (effect.creates) this.store(effect.path, { bytes: extra, reason: 'write', effect });
      if (!this.lower.isFresh(effect.path)) this.touchBase(effect.path, effect);
      return;
    }
    for (const node of targets) {
      if (node.entry.tree) {
        // copying up an unknown set of files stores an unknown amount again and hides the old copy
        if (this.pending.has(node.key)) continue;
        this.hidden.push({ node, effect, how: 'copy-up' });
        this.pending.set(node.key, { kind: 'whiteout', path: node.path });
        this.store(node.path, { bytes: UNKNOWN, reason: 'copy-up', effect, tree: true });
        continue;
      }
      const own = this.pending.get(node.key);
      const bytes = effect.rewrites ? unknownBecause(`\`${effect.command}\` rewrites ${node.path}: its new size is unknown`) : sumBytes([node.entry.bytes, extra]);
      if (own?.kind === 'store') own.entry.bytes = effect.extraBytes || effect.rewrites ? bytes : own.entry.bytes;
      else this.store(node.path, { bytes, reason: 'copy-up', effect, archive: node.entry.archive }, 'copy-up');
    }
    if (effect.recursive && !this.lower.isFresh(effect.path)) this.touchBase(effect.path, effect);
  }

  /** A package's files are a tree of their own at `/` (pip's: at its install prefix): its removal or upgrade hides an earlier install's tree, else the base's package. */
  private packageChange(effect: PackageEffect): void {
    const at = effect.path ?? '/';
    const earlier = this.visibleAt(at).filter(({ entry }) => entry.reason === 'package' && entry.effect.kind === 'package' && entry.effect.manager === effect.manager && entry.effect.name === effect.name);
    for (const node of earlier) this.remove(node, effect, 'delete'); // an upgrade too: the old version's files go
    const baseBytes = effect.op === 'remove' ? effect.bytes : effect.replaces;
    if (earlier.length === 0 && baseBytes) this.touches.known(at, effect, baseBytes);
    if (effect.op === 'install') this.pending.set(nodeKey(at, true), { kind: 'store', path: at, entry: { path: at, bytes: effect.bytes, tree: true, reason: 'package', effect } });
  }

  private delete(effect: DeleteEffect): void {
    if (this.isMounted(effect.glob ? parentDirOf(effect.path) : effect.path)) return;
    const targets = effect.glob
      ? this.visibleMatching(effect.path)
      : effect.recursive
        ? this.visibleUnder(effect.path)
        : this.visibleAt(effect.path);
    for (const node of targets) this.remove(node, effect, 'delete');
    const dir = effect.glob ? parentDirOf(effect.path) : effect.path;
    if (!this.lower.isFresh(dir) && (effect.glob || effect.recursive || targets.length === 0)) this.touchBase(dir, effect);
    if (!effect.glob) this.lower.forgetDirectory(effect.path);
  }

  private copy(effect: CopyEffect): void {
    const sources = effect.fromGlob ? this.visibleMatching(effect.from) : this.visibleUnder(effect.from);
    const sourceIsDir = !effect.fromGlob && this.isDirectory(effect.from);
    if (sources.length === 0) {
      // copying something the model does not know (a base-image file): an unknown amount
      this.unknownTree(effect, effect.to, this.lower.isFresh(effect.from) ? UNKNOWN : this.unknownBase);
      if (effect.move && !this.lower.isFresh(effect.from)) this.touchBase(effect.from, effect);
      return;
    }
    const into = effect.intoDirectory ?? this.isDirectory(effect.to);
    for (const node of sources) {
      const target = copyTarget(node.path, effect.from, effect.to, { into, sourceIsDir, glob: Boolean(effect.fromGlob) });
      this.store(target, { bytes: node.entry.bytes, reason: 'copy', effect, tree: node.entry.tree, archive: node.entry.archive });
    }
    if (effect.move) for (const node of sources) this.remove(node, effect, 'move');
  }

  private extract(effect: ExtractEffect): void {
    const archive = this.visibleAt(effect.archive)[0];
    const listing: ArchiveListing | undefined = archive?.entry.archive;
    if (!listing) return this.unknownTree(effect, effect.into);
    for (const member of listing.files) {
      const memberPath = stripLeading(member.path, effect.stripComponents ?? 0);
      // tar skips a member with no segments left after stripping
      if (memberPath === undefined) continue;
      this.store(resolveImagePath(effect.into, memberPath), { bytes: exact(member.size), reason: 'extract', effect });
    }
    if (!listing.complete) this.unknownTree(effect, effect.into);
  }

  // ---- primitives ----------------------------------------------------------------------------

  /** Stores a file (or a tree of unknown files) at `path`; `entry`, a fresh object, is kept as the stored entry. */
  private store(
    path: string,
    entry: Omit<StoredEntry, 'path' | 'tree'> & { tree?: boolean },
    how: ShadowingKind = 'overwrite',
  ): void {
    if (this.isMounted(path)) return;
    const tree = entry.tree ?? false;
    // a tree of unknown files adds to what is there; a file replaces the file at its path
    const lower = tree ? undefined : this.lower.get(path);
    if (lower && !this.pending.has(path)) {
      const sameBytes = entry.contextPath !== undefined && entry.contextPath === lower.entry.contextPath;
      this.hide({ node: lower, effect: entry.effect, how, ...(sameBytes && { sameBytes }) });
    }
    // within one step, a second tree at the same place is the same unknown set of files
    const key = (tree && this.pending.firstTreeAt(path)) || nodeKey(path, tree);
    // every caller passes a fresh literal: it becomes the entry, path and tree added in place (the
    // keys in the order a spread gave), as a spread of the callers' many shapes took V8's slow path
    const stored = entry as StoredEntry;
    stored.path = path;
    stored.tree = tree;
    this.pending.set(key, { kind: 'store', path, entry: stored });
  }

  private remove(node: FileNode, effect: Effect, how: ShadowingKind): void {
    if (this.isMounted(node.path)) return;
    // a file this step wrote itself costs nothing; a lower one stays stored, hidden
    if (!this.pending.has(node.key)) this.hide({ node, effect, how });
    if (this.lower.has(node.key)) this.pending.set(node.key, { kind: 'whiteout', path: node.path });
    else this.pending.delete(node.key);
  }

  private unknownTree(effect: Effect, path: string | undefined, bytes: Bytes = UNKNOWN): void {
    // writes to an unknown place get a path no real path lies under
    this.store(path ?? '(unknown)', { bytes, reason: 'unknown', effect, tree: true });
  }

  /** A lower node this step hides; a base file is no stored entry, but a base touch of its exact size. */
  private hide(hidden: Hidden): void {
    if (hidden.node.entry.reason === 'base') this.touches.hid(hidden.node, hidden.effect, hidden.how);
    else this.hidden.push(hidden);
  }

  private touchBase(path: string, effect: Effect): void {
    if (!this.isMounted(path)) this.touches.may(path, effect);
  }

  private holdsBaseFiles(path: string): boolean {
    return this.lower.under(path).some((node) => node.entry.reason === 'base');
  }

  private isMounted(path: string): boolean {
    return this.mounted.length > 0 && this.mounted.some((dir) => isUnder(path, dir));
  }

  // ---- what is visible now: this step's changes over the lower layers -------------------------

  private visible(path: string): boolean {
    return this.visibleAt(path).length > 0;
  }

  /** The file at `path` and any trees of unknown files rooted exactly there. */
  private visibleAt(path: string): FileNode[] {
    return this.visibleWhere(() => true, this.lower.at(path), this.pending.storedPaths.keysAt(path));
  }

  private visibleUnder(path: string): FileNode[] {
    return this.visibleWhere(() => true, this.lower.under(path), this.pending.storedPaths.keysUnder(path));
  }

  private visibleMatching(pattern: string): FileNode[] {
    const regex = globToRegExp(pattern);
    const reaches = (path: string, entry: StoredEntry) => globReaches(pattern, path, globTarget(entry), regex);
    // everything a glob reaches lies under its base directory
    const candidates = this.pending.storedPaths.keysUnder(pattern.startsWith('/') ? globBase(pattern) : '/');
    return this.visibleWhere(reaches, this.lower.matching(pattern), candidates);
  }

  /** The lower nodes this step has not changed, then this step's stores among `pendingKeys` that are `wanted`. */
  private visibleWhere(wanted: (path: string, entry: StoredEntry) => boolean, lowerNodes: FileNode[], pendingKeys: Iterable<string>): FileNode[] {
    const nodes: FileNode[] = lowerNodes.filter((node) => !this.pending.has(node.key));
    for (const [key, change] of this.pending.storesAmong(pendingKeys)) {
      if (wanted(change.path, change.entry)) nodes.push({ key, path: change.path, entry: change.entry });
    }
    return nodes;
  }

  private isDirectory(path: string): boolean {
    return this.lower.isDirectory(path) || this.pending.storedPaths.hasBelow(path);
  }
}
