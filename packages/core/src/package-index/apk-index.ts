// Alpine's APKINDEX.tar.gz (apk-tools 2 "v2" index): gzip streams one after another that together
// are one tar — the signature segment (`.SIGN.RSA.<key>.rsa.pub`, a tar without its end blocks),
// then DESCRIPTION and APKINDEX. APKINDEX is records of `X:value` lines separated by blank lines.
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ReadableStream } from 'node:stream/web';
import type { ReadEntry } from 'tar';
import { loadTar } from '../tar-module';
import { AptIndexError } from './apt-release';
import { ApkIndexError, type ApkPackage } from './apk-types';
import { parseApkDependencies, parseApkDependency } from './apk-version';

export interface ApkIndexArchive {
  /** DESCRIPTION: the aports revision the index was built from (`v3.20.3-165-g4a1b…`); absent in some third-party indexes */
  description?: string;
  /** the `.SIGN.*` member names: the keys that signed it (apk-signature.ts verifies them while apk-fetch.ts streams the index) */
  signatures: string[];
  /** the APKINDEX member's time: when the index was built */
  built?: Date;
  packages: ApkPackage[];
}

/**
 * Reads an APKINDEX.tar.gz as it streams, keeping only the fields ApkPackage has. A damaged or
 * truncated gzip or tar, a missing APKINDEX member or a malformed record is a one-line
 * ApkIndexError naming `name`.
 */
export async function readApkIndexArchive(body: ReadableStream<Uint8Array>, name = 'APKINDEX.tar.gz'): Promise<ApkIndexArchive> {
  const archive: ApkIndexArchive = { signatures: [], packages: [] };
  const reader = new ApkRecordReader(`${name}: APKINDEX`, (record) => archive.packages.push(record));
  let sawIndex = false;
  const { Parser } = loadTar();
  const tar = Readable.from(gunzipped(body, name));
  await new Promise<void>((resolve, reject) => {
    let damaged: string | undefined;
    const fail = (error: unknown) => reject(error instanceof ApkIndexError ? error : new ApkIndexError(`${name} is not a readable tar: ${error instanceof Error ? error.message : String(error)}`));
    const parser = new Parser({
      onReadEntry(entry: ReadEntry) {
        const path = entry.path.replace(/^\.\//, '');
        if (path.startsWith('.SIGN.')) archive.signatures.push(path);
        if (path === 'APKINDEX') {
          sawIndex = true;
          if (entry.mtime) archive.built = entry.mtime;
          entry.on('data', (chunk: Buffer) => {
            try {
              reader.push(chunk);
            } catch (error) {
              fail(error);
              tar.destroy();
            }
          });
          return;
        }
        if (path === 'DESCRIPTION') {
          const chunks: Buffer[] = [];
          entry.on('data', (chunk: Buffer) => chunks.push(chunk));
          entry.on('end', () => (archive.description = Buffer.concat(chunks).toString('utf8').trim()));
          return;
        }
        entry.resume();
      },
    });
    parser.on('warn', (code: string, message: string) => {
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ENTRY_INVALID' || code === 'TAR_ABORT') damaged ??= message;
    });
    parser.on('error', fail);
    parser.on('end', () => (damaged ? fail(new ApkIndexError(`${name} is damaged or truncated: ${damaged}`)) : resolve()));
    tar.on('error', fail);
    tar.pipe(parser);
  });
  if (!sawIndex) throw new ApkIndexError(`${name} has no APKINDEX member`);
  reader.end();
  return archive;
}

/**
 * The gunzipped bytes; Node's gunzip reads concatenated gzip members as one stream, as apk does. A
 * body that fails (a stalled download: the fetch's one-line reason) or bytes that are not whole gzip
 * streams are ApkIndexErrors.
 */
async function* gunzipped(body: ReadableStream<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  // pipeline, not pipe: the body's error reaches gunzip instead of being thrown unhandled
  pipeline(Readable.fromWeb(body), gunzip, () => undefined);
  try {
    yield* gunzip as AsyncIterable<Uint8Array>;
  } catch (error) {
    if (error instanceof AptIndexError || error instanceof ApkIndexError) throw new ApkIndexError(error.message);
    throw new ApkIndexError(`${name} cannot be decompressed: ${(error instanceof Error ? error.message : String(error)).replace(/^Error: /, '')}`);
  }
}

/** An APKINDEX's (or installed database's) text at once: for tests, the bench and apk's `lib/apk/db/installed`. */
export function parseApkIndexText(text: string, name = 'APKINDEX'): ApkPackage[] {
  const packages: ApkPackage[] = [];
  const reader = new ApkRecordReader(name, (record) => packages.push(record));
  reader.push(text);
  reader.end();
  return packages;
}

const KEPT = new Set(['P', 'V', 'A', 'S', 'I', 'D', 'p', 'i', 'o', 't', 'k']);

/** Records from text chunks split anywhere; `end()` after the last one. */
export class ApkRecordReader {
  private rest = '';
  private line = 0;
  private fields = new Map<string, string>();
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly name: string,
    private readonly record: (record: ApkPackage) => void,
  ) {}

  push(chunk: string | Uint8Array): void {
    const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }));
    let start = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      this.take(text, start, newline);
      start = newline + 1;
    }
    this.rest = text.slice(start);
  }

  end(): void {
    const rest = this.rest + this.decoder.decode();
    if (rest !== '') this.take(rest, 0, rest.length);
    this.flush();
  }

  /** one line, text[from, to): only kept fields' text is sliced (the installed database's file lists are not) */
  private take(text: string, from: number, to: number): void {
    this.line++;
    if (to > from && text.charCodeAt(to - 1) === 0x0d) to--;
    if (to === from) return this.flush();
    if (text.charCodeAt(from + 1) !== 0x3a /* : */) throw new ApkIndexError(`${this.name}: malformed line ${this.line}: "${text.slice(from, Math.min(to, from + 80))}"`);
    const field = text[from];
    if (KEPT.has(field)) this.fields.set(field, text.slice(from + 2, to));
  }

  private flush(): void {
    if (this.fields.size === 0) return;
    const fields = this.fields;
    this.fields = new Map();
    this.record(recordPackage(fields, `${this.name} (the record ending on line ${this.line})`));
  }
}

