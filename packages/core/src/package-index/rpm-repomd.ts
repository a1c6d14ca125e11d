// A repository's `repodata/repomd.xml`: where its primary metadata is, with the checksum and size the
// download is checked against.
import { readXml } from './rpm-xml';
import { RpmIndexError } from './rpm-types';

/** One `<data type=…>` of repomd.xml. */
export interface RepomdData {
  type: string;
  /** relative to the repository's base URL: `repodata/<sha256>-primary.xml.zst` */
  href: string;
  /** the compressed file's checksum: `sha256`, `sha512`, `sha1` (`sha` in old files), `md5` */
  checksumType: string;
  checksum: string;
  /** bytes of the compressed file, when stated */
  size?: number;
  openSize?: number;
  timestamp?: number;
}

export interface Repomd {
  revision?: string;
  data: Map<string, RepomdData>;
}

const TEXT = new Set(['revision', 'checksum', 'size', 'open-size', 'timestamp']);

/** Parses repomd.xml text; no `primary` entry, or one without location or checksum, is an RpmIndexError. */
export async function parseRepomd(text: string, name = 'repomd.xml'): Promise<Repomd> {
  const repomd: Repomd = { data: new Map() };
  let current: Partial<RepomdData> | undefined;
  let checksumType = '';
  await readXml([Buffer.from(text)], name, TEXT, {
    open(tag, attributes) {
      if (tag === 'data') current = { type: attributes.type ?? '' };
      else if (tag === 'location' && current) current.href = attributes.href;
      else if (tag === 'checksum') checksumType = attributes.type ?? '';
    },
    close(tag, value) {
      if (tag === 'revision' && !current) repomd.revision = value;
      if (!current) return;
      if (tag === 'checksum') Object.assign(current, { checksum: value.toLowerCase(), checksumType: checksumType === 'sha' ? 'sha1' : checksumType });
      else if (tag === 'size' && /^\d+$/.test(value)) current.size = Number(value);
      else if (tag === 'open-size' && /^\d+$/.test(value)) current.openSize = Number(value);
      else if (tag === 'timestamp' && /^\d+(\.\d+)?$/.test(value)) current.timestamp = Math.floor(Number(value));
      else if (tag === 'data') {
        if (current.type && current.href && current.checksum) repomd.data.set(current.type, current as RepomdData);
        current = undefined;
      }
    },
  });
  const primary = repomd.data.get('primary');
  if (!primary) throw new RpmIndexError(`${name} lists no primary metadata`);
  if (!['sha256', 'sha512', 'sha1', 'sha384', 'sha224', 'md5'].includes(primary.checksumType)) throw new RpmIndexError(`${name}: unknown checksum type "${primary.checksumType}" for its primary metadata`);
  return repomd;
}

/** The repomd's date for figures' sources: its primary's timestamp (else a numeric revision) as YYYY-MM-DD. */
export function repomdDay(repomd: Repomd): string | undefined {
  const seconds = repomd.data.get('primary')?.timestamp ?? (/^\d{9,}$/.test(repomd.revision ?? '') ? Number(repomd.revision) : undefined);
  return seconds === undefined ? undefined : new Date(seconds * 1000).toISOString().slice(0, 10);
}
