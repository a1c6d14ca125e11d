// PyPI's JSON API (https://docs.pypi.org/api/json/): `GET /pypi/<name>/<version>/json` lists a
// release's files (`urls`: filename, packagetype, size, url, digests.sha256) and `info.requires_dist`. A wheel's
// unpacked size comes from its central directory, read with HTTP range requests for the file's tail.
import { normalizeName } from './python-names';
import { readZipDirectory, ZIP_TAIL_BYTES, zipDirectoryPlace, type ZipEntry } from './python-zip';

export const PYPI_JSON_API = 'https://pypi.org/pypi';

/** One file of a release. */
export interface ReleaseFile {
  filename: string;
  size: number;
  url?: string;
  /** the index's `digests.sha256` (hex): what pip's hash-checking mode compares */
  sha256?: string;
}

export interface PypiRelease {
  files: ReleaseFile[];
  /** `info.requires_dist`: PEP 508 requirements, markers included */
  requiresDist: string[];
}

/** A request that failed, in words that complete "unknown: …" after the package's name. */
export class PypiError extends Error {}

export interface HttpOptions {
  fetch: typeof fetch;
  timeoutMs: number;
}

/** A whole-body download when the server ignores ranges is read only up to this size. */
const WHOLE_BODY_LIMIT = 32 * 1024 * 1024;

/** `/pypi/<name>/<version>/json` (`/pypi/<name>/json` for version ''), reduced to what sizes need. */
export async function fetchRelease(name: string, version: string, options: HttpOptions, base = PYPI_JSON_API): Promise<PypiRelease> {
  // no version: `/pypi/<name>/json` answers for the newest release
  const url = version === '' ? `${base}/${encodeURIComponent(name)}/json` : `${base}/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
  const response = await request(url, options);
  const label = `${name} ${version}`.trim();
  if (response.status === 404) throw new PypiError(`${label}: not on PyPI (404)`);
  if (!response.ok) throw new PypiError(`${label}: PyPI answered ${response.status}`);
  let body: { urls?: Array<{ filename?: unknown; size?: unknown; url?: unknown; digests?: { sha256?: unknown } }>; info?: { requires_dist?: unknown } };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new PypiError(`${label}: PyPI's answer is not JSON`);
  }
  if (!Array.isArray(body.urls)) throw new PypiError(`${label}: PyPI's answer lists no files`);
  const files = body.urls
    .filter((file) => typeof file.filename === 'string' && typeof file.size === 'number')
    .map((file) => ({
      filename: file.filename as string,
      size: file.size as number,
      url: typeof file.url === 'string' ? file.url : undefined,
      sha256: typeof file.digests?.sha256 === 'string' ? file.digests.sha256.toLowerCase() : undefined,
    }));
  const requiresDist = Array.isArray(body.info?.requires_dist) ? (body.info.requires_dist as unknown[]).filter((item): item is string => typeof item === 'string') : [];
  return { files, requiresDist };
}

/** A remote wheel's central directory: its last bytes, then the directory if it starts earlier. */
export async function remoteWheelListing(url: string, size: number, options: HttpOptions): Promise<ZipEntry[]> {
  const tailLength = Math.min(size, ZIP_TAIL_BYTES);
  const tail = await rangeOf(url, size - tailLength, tailLength, size, options);
  const place = zipDirectoryPlace(tail, size);
  const tailStart = size - tail.length;
  const directory = place.offset >= tailStart
    ? tail.subarray(place.offset - tailStart, place.offset - tailStart + place.size)
    : await rangeOf(url, place.offset, place.size, size, options);
  return readZipDirectory(directory, place);
}

/** Bytes [start, start+length) of a file of `size`; a server that ignores ranges sends it all (read only when small). */
async function rangeOf(url: string, start: number, length: number, size: number, options: HttpOptions): Promise<Buffer> {
  const response = await request(url, options, { Range: `bytes=${start}-${start + length - 1}` });
  if (response.status === 206) {
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length !== length) throw new PypiError(`range request for ${fileName(url)} returned ${body.length} bytes, not ${length}`);
    return body;
  }
  if (response.status === 200) {
    if (size > WHOLE_BODY_LIMIT) {
      await response.body?.cancel();
      throw new PypiError(`${fileName(url)}: the server ignores range requests and the file is ${size} bytes`);
    }
    const body = Buffer.from(await response.arrayBuffer());
    return body.subarray(start, start + length);
  }
  throw new PypiError(`${fileName(url)}: the file server answered ${response.status}`);
}

async function request(url: string, options: HttpOptions, headers: Record<string, string> = {}): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await options.fetch(url, { headers: { Accept: 'application/json', ...headers }, redirect: 'follow', signal: controller.signal });
  } catch (error) {
    const why = controller.signal.aborted ? `no answer within ${options.timeoutMs} ms` : (error as Error).message;
    throw new PypiError(`${new URL(url).host} unreachable (${why})`);
  } finally {
    clearTimeout(timer);
  }
}

function fileName(url: string): string {
  return decodeURIComponent(url.split('/').pop() ?? url);
}

/**
 * The names a release needs at install time on `python` (major, minor) on Linux: its requires_dist
 * without extras' entries, Windows-only ones, or ones for older Pythons. Markers it cannot
 * decide keep the requirement (the figure then counts it as missing, never as absent).
 */
export function runtimeDependencies(requiresDist: readonly string[], python: readonly [number, number]): string[] {
  const names: string[] = [];
  for (const requirement of requiresDist) {
    const [spec, marker = ''] = requirement.split(';');
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
    if (!name || !markerMayHold(marker, python)) continue;
    names.push(normalizeName(name));
  }
  return names;
}

function markerMayHold(marker: string, python: readonly [number, number]): boolean {
  if (marker.trim() === '') return true;
  if (/\bextra\s*==/.test(marker)) return false;
  if (/\bor\b/.test(marker)) return true;
  if (/(sys_platform\s*==\s*["'](win32|darwin|cygwin)["']|platform_system\s*==\s*["'](Windows|Darwin)["']|os_name\s*==\s*["']nt["'])/.test(marker)) return false;
  const below = /python_version\s*(<=?)\s*["'](\d+)\.(\d+)["']/.exec(marker);
  if (below) {
    const bound = [Number(below[2]), Number(below[3])];
    const older = python[0] < bound[0] || (python[0] === bound[0] && python[1] < bound[1]);
    const equal = python[0] === bound[0] && python[1] === bound[1];
    return older || (below[1] === '<=' && equal);
  }
  return true;
}
