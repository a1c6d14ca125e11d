import { createHash } from 'node:crypto';
import { apiHost, formatImageReference, manifestReference, type ImageReference } from './reference';
import { formatPlatform, platformMatches, type Platform } from './platform';
import { parseWwwAuthenticate } from './www-authenticate';

/** A content descriptor (OCI image spec): what a manifest says about a blob. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
}

/** The parts of an image config (OCI image spec, `config` of the config blob) the layer model reads. */
export interface ImageConfig {
  env: string[];
  user?: string;
  workingDir?: string;
  shell?: string[];
  entrypoint?: string[];
  cmd?: string[];
  diffIds: string[];
  history: Array<{ createdBy?: string; emptyLayer: boolean }>;
}

export interface ResolvedImage {
  reference: ImageReference;
  /** the platform manifest's digest: what pins this image */
  digest: string;
  platform: Platform;
  config: ImageConfig;
  /** the layer blobs, compressed sizes, in order */
  layers: Descriptor[];
}

export interface RegistryClientOptions {
  /** `docker.io` → `http://127.0.0.1:5000`: where to ask for a registry's images instead */
  mirrors?: Readonly<Record<string, string>>;
  /** registries spoken to over plain http (localhost and 127.0.0.1 always are) */
  insecure?: readonly string[];
  credentials?: (registry: string) => { username: string; password: string } | undefined;
  /** per request */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** how long a request waits for an answer, then for each piece of its body, unless told */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A registry problem as one line: `<image>: <what happened>`. */
export class RegistryError extends Error {}

const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
const MANIFEST_TYPES = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];
/** distribution's own limit for a manifest; a config is small too */
const MAX_JSON_BYTES = 4 * 1024 * 1024;
const STATUS_WORDS: Record<number, string> = {
  401: 'unauthorized (401): log in with docker login, or check ~/.docker/config.json',
  403: 'access denied (403)',
  404: 'not found (404)',
  429: 'too many requests (429): the registry rate-limits anonymous pulls; try later or log in',
};

