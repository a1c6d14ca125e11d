import { exact, sumBytes, UNKNOWN } from './bytes';
import type { FileNode, ImageFilesystem } from './filesystem';
import { globReaches, globToRegExp } from './glob';
import { baseName, isUnder, resolveImagePath } from './paths';
import type {
  ArchiveListing,
  Bytes,
  CopyEffect,
  CopyUpEffect,
  DeleteEffect,
  Effect,
  ExtractEffect,
  StoredEntry,
} from './types';

const COPY_COMMANDS = new Set(['COPY', 'ADD']);

type Hide = NonNullable<StoredEntry['shadowedBy']>['how'];

/** A lower-layer node this step hides, and how. */
export interface Hidden {
  node: FileNode;
  effect: Effect;
  how: Hide;
}

/** A place the step touched that may hold base-image files the model cannot see. */
export interface BaseTouch {
  path: string;
  effect: Effect;
}

type Pending = { kind: 'store'; entry: StoredEntry } | { kind: 'whiteout' };

/**
 * Applies one layer step's effects on top of the filesystem below it. Within one step only the
 * final state of a path is stored (a file written and removed in the same RUN costs nothing);
 * what the step hides of lower layers is collected for the wasted-bytes accounting.
 */
export class LayerWriter {
  private readonly pending = new Map<string, Pending>();
  readonly hidden: Hidden[] = [];
  readonly baseTouches: BaseTouch[] = [];
  private unknownCount = 0;