function recordPackage(fields: Map<string, string>, where: string): ApkPackage {
  const name = fields.get('P');
  const version = fields.get('V');
  if (!name || !version) throw new ApkIndexError(`${where} has no ${name ? 'V: version' : 'P: name'}`);
  const number = (field: string) => {
    const text = fields.get(field);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) throw new ApkIndexError(`${where}: ${name}'s ${field}: is not a number ("${text.slice(0, 40)}")`);
    return Number(text);
  };
  const installedSize = number('I');
  const size = number('S');
  const buildTime = number('t');
  const priority = number('k');
  try {
    return {
      name,
      version,
      architecture: fields.get('A') ?? '',
      ...(installedSize !== undefined ? { installedSize } : {}),
      ...(size !== undefined ? { size } : {}),
      depends: parseApkDependencies(fields.get('D')),
      provides: (fields.get('p') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((text) => {
          const provide = parseApkDependency(text);
          return provide.operator === '=' ? { name: provide.name, version: provide.version! } : { name: provide.name };
        }),
      installIf: parseApkDependencies(fields.get('i')),
      ...(fields.has('o') ? { origin: fields.get('o') } : {}),
      ...(buildTime !== undefined ? { buildTime } : {}),
      ...(priority !== undefined ? { providerPriority: priority } : {}),
    };
  } catch (error) {
    throw error instanceof ApkIndexError ? new ApkIndexError(`${where}: ${name}: ${error.message}`) : error;
  }
}
