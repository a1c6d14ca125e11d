import { createHash } from 'node:crypto';
import * as tar from 'tar';
import { normaliseArchivePath, parseWhiteout } from '../image/archive-paths';

/** One path of an image's merged filesystem; mtimes are left out on purpose. */
export interface FinalEntry {
  type: 'file' | 'dir' | 'symlink' | 'other';
  /** permission bits, setuid/setgid/sticky included */
  mode: number;
  uid: number;
  gid: number;
  /** regular files: content length and sha256 */
  size?: number;
  sha256?: string;
  /** symlinks: where they point */
  target?: string;
}

/** path (no leading `/`, '' is the root) → what is there when every layer is stacked */
export type FinalFilesystem = Map<string, FinalEntry>;

interface LayerRecord {
  path: string;
  entry: FinalEntry;
  /** hard links: the path (in this layer or below) whose content they share */
  linkTo?: string;
}

/**
 * The merged filesystem of a docker-archive image: every layer's tar read in full (contents hashed,
 * never kept), stacked in manifest order with overlay whiteouts applied (`.wh.<name>` hides a lower
 * path, `.wh..wh..opq` every lower child of its directory; neither hides what its own layer adds).
 * A hard link becomes a regular file with its target's content: the link itself is not compared.
 */
export async function readFinalFilesystem(archive: string): Promise<FinalFilesystem> {
  const layerMembers = await readManifestLayers(archive);
  const records = await readLayers(archive, layerMembers);
  const merged: FinalFilesystem = new Map();
  for (const member of layerMembers) {
    const layer = records.get(member);
    if (!layer) throw new Error(`${archive}: layer ${member} named in manifest.json is not in the archive`);
    stackLayer(merged, layer);
  }
  return merged;
}

function stackLayer(merged: FinalFilesystem, layer: LayerRecord[]): void {
  const added: LayerRecord[] = [];
  for (const record of layer) {
    const whiteout = parseWhiteout(record.path);
    if (whiteout?.kind === 'opaque') removeUnder(merged, whiteout.dir, false);
    else if (whiteout) removeUnder(merged, whiteout.target, true);
    else added.push(record);
  }
  for (const record of added) {
    const entry = record.linkTo === undefined ? record.entry : hardLinked(merged, record);
    const before = merged.get(record.path);
    // something that is not a directory replaces a whole lower tree; a directory replaces a lower non-directory
    if (before && (entry.type !== 'dir' || before.type !== 'dir')) removeUnder(merged, record.path, false);
    merged.set(record.path, entry);
  }
}

function hardLinked(merged: FinalFilesystem, record: LayerRecord): FinalEntry {
  const target = merged.get(record.linkTo ?? '');
  if (target?.type !== 'file') throw new Error(`hard link ${record.path} → ${record.linkTo}: no regular file there`);
  return { ...target, mode: record.entry.mode, uid: record.entry.uid, gid: record.entry.gid };
}

/** Drops everything under `dir` ('' is the root), and `dir` itself when `self`. */
function removeUnder(merged: FinalFilesystem, dir: string, self: boolean): void {
  const prefix = dir === '' ? '' : `${dir}/`;
  for (const key of merged.keys()) {
    if ((self && key === dir) || (key !== dir && key.startsWith(prefix))) merged.delete(key);
  }
}

async function readManifestLayers(archive: string): Promise<string[]> {
  let read: Promise<Buffer> | undefined;
  await tar.t({
    file: archive,
    filter: (member) => normaliseArchivePath(member) === 'manifest.json',
    onReadEntry: (entry) => void (read = entry.concat()),
  });
  const text = (await read)?.toString('utf8');
  const manifest = text === undefined ? undefined : (JSON.parse(text) as Array<{ Layers?: unknown }>);
  const layers = manifest?.[0]?.Layers;
  if (!Array.isArray(layers) || !layers.every((layer) => typeof layer === 'string')) {
    throw new Error(`${archive}: manifest.json has no Layers`);
  }
  return layers.map(normaliseArchivePath);
}

/** Every named layer member, read as a nested tar stream. */
async function readLayers(archive: string, members: string[]): Promise<Map<string, LayerRecord[]>> {
  const wanted = new Set(members);
  const records = new Map<string, LayerRecord[]>();
  const pending: Array<Promise<void>> = [];
  await tar.t({
    file: archive,
    onReadEntry: (entry) => {
      const member = normaliseArchivePath(entry.path);
      if (!wanted.has(member)) return entry.resume();
      pending.push(readLayer(entry, `${archive}: ${member}`).then((layer) => void records.set(member, layer)));
    },
  });
  await Promise.all(pending);
  return records;
}

