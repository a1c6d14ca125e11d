import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** A file could not be replaced; `reason` is short enough for a one-line message. */
export class WriteError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface AtomicWriteOptions {
  /**
   * Test hook: kill the process with SIGKILL after the temp file is complete and before the
   * rename, to prove a killed run never leaves a truncated or missing file.
   */
  crashBeforeRename?: boolean;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  EBUSY: 'file is busy',
};

/**
 * Replaces `file` with `text` so that any reader, and any crash, sees either the old file or the
 * new one, never a mix: the text goes to a temp file in the same folder (rename is atomic only
 * within one file system), is flushed to disk, gets the original's mode, and is renamed over it.
 * A symbolic link is written through, so the link stays a link.
 */
export async function writeFileAtomic(file: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await fs.realpath(file).catch(fail);
  const { mode } = await fs.stat(target).catch(fail);
  // the name is cut so a long file name cannot push the temp name past the file system's limit
  const temp = path.join(path.dirname(target), `.${path.basename(target).slice(0, 100)}.dflint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.chmod(temp, mode & 0o7777);
    if (options.crashBeforeRename) process.kill(process.pid, 'SIGKILL');
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    fail(error);
  }
  await syncDirectory(path.dirname(target));
}

/** Makes the rename itself durable; some platforms cannot open a directory, which is no error. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

function fail(error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  throw new WriteError(REASONS[code] ?? (code || (error instanceof Error ? error.message : String(error))));
}
