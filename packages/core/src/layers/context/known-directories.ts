import { parentOf } from '../paths';

/**
 * Directories that exist before a COPY runs. Docker copies a file *into* a destination that is
 * an existing directory even without a trailing slash (`WORKDIR /app` then `COPY f /app` makes
 * `/app/f`). Known: created by WORKDIR or by earlier copies of the stage chain. Assumed: the
 * usual Linux directories of any non-scratch base image.
 */
export class KnownDirectories {
  private readonly known: Set<string>;

  private constructor(
    known: Iterable<string>,
    private readonly assumeBaseLayout: boolean,
  ) {
    this.known = new Set(known);
  }

  static forStage(base: string, inherited?: KnownDirectories): KnownDirectories {
    if (inherited) return new KnownDirectories(inherited.known, inherited.assumeBaseLayout);
    return new KnownDirectories(['/'], base.trim().toLowerCase() !== 'scratch');
  }

  /** `known`: surely a directory; `assumed`: one every usual base image has. */
  lookup(path: string): 'known' | 'assumed' | undefined {
    if (this.known.has(path)) return 'known';
    return this.assumeBaseLayout && BASE_IMAGE_DIRECTORIES.has(path) ? 'assumed' : undefined;
  }

  /** WORKDIR creates the directory and its parents. */
  addDirectory(path: string): void {
    for (let dir = path; !this.known.has(dir); dir = parentOf(dir)) this.known.add(dir);
  }

  addParentsOf(path: string): void {
    this.addDirectory(parentOf(path));
  }
}

const BASE_IMAGE_DIRECTORIES = new Set([
  '/bin',
  '/etc',
  '/home',
  '/lib',
  '/opt',
  '/root',
  '/sbin',
  '/srv',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/usr/local/lib',
  '/usr/local/sbin',
  '/usr/local/share',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/lib',
  '/var/log',
  '/var/tmp',
]);
