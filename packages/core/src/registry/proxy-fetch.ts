type Undici = typeof import('undici');
let undici: Undici | undefined;

/**
 * A fetch through the proxies HTTPS_PROXY / HTTP_PROXY name (lowercase forms first, as curl reads
 * them), except for hosts NO_PROXY lists; undefined when no proxy is set. Node's own fetch ignores
 * these variables. undici's EnvHttpProxyAgent does the work; it is required only here (~2 MB,
 * tens of ms to load), so a run without a proxy never loads it.
 */
export function proxyFetch(env: NodeJS.ProcessEnv): typeof fetch | undefined {
  const httpProxy = env.http_proxy || env.HTTP_PROXY || '';
  const httpsProxy = env.https_proxy || env.HTTPS_PROXY || '';
  if (!httpProxy && !httpsProxy) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  undici ??= require('undici') as Undici;
  // every value given, so the agent does not read process.env behind the caller's env
  const dispatcher = new undici.EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy: env.no_proxy || env.NO_PROXY || '' });
  const proxied = undici.fetch;
  return ((input: string | URL, init?: RequestInit) => proxied(input, { ...(init as object), dispatcher })) as unknown as typeof fetch;
}