function readLayer(stream: tar.ReadEntry, label: string): Promise<LayerRecord[]> {
  return new Promise((resolve, reject) => {
    const layer: LayerRecord[] = [];
    const hashing: Array<Promise<void>> = [];
    let invalid: string | undefined;
    const parser = new tar.Parser({
      maxDecompressionRatio: Infinity,
      onReadEntry: (entry) => {
        const record = describe(entry);
        layer.push(record);
        if (record.entry.type === 'file' && record.linkTo === undefined) hashing.push(hashInto(entry, record.entry));
        else entry.resume();
      },
      onwarn: (code, message, data) => {
        const header = data.header as tar.Header | undefined;
        // containers/storage leaves a stale link name on some empty whiteouts (see read-archive.ts)
        if (code === 'TAR_ENTRY_INVALID' && String(message) === 'linkpath forbidden' && header?.size === 0 && header.path) {
          layer.push({ path: normaliseArchivePath(header.path), entry: { type: 'file', mode: 0, uid: 0, gid: 0 } });
        } else if (code !== 'TAR_BAD_ARCHIVE') {
          invalid ??= `${code} ${String(message)}`;
        }
      },
    });
    parser.on('error', reject);
    parser.on('end', () => {
      if (invalid) return reject(new Error(`${label}: not a valid layer tar (${invalid})`));
      Promise.all(hashing).then(() => resolve(layer), reject);
    });
    stream.pipe(parser);
  });
}

function describe(entry: tar.ReadEntry): LayerRecord {
  const base = { mode: (entry.mode ?? 0) & 0o7777, uid: entry.uid ?? 0, gid: entry.gid ?? 0 };
  const path = normaliseArchivePath(entry.path);
  switch (entry.type) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      return { path, entry: { type: 'file', ...base } };
    case 'Link':
      return { path, entry: { type: 'file', ...base }, linkTo: normaliseArchivePath(entry.linkpath ?? '') };
    case 'Directory':
      return { path, entry: { type: 'dir', ...base } };
    case 'SymbolicLink':
      return { path, entry: { type: 'symlink', ...base, target: entry.linkpath ?? '' } };
    default:
      return { path, entry: { type: 'other', ...base } };
  }
}

function hashInto(entry: tar.ReadEntry, into: FinalEntry): Promise<void> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    entry.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    entry.on('error', reject);
    entry.on('end', () => {
      into.size = size;
      into.sha256 = hash.digest('hex');
      resolve();
    });
  });
}

export interface FilesystemDifference {
  path: string;
  before?: FinalEntry;
  after?: FinalEntry;
}

/**
 * Every path whose presence, type, mode, owner, size, content or link target differs; for paths
 * `contentMayDiffer` accepts (logs with timestamps, random bytes) everything but the content.
 */
export function compareFilesystems(
  before: FinalFilesystem,
  after: FinalFilesystem,
  contentMayDiffer: (path: string) => boolean = () => false,
): FilesystemDifference[] {
  const differences: FilesystemDifference[] = [];
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(path);
    const b = after.get(path);
    if (!a || !b || !sameEntry(a, b, contentMayDiffer(path))) differences.push({ path, before: a, after: b });
  }
  return differences;
}

function sameEntry(a: FinalEntry, b: FinalEntry, ignoreContent: boolean): boolean {
  return (
    a.type === b.type && a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.size === b.size &&
    (ignoreContent || a.sha256 === b.sha256) && a.target === b.target
  );
}

/** `/data/one: 0777 0:0 file 1048576 ab12… → (missing)`, for failure messages. */
export function describeDifference({ path, before, after }: FilesystemDifference): string {
  const show = (entry: FinalEntry | undefined) =>
    entry
      ? `${entry.type} ${entry.mode.toString(8).padStart(4, '0')} ${entry.uid}:${entry.gid}` +
        (entry.type === 'file' ? ` ${entry.size} ${entry.sha256?.slice(0, 12)}` : '') +
        (entry.target !== undefined ? ` → ${entry.target}` : '')
      : '(missing)';
  return `/${path}: ${show(before)}  ⇒  ${show(after)}`;
}
