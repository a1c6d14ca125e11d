import * as path from 'node:path';
import type * as tar from 'tar';
import { loadTar } from '../../src/tar-module';
import { normaliseArchivePath } from './archive-paths';
import type { ArchiveLayer, DockerArchive } from './docker-archive';

type LayerEntry = ArchiveLayer['entries'][number];

/** manifest.json and the image config are small; anything bigger is not what we expect. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

/**
 * Reads a docker-archive tarball (`skopeo copy … docker-archive:`, `docker save`) in two streaming
 * passes over the file: first manifest.json (its place in the tar is not fixed), then the config and
 * the layers it names (a third pass only when a named layer is a link to a member it does not name). Layers (plain or compressed tars) are parsed as nested streams and only their
 * headers are kept, so memory does not grow with file contents.
 */
export async function readDockerArchive(file: string): Promise<DockerArchive> {
  const manifest = parseManifest((await readMembers(file, ['manifest.json'], [])).json.get('manifest.json'), file);
  const { json, listings, links } = await readMembers(file, [manifest.config], manifest.layers);
  const linkedOnly = [...new Set(links.values())].filter((target) => !listings.has(target));
  if (linkedOnly.length) for (const [member, listing] of (await readMembers(file, [], linkedOnly)).listings) listings.set(member, listing);
  const listingOf = (member: string): LayerEntry[] => {
    const listing = listings.get(member) ?? listings.get(links.get(member) ?? '');
    if (!listing) throw new Error(`${file}: layer ${member} named in manifest.json is not in the archive`);
    return listing;
  };
  const configText = json.get(manifest.config);
  if (configText === undefined) throw new Error(`${file}: config ${manifest.config} is not in the archive`);
  return {
    history: parseHistory(configText, file),
    layers: manifest.layers.map((member) => ({ entries: listingOf(member) })),
  };
}

interface Manifest {
  config: string;
  layers: string[];
}

/** The first image of manifest.json (a docker-archive from skopeo holds exactly one). */
function parseManifest(text: string | undefined, file: string): Manifest {
  if (text === undefined) throw new Error(`${file}: no manifest.json; not a docker-archive`);
  const parsed: unknown = JSON.parse(text);
  const image = Array.isArray(parsed) ? (parsed[0] as { Config?: unknown; Layers?: unknown }) : undefined;
  if (typeof image?.Config !== 'string' || !Array.isArray(image.Layers) || !image.Layers.every((l) => typeof l === 'string')) {
    throw new Error(`${file}: manifest.json has no Config and Layers`);
  }
  return { config: normaliseArchivePath(image.Config), layers: image.Layers.map(normaliseArchivePath) };
}

function parseHistory(text: string, file: string): DockerArchive['history'] {
  const config = JSON.parse(text) as { history?: Array<{ created_by?: unknown; empty_layer?: unknown }> };
  if (config.history !== undefined && !Array.isArray(config.history)) throw new Error(`${file}: config history is not a list`);
  return (config.history ?? []).map((step) => ({
    createdBy: typeof step.created_by === 'string' ? step.created_by : '',
    emptyLayer: step.empty_layer === true,
  }));
}

/** The JSON members as text and the layer members as listings; links among them resolved. */
async function readMembers(file: string, jsonMembers: string[], layerMembers: string[]) {
  const wantedJson = new Set(jsonMembers);
  const wantedLayers = new Set(layerMembers);
  const json = new Map<string, string>();
  const listings = new Map<string, LayerEntry[]>();
  const links = new Map<string, string>();
  const pending: Array<Promise<void>> = [];
  let failure: unknown;
  // nested reads finish after the outer scan; keep their first error instead of leaving it unhandled
  const track = (work: Promise<void>) => pending.push(work.catch((error: unknown) => void (failure ??= error)));
  await loadTar().t({
    file,
    onReadEntry: (entry) => {
      const member = normaliseArchivePath(entry.path);
      if (!wantedJson.has(member) && !wantedLayers.has(member)) return;
      if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
        // docker save's legacy layout links a repeated layer to its first copy
        const target = entry.type === 'Link' ? entry.linkpath ?? '' : path.posix.join(path.posix.dirname(member), entry.linkpath ?? '');
        links.set(member, normaliseArchivePath(target));
      } else if (wantedJson.has(member)) {
        track(readText(entry, file).then((text) => void json.set(member, text)));
      } else {
        track(listLayer(entry, `${file}: ${member}`).then((listing) => void listings.set(member, listing)));
      }
    },
  });
  await Promise.all(pending);
  if (failure) throw failure;
  return { json, listings, links };
}

async function readText(entry: tar.ReadEntry, file: string): Promise<string> {
  if (entry.size > MAX_JSON_BYTES) throw new Error(`${file}: ${entry.path} is ${entry.size} bytes; too big for JSON metadata`);
  return (await entry.concat()).toString('utf8');
}

/** The headers of one layer tar (plain or gzip/zstd, detected by node-tar), contents discarded. */
function listLayer(stream: tar.ReadEntry, label: string): Promise<LayerEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: LayerEntry[] = [];
    let invalid: string | undefined;
    let recoveredPath: string | undefined;
    const add = (type: tar.ReadEntry['type'], entryPath: string, size: number): void => {
      entries.push({ path: normaliseArchivePath(entryPath), type: entryKind(type), size });
    };
    const parser = new (loadTar().Parser)({
      // only headers are kept, so a highly compressible layer (zero-filled files) is no threat
      maxDecompressionRatio: Infinity,
      onReadEntry: (entry) => {
        // node-tar keeps a skipped entry's pax header for the next one: that one's path would be wrong
        if (recoveredPath !== undefined && entry.path === recoveredPath) invalid ??= `pax header of ${recoveredPath} reused`;
        recoveredPath = undefined;
        add(entry.type, entry.path, entry.size);
        entry.resume();
      },
      onwarn: (code, message, data) => {
        const header = data.header as tar.Header | undefined;
        if (isStaleLinkpathEntry(code, String(message), header)) {
          add(header.type, header.path, 0);
          recoveredPath = header.path;
        } else if (code !== 'TAR_BAD_ARCHIVE') {
          // TAR_BAD_ARCHIVE alone means no entries at all: an empty layer (e.g. `RUN true`)
          invalid ??= `${code} ${String(message)}`;
        }
      },
    });
    parser.on('error', reject);
    parser.on('end', () => (invalid ? reject(new Error(`${label}: not a valid layer tar (${invalid})`)) : resolve(entries)));
    stream.pipe(parser);
  });
}

/**
 * containers/storage writes some whiteouts with the link name of an earlier entry left in the header
 * (seen after `RUN rm -rf /var/lib/apt/lists/*`). node-tar refuses such entries; an empty one is
 * still readable from its header, and must be, or the whiteout would be lost.
 */
function isStaleLinkpathEntry(
  code: string,
  message: string,
  header: tar.Header | undefined,
): header is tar.Header & { type: tar.ReadEntry['type']; path: string } {
  return code === 'TAR_ENTRY_INVALID' && message === 'linkpath forbidden' && header?.size === 0 && !!header.path && !!header.type;
}

function entryKind(type: tar.ReadEntry['type']): LayerEntry['type'] {
  switch (type) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
    case 'SparseFile':
      return 'file';
    case 'Directory':
      return 'dir';
    case 'SymbolicLink':
      return 'symlink';
    case 'Link':
      return 'link';
    default:
      return 'other';
  }
}
