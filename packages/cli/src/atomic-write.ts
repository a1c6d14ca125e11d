import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';

/** A file could not be replaced; `reason` is short enough for a one-line message. */
export class WriteError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface AtomicWriteOptions {
  /**
   * The text the caller read from the file and fixed. Just before the rename the file is read
   * again; if it no longer holds this text (someone saved or replaced it meanwhile) it is left
   * alone and the write fails with a WriteError.
   */
  expected?: string;
  /** Replace the file even when its mode makes it read-only for this user (`--fix-read-only`). */
  writeReadOnly?: boolean;
  /** Test hook: runs after the temp file is complete, before the checks and the rename. */
  beforeRename?: () => void | Promise<void>;
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
 * within one file system), is flushed to disk, gets the original's owner, group and mode, and is
 * renamed over it. A symbolic link is written through, so the link stays a link.
 *
 * Refused (a WriteError, the file untouched): a file that changed since it was read (`expected`),
 * a read-only one (unless `writeReadOnly`), a hard-linked one (a rename would split the link: the
 * other names would keep the old text, and writing in place could not be atomic), and one whose
 * owner or group this process cannot give the new file.
 */
export async function writeFileAtomic(file: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await fs.realpath(file).catch(fail);
  // refuse early what is refused anyway, before a temp file exists
  refusal(await fs.stat(target).catch(fail), options);
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
    await options.beforeRename?.();
    if (options.crashBeforeRename) process.kill(process.pid, 'SIGKILL');
    // from here to the rename is a few system calls: an edit saved in that instant is the only one lost
    const current = await stillAsRead(target, options);
    await keepOwner(temp, current);
    await fs.chmod(temp, current.mode & 0o7777);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    fail(error);
  }
  await syncDirectory(path.dirname(target));
}

/**
 * The file's status now, after checking it is still the regular file that held `expected`
 * (compared as text: the caller decoded the bytes it read as UTF-8 too) and may be replaced.
 */
async function stillAsRead(target: string, options: AtomicWriteOptions): Promise<Stats> {
  const changed = new WriteError('it changed while dflint was fixing it; run dflint --fix again');
  const handle = await fs.open(target, 'r');
  try {
    const stat = await handle.stat();
    const entry = await fs.lstat(target);
    // replaced by something else (a link, a folder) since it was opened
    if (!entry.isFile() || entry.ino !== stat.ino || entry.dev !== stat.dev) throw changed;
    if (options.expected !== undefined && (await handle.readFile('utf8')) !== options.expected) throw changed;
    refusal(stat, options);
    return stat;
  } finally {
    await handle.close();
  }
}

/** Throws the WriteError for a file that must not be replaced. */
function refusal(stat: Stats, options: AtomicWriteOptions): void {
  if (!stat.isFile()) throw new WriteError('not a regular file');
  if (!options.writeReadOnly && !writableByMode(stat)) {
    throw new WriteError(`it is read-only (mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}); --fix-read-only writes it anyway`);
  }
  if (stat.nlink > 1) {
    throw new WriteError(
      `it has ${stat.nlink} hard links, which replacing it would split (the other names would keep the old text); dflint --fix - < FILE prints the fixed text to copy in`,
    );
  }
}

/**
 * Whether the mode bits let this process write the file. Root may write anything, so for root a
 * file no one may write (`chmod a-w`) counts as read-only.
 */
function writableByMode(stat: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return (stat.mode & 0o200) !== 0;
  if (uid === 0) return (stat.mode & 0o222) !== 0;
  if (stat.uid === uid) return (stat.mode & 0o200) !== 0;
  if (process.getgroups?.().includes(stat.gid) || process.getgid?.() === stat.gid) return (stat.mode & 0o020) !== 0;
  return (stat.mode & 0o002) !== 0;
}

/** Gives the temp file the original's owner and group; refused when this process may not. */
async function keepOwner(temp: string, original: Stats): Promise<void> {
  const made = await fs.stat(temp);
  if (made.uid === original.uid && made.gid === original.gid) return;
  try {
    await fs.chown(temp, original.uid, original.gid);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EACCES') throw error;
    throw new WriteError('it belongs to another user or group, which a replaced file could not keep');
  }
}

/** Makes the rename itself durable; some platforms cannot open a directory, which is no error. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

function fail(error: unknown): never {
  if (error instanceof WriteError) throw error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  throw new WriteError(REASONS[code] ?? (code || (error instanceof Error ? error.message : String(error))));
}