export class RegistryClient {
  private readonly tokens = new Map<string, string>();
  private readonly fetch: typeof fetch;

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.fetch = options.fetch ?? fetch;
  }

  /** Index → the platform's manifest → config; RegistryError with one line for every failure. */
  async resolve(reference: ImageReference, platform: Platform): Promise<ResolvedImage> {
    const name = formatImageReference(reference);
    let manifest = await this.json(reference, `manifests/${manifestReference(reference)}`, [...INDEX_TYPES, ...MANIFEST_TYPES], reference.digest);
    let digest = manifest.digest;
    if (INDEX_TYPES.includes(manifest.mediaType) || Array.isArray(manifest.body.manifests)) {
      const entries = (manifest.body.manifests ?? []) as Descriptor[];
      const chosen = entries.find((entry) => entry.platform && platformMatches(entry.platform, platform));
      if (!chosen) {
        const offered = entries.map((entry) => entry.platform).filter((p): p is Platform => !!p && p.os !== 'unknown').map(formatPlatform);
        throw new RegistryError(`${name}: no image for ${formatPlatform(platform)} (it has ${offered.join(', ') || 'none'})`);
      }
      manifest = await this.json(reference, `manifests/${chosen.digest}`, MANIFEST_TYPES, chosen.digest);
      digest = chosen.digest;
    }
    const configDescriptor = manifest.body.config as Descriptor | undefined;
    const layers = manifest.body.layers as Descriptor[] | undefined;
    if (!configDescriptor?.digest || !Array.isArray(layers)) throw new RegistryError(`${name}: the manifest has no config or layers`);
    // the sizes are what the network budget counts, the digests go into URLs and cache file names
    if (![configDescriptor, ...layers].every(wellFormed)) throw new RegistryError(`${name}: the manifest lists a blob without a valid digest and size`);
    const config = await this.json(reference, `blobs/${configDescriptor.digest}`, ['*/*'], configDescriptor.digest);
    return { reference, digest, platform, config: readConfig(config.body), layers };
  }

  /** A blob's bytes as a stream (the caller reads it once); the response is checked, not the digest. */
  async blob(reference: ImageReference, digest: string): Promise<Response> {
    return this.request(reference, `blobs/${digest}`, ['*/*']);
  }

  private async json(reference: ImageReference, path: string, accept: string[], expectedDigest?: string) {
    const response = await this.request(reference, path, accept);
    const bytes = await readLimited(response, MAX_JSON_BYTES, reference);
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (expectedDigest?.startsWith('sha256:') && digest !== expectedDigest) {
      throw new RegistryError(`${formatImageReference(reference)}: ${path} does not match its digest ${expectedDigest} (got ${digest})`);
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new RegistryError(`${formatImageReference(reference)}: ${path} is not JSON`);
    }
    const mediaType = (response.headers.get('content-type') ?? String(body.mediaType ?? '')).split(';')[0].trim();
    return { body, digest: response.headers.get('docker-content-digest') ?? digest, mediaType };
  }

  private async request(reference: ImageReference, path: string, accept: string[]): Promise<Response> {
    const url = `${this.baseUrl(reference.registry)}/v2/${reference.repository}/${path}`;
    const scope = `repository:${reference.repository}:pull`;
    const name = formatImageReference(reference);
    let response = await this.send(url, accept, this.tokens.get(`${reference.registry} ${scope}`), name);
    if (response.status === 401) {
      const authorization = await this.authorize(reference.registry, scope, response.headers.get('www-authenticate') ?? '', name);
      if (authorization) response = await this.send(url, accept, authorization, name);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new RegistryError(`${name}: ${STATUS_WORDS[response.status] ?? `the registry answered ${response.status} ${response.statusText}`.trim()}`);
    }
    return response;
  }

  /**
   * One GET. `timeoutMs` bounds the wait for the answer's headers, then each wait for the next piece
   * of its body: a 1 GB layer may take minutes, a stalled one fails.
   */
  private async send(url: string, accept: string[], authorization: string | undefined, name: string): Promise<Response> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    const stall = (message: string) => setTimeout(() => controller.abort(new RegistryError(message)), timeoutMs).unref();
    let timer = stall(`${name}: no answer within ${timeoutMs} ms`);
    let response: Response;
    try {
      response = await this.fetch(url, { headers: { accept: accept.join(', '), ...(authorization && { authorization }) }, signal: controller.signal, redirect: 'follow' });
    } catch (error) {
      clearTimeout(timer);
      if (controller.signal.reason instanceof RegistryError) throw controller.signal.reason;
      const reason = (error as { cause?: { code?: string; message?: string } }).cause;
      const cause = reason?.code ?? reason?.message;
      throw new RegistryError(`${name}: cannot reach ${new URL(url).host}${cause ? ` (${cause})` : ''}`);
    }
    clearTimeout(timer);
    if (!response.body) return response;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        start: () => void (timer = stall(`no data for ${timeoutMs} ms`)),
        transform(chunk, stream) {
          clearTimeout(timer);
          timer = stall(`no data for ${timeoutMs} ms`);
          stream.enqueue(chunk);
        },
        flush: () => clearTimeout(timer),
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  /** Answers a 401's challenge: a bearer token from the realm (Docker token spec), or basic credentials. */
  private async authorize(registry: string, scope: string, header: string, name: string): Promise<string | undefined> {
    // a mirror gets the credentials stored for the mirror's own host, never the mirrored registry's
    const mirror = this.options.mirrors?.[registry];
    const credentials = this.options.credentials?.(mirror ? new URL(mirror).host : registry);
    const basic = credentials && `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    const bearer = parseWwwAuthenticate(header).find((challenge) => challenge.scheme === 'bearer');
    if (!bearer?.params.realm) return basic;
    const tokenUrl = new URL(bearer.params.realm);
    if (bearer.params.service) tokenUrl.searchParams.set('service', bearer.params.service);
    tokenUrl.searchParams.set('scope', bearer.params.scope ?? scope);
    const response = await this.send(tokenUrl.href, ['application/json'], basic, name);
    if (!response.ok) {
      await response.body?.cancel();
      throw new RegistryError(`${name}: the token service ${tokenUrl.host} answered ${response.status}`);
    }
    const body = (await response.json().catch(() => ({}))) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`${name}: the token service ${tokenUrl.host} gave no token`);
    this.tokens.set(`${registry} ${scope}`, `Bearer ${token}`);
    return `Bearer ${token}`;
  }

  private baseUrl(registry: string): string {
    const mirror = this.options.mirrors?.[registry];
    if (mirror) return mirror.replace(/\/+$/, '');
    const host = apiHost(registry);
    const plain = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) || this.options.insecure?.includes(registry);
    return `${plain ? 'http' : 'https'}://${host}`;
  }
}

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

function wellFormed(descriptor: Descriptor | undefined): boolean {
  return typeof descriptor?.digest === 'string' && DIGEST.test(descriptor.digest) && Number.isSafeInteger(descriptor.size) && descriptor.size >= 0;
}

async function readLimited(response: Response, limit: number, reference: ImageReference): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) {
    await response.body?.cancel();
    throw new RegistryError(`${formatImageReference(reference)}: a manifest or config of ${declared} bytes is larger than ${limit}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.length;
      if (total > limit) throw new RegistryError(`${formatImageReference(reference)}: a manifest or config is larger than ${limit} bytes`);
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof RegistryError && error.message.startsWith(formatImageReference(reference))) throw error;
    throw new RegistryError(`${formatImageReference(reference)}: a manifest or config broke off (${(error as Error).message})`);
  }
  return Buffer.concat(chunks);
}

function readConfig(blob: Record<string, unknown>): ImageConfig {
  const config = (blob.config ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const rootfs = (blob.rootfs ?? {}) as { diff_ids?: unknown };
  const history = Array.isArray(blob.history) ? (blob.history as Array<Record<string, unknown>>) : [];
  return {
    env: strings(config.Env) ?? [],
    user: text(config.User),
    workingDir: text(config.WorkingDir),
    shell: strings(config.Shell),
    entrypoint: strings(config.Entrypoint),
    cmd: strings(config.Cmd),
    diffIds: strings(rootfs.diff_ids) ?? [],
    history: history.map((entry) => ({ createdBy: text(entry.created_by), emptyLayer: entry.empty_layer === true })),
  };
}