  constructor(
    private readonly lower: ImageFilesystem,
    /** paths under these directories are mounts: writes there are not stored */
    private readonly mounted: readonly string[],
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
      case 'cache-write':
        return this.store(effect.dir, { bytes: effect.bytes, reason: 'cache', effect, tree: true });
      case 'unknown-write':
        return this.unknownTree(effect, effect.path);
    }
  }

  /** The entries this step stores, in the order first written. */
  stored(): StoredEntry[] {
    const entries: StoredEntry[] = [];
    for (const change of this.pending.values()) if (change.kind === 'store') entries.push(change.entry);
    return entries;
  }

  /** Moves the step's result into the filesystem (call once, after every effect). */
  commit(): void {
    for (const [path, change] of this.pending) {
      if (change.kind === 'whiteout') this.lower.remove(path);
      else this.lower.set({ path, entry: change.entry });
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
        // copying up an unknown set of files stores an unknown amount again
        this.store(node.path, { bytes: UNKNOWN, reason: 'copy-up', effect, tree: true }, 'copy-up');
        continue;
      }
      const own = this.pending.get(node.path);
      const bytes = sumBytes([node.entry.bytes, extra]);
      if (own?.kind === 'store') own.entry.bytes = effect.extraBytes ? bytes : own.entry.bytes;
      else this.store(node.path, { bytes, reason: 'copy-up', effect, archive: node.entry.archive }, 'copy-up');
    }
    if (effect.recursive && !this.lower.isFresh(effect.path)) this.touchBase(effect.path, effect);
  }

  private delete(effect: DeleteEffect): void {
    if (this.isMounted(effect.glob ? parentDirOf(effect.path) : effect.path)) return;
    const targets = effect.glob
      ? this.visibleMatching(effect.path)
      : effect.recursive
        ? this.visibleUnder(effect.path)
        : this.visibleAt(effect.path);
    for (const node of targets) this.remove(node.path, effect, 'delete');
    const dir = effect.glob ? parentDirOf(effect.path) : effect.path;
    if (!this.lower.isFresh(dir) && (effect.glob || effect.recursive || targets.length === 0)) this.touchBase(dir, effect);
    if (!effect.glob) this.lower.forgetDirectory(effect.path);
  }

  private copy(effect: CopyEffect): void {
    const sources = effect.fromGlob ? this.visibleMatching(effect.from) : this.visibleUnder(effect.from);
    const sourceIsDir = !effect.fromGlob && this.isDirectory(effect.from);
    if (sources.length === 0) {
      // copying something the model does not know (a base-image file): an unknown amount
      this.unknownTree(effect, effect.to);
      if (effect.move && !this.lower.isFresh(effect.from)) this.touchBase(effect.from, effect);
      return;
    }
    const into = effect.intoDirectory ?? this.isDirectory(effect.to);
    for (const node of sources) {
      const target = copyTarget(node.path, effect.from, effect.to, { into, sourceIsDir, glob: Boolean(effect.fromGlob) });
      this.store(target, { bytes: node.entry.bytes, reason: 'copy', effect, tree: node.entry.tree, archive: node.entry.archive });
    }
    if (effect.move) for (const node of sources) this.remove(node.path, effect, 'move');
  }

  private extract(effect: ExtractEffect): void {
    const archive = this.visibleAt(effect.archive)[0];
    const listing: ArchiveListing | undefined = archive?.entry.archive;
    if (!listing) return this.unknownTree(effect, effect.into);
    for (const member of listing.files) {
      const bytes = exact(member.size);
      this.store(resolveImagePath(effect.into, member.path), { bytes, reason: 'extract', effect });
    }
    if (!listing.complete) this.unknownTree(effect, effect.into);
  }

  // ---- primitives ----------------------------------------------------------------------------

  private store(
    path: string,
    entry: Omit<StoredEntry, 'path' | 'tree'> & { tree?: boolean },
    how: Hide = 'overwrite',
  ): void {
    if (this.isMounted(path)) return;
    const lower = this.lower.get(path);
    if (lower && !this.pending.has(path)) this.hidden.push({ node: lower, effect: entry.effect, how });
    this.pending.set(path, { kind: 'store', entry: { ...entry, path, tree: entry.tree ?? false } });
  }

  private remove(path: string, effect: Effect, how: Hide): void {
    if (this.isMounted(path)) return;
    const lower = this.lower.get(path);
    if (lower && !this.pending.has(path)) this.hidden.push({ node: lower, effect, how });
    if (lower) this.pending.set(path, { kind: 'whiteout' });
    else this.pending.delete(path);
  }

  private unknownTree(effect: Effect, path: string | undefined): void {
    const key = path ?? `(unknown writes ${++this.unknownCount} of ${effect.command})`;
    this.store(key, { bytes: UNKNOWN, reason: 'unknown', effect, tree: true });
  }

  private touchBase(path: string, effect: Effect): void {
    if (!this.isMounted(path)) this.baseTouches.push({ path, effect });
  }

  private isMounted(path: string): boolean {
    return this.mounted.some((dir) => isUnder(path, dir));
  }

  // ---- what is visible now: this step's changes over the lower layers -------------------------

  private visible(path: string): boolean {
    return this.visibleAt(path).length > 0;
  }

  private visibleAt(path: string): FileNode[] {
    const change = this.pending.get(path);
    if (change) return change.kind === 'store' ? [{ path, entry: change.entry }] : [];
    const node = this.lower.get(path);
    return node ? [node] : [];
  }

  private visibleUnder(path: string): FileNode[] {
    return this.visibleWhere((candidate) => isUnder(candidate, path), this.lower.under(path));
  }

  private visibleMatching(pattern: string): FileNode[] {
    const regex = globToRegExp(pattern);
    const reaches = (path: string) => {
      const change = this.pending.get(path);
      const tree = change?.kind === 'store' ? change.entry.tree : (this.lower.get(path)?.entry.tree ?? false);
      return globReaches(pattern, path, tree, regex);
    };
    return this.visibleWhere(reaches, this.lower.matching(pattern));
  }

  private visibleWhere(wanted: (path: string) => boolean, lowerNodes: FileNode[]): FileNode[] {
    const nodes = new Map<string, FileNode>();
    for (const node of lowerNodes) if (!this.pending.has(node.path)) nodes.set(node.path, node);
    for (const [path, change] of this.pending) if (change.kind === 'store' && wanted(path)) nodes.set(path, { path, entry: change.entry });
    return [...nodes.values()];
  }

  private isDirectory(path: string): boolean {
    if (this.lower.isDirectory(path)) return true;
    for (const [candidate, change] of this.pending) if (change.kind === 'store' && candidate !== path && isUnder(candidate, path)) return true;
    return false;
  }
}

function parentDirOf(pattern: string): string {
  const at = pattern.lastIndexOf('/');
  return at <= 0 ? '/' : pattern.slice(0, at);
}

/** Where `cp`/`mv` puts one source file. */
function copyTarget(
  file: string,
  from: string,
  to: string,
  how: { into: boolean; sourceIsDir: boolean; glob: boolean },
): string {
  if (how.glob) return resolveImagePath(to, baseName(file));
  if (how.sourceIsDir) {
    const relative = file.slice(from.length + 1);
    const root = how.into ? resolveImagePath(to, baseName(from)) : to;
    return relative ? resolveImagePath(root, relative) : root;
  }
  return how.into ? resolveImagePath(to, baseName(from)) : to;
}
