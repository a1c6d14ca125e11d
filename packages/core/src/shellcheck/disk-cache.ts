import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirectory } from '../registry/index-cache';
import { textHash } from '../text-hash';
import type { ShellcheckComment } from './runner';

/**
 * ShellCheck's comments kept between runs, one small file per script under
 * `$XDG_CACHE_HOME/dflint/shellcheck/<binary>/`: a script checked once is not checked again by a
 * later run, until the binary changes (its path, size and time are part of the folder's name).
 * A file is named by a fast hash of its script's job key and holds the key itself: a read whose key
 * differs (a hash collision) is a miss. No node:crypto: loading it cost a small lint ~3.5 ms.
 * Any trouble reading or writing only means checking again.
 */
export class ShellcheckDiskCache {
  /** worked out on first use: a run with no script to check never stats the binary */
  private folder: string | null | undefined;
  private made = false;

  constructor(
    private readonly binary: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private get dir(): string | null {
    if (this.folder !== undefined) return this.folder;
    try {
      const stat = statSync(this.binary);
      this.folder = join(cacheDirectory(this.env), 'shellcheck', `${FORMAT}-${textHash(`${this.binary}\0${stat.size}\0${stat.mtimeMs}`)}`);
    } catch {
      this.folder = null;
    }
    return this.folder;
  }

  read(key: string): ShellcheckComment[] | undefined {
    if (!this.dir) return undefined;
    try {
      const kept = JSON.parse(readFileSync(this.fileOf(key), 'utf8')) as Partial<KeptComments> | null;
      return kept?.key === key && Array.isArray(kept.comments) ? kept.comments : undefined;
    } catch {
      return undefined;
    }
  }

  write(key: string, comments: readonly ShellcheckComment[]): void {
    if (!this.dir) return;
    try {
      if (!this.made) mkdirSync(this.dir, { recursive: true });
      this.made = true;
      writeFileSync(this.fileOf(key), JSON.stringify({ key, comments: [...comments] } satisfies KeptComments));
    } catch {
      // a read-only or full disk: the next run checks again
    }
  }

  private fileOf(key: string): string {
    return join(this.dir as string, `${textHash(key)}.json`);
  }
}

/** what a cache file holds; the folder's name starts with FORMAT, so files of another form are never read */
interface KeptComments {
  key: string;
  comments: ShellcheckComment[];
}
const FORMAT = 'v2';
