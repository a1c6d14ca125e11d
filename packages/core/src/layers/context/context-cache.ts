import * as path from 'node:path';
import { asyncFs } from '../../async-fs';
import type { ArchiveListing } from '../types';
import { listTarArchive, sniffArchive, type ArchiveKind } from './archive';
import { ContextReader, memo } from './context-reader';
import { NOTHING_IGNORED, readIgnoreFile, readOwnDockerIgnore, rootDockerIgnorePath, type DockerIgnore } from './docker-ignore';

export interface ContextLimits {
  /** stop walking the context after this many entries (default 100000) */
  maxFiles?: number;
  /** stop listing an archive after this many members (default 20000) */
  maxArchiveMembers?: number;
}

const DEFAULT_MAX_FILES = 100_000;
const DEFAULT_MAX_ARCHIVE_MEMBERS = 20_000;

/**
 * Everything read from one build context directory: stats, listings and links (the reader), ignore
 * files, what each file is and the members of its archives. Each is read from disk at most once,
 * so every document analysed against this root (fix passes, re-parses, editor edits, several
 * Dockerfiles sharing a folder) reuses it. Drop it when the files may have changed.
 */
export class ContextCache {
  readonly root: string;
  readonly maxFiles: number;
  readonly maxArchiveMembers: number;
  readonly reader: ContextReader;
  private rootIsDirectory: Promise<boolean> | undefined;
  private readonly ignoreFiles = new Map<string, Promise<DockerIgnore>>();
  private rootIgnoreFile: Promise<DockerIgnore> | undefined;
  private readonly archiveKinds = new Map<string, Promise<ArchiveKind>>();
  private readonly archiveListings = new Map<string, Promise<ArchiveListing>>();
  private otherReads = 0;

  constructor(root: string, limits: ContextLimits = {}) {
    this.root = path.resolve(root);
    this.maxFiles = limits.maxFiles ?? DEFAULT_MAX_FILES;
    this.maxArchiveMembers = limits.maxArchiveMembers ?? DEFAULT_MAX_ARCHIVE_MEMBERS;
    this.reader = new ContextReader(this.root, this.maxFiles);
  }

  /** how many times this cache went to the disk (a stat, a listing, a file's head, …): for tests and benchmarks */
  get diskReads(): number {
    return this.reader.diskReads + this.otherReads;
  }

  isDirectory(): Promise<boolean> {
    this.rootIsDirectory ??= this.counted(() => asyncFs.stat(this.root).then((stats) => stats.isDirectory(), () => false));
    return this.rootIsDirectory;
  }

  /** the ignore file in effect for a Dockerfile (its own `<Dockerfile>.dockerignore` wins); the root's is read once for all */
  dockerIgnore(dockerfilePath?: string): Promise<DockerIgnore> {
    if (dockerfilePath === undefined) return this.rootDockerIgnore();
    return memo(this.ignoreFiles, dockerfilePath, () => this.counted(async () => readOwnDockerIgnore(this.root, dockerfilePath) ?? this.rootDockerIgnore()));
  }

  private rootDockerIgnore(): Promise<DockerIgnore> {
    this.rootIgnoreFile ??= this.counted(async () => readIgnoreFile(rootDockerIgnorePath(this.root)) ?? NOTHING_IGNORED);
    return this.rootIgnoreFile;
  }

  archiveKind(rel: string): Promise<ArchiveKind> {
    return memo(this.archiveKinds, rel, () => this.counted(() => sniffArchive(this.reader.absolute(rel))));
  }

  archiveListing(rel: string): Promise<ArchiveListing> {
    return memo(this.archiveListings, rel, () => this.counted(() => listTarArchive(this.reader.absolute(rel), this.maxArchiveMembers)));
  }

  private counted<Value>(read: () => Promise<Value>): Promise<Value> {
    this.otherReads++;
    return read();
  }
}

export interface ContextCachesOptions extends ContextLimits {
  /**
   * Keep at most this many roots, dropping the least recently used: a run over many folders holds
   * only the roots its next files are likely to share (default: every root, for a server whose
   * documents come back).
   */
  maxRoots?: number;
}

/** One ContextCache per context root, for a run or a server that analyses many documents. */
export class ContextCaches {
  private readonly caches = new Map<string, ContextCache>();

  constructor(private readonly options: ContextCachesOptions = {}) {}

  forRoot(root: string): ContextCache {
    const resolved = path.resolve(root);
    let cache = this.caches.get(resolved);
    if (cache) {
      // the Map's order is its recency order: this root moves to the end
      this.caches.delete(resolved);
    } else {
      cache = new ContextCache(resolved, this.options);
      const { maxRoots = Infinity } = this.options;
      if (this.caches.size >= maxRoots) this.caches.delete(this.caches.keys().next().value!);
    }
    this.caches.set(resolved, cache);
    return cache;
  }

  /** the files may have changed: the next analysis reads them again */
  clear(): void {
    this.caches.clear();
  }
}
