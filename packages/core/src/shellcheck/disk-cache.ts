import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirectory } from '../registry/index-cache';
import type { ShellcheckComment } from './runner';

/**
 * ShellCheck's comments kept between runs, one small file per script under
 * `$XDG_CACHE_HOME/dflint/shellcheck/<binary>/`: a script checked once is not checked again by a
 * later run, until the binary changes (its path, size and time are part of the folder's name).
 * Any trouble reading or writing only means checking again.
 */
export class ShellcheckDiskCache {
  /** worked out on first use: a run with no script to check never hashes (loading node:crypto costs a small lint ~5 ms) */
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
      this.folder = join(cacheDirectory(this.env), 'shellcheck', digest(`${this.binary}\0${stat.size}\0${stat.mtimeMs}`).slice(0, 16));
    } catch {
      this.folder = null;
    }
    return this.folder;
  }

  read(key: string): ShellcheckComment[] | undefined {
    if (!this.dir) return undefined;
    try {
      const comments: unknown = JSON.parse(readFileSync(join(this.dir, `${digest(key)}.json`), 'utf8'));
      return Array.isArray(comments) ? (comments as ShellcheckComment[]) : undefined;
    } catch {
      return undefined;
    }
  }

  write(key: string, comments: readonly ShellcheckComment[]): void {
    if (!this.dir) return;
    try {
      if (!this.made) mkdirSync(this.dir, { recursive: true });
      this.made = true;
      writeFileSync(join(this.dir, `${digest(key)}.json`), JSON.stringify(comments));
    } catch {
      // a read-only or full disk: the next run checks again
    }
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
