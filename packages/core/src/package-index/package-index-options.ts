// How a run loads package indexes (the CLI's flags and config, the language server's settings map
// onto these); shared by the apt part and the npm and Python loaders.

/**
 * The reason a cached() load gives an index the cache does not hold yet: the language server then
 * loads it in the background (package-index-loader.ts lists it as pending) and analyses again.
 */
export const NOT_CACHED_REASON = 'being fetched';

/** One index download in progress, for a progress line on a TTY. */
export interface PackageIndexProgress {
  /** what is downloaded: `deb.debian.org/debian bookworm main amd64 Packages` */
  index: string;
  receivedBytes: number;
  totalBytes: number;
}

export interface PackageIndexOptions {
  /** no request at all: every index is unknown with OFFLINE_REASON */
  offline?: boolean;
  /** default: cacheDirectory(env) — $XDG_CACHE_HOME/dflint or ~/.cache/dflint, the registry cache's */
  cacheDir?: string;
  fetch?: typeof fetch;
  /** the longest wait for an answer, then for each piece of its body (the registry's 30 s by default) */
  timeoutMs?: number;
  now?: () => number;
  /** HTTPS_PROXY/NO_PROXY, XDG_CACHE_HOME, HOME; process.env by default */
  env?: NodeJS.ProcessEnv;
  /** download progress; undefined when a download is over */
  onProgress?: (progress: PackageIndexProgress | undefined) => void;
}

/** What each index fetcher (apt-fetch.ts, apk-fetch.ts, rpm-fetch.ts) is given: a run's options, resolved. */
export interface IndexFetchOptions {
  /** the dflint cache directory (registry/index-cache.ts cacheDirectory) */
  cacheDirectory: string;
  /** no request at all: every index is unavailable with OFFLINE_REASON */
  offline?: boolean;
  fetch?: typeof fetch;
  now?: () => number;
  /** the longest wait for an answer's headers, then for each next piece of its body (the registry's default) */
  timeoutMs?: number;
  /** a download's progress: bytes received of the size it announced */
  onDownload?: (receivedBytes: number, totalBytes: number) => void;
}
