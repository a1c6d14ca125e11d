/** Path segments that name something that moves: `…/releases/latest/…`, `…/raw/main/…`. */
const MOVING_SEGMENTS = new Set(['latest', 'master', 'main', 'HEAD']);

/**
 * Why a URL's content moves, e.g. `latest` or `main`; undefined for a URL that names a fixed
 * thing (a version, a tag, a commit). Only the path counts, not the host or the query.
 */
export function movingPart(url: string): string | undefined {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  for (const segment of path.split('/')) {
    if (MOVING_SEGMENTS.has(segment)) return segment;
    // a file named after a moving release (latest.tar.gz, app-latest.json) or an archive of a
    // branch (main.zip, master.tar.gz); `main.go` is just a file
    const latest = /^(?:.*[-_.])?(latest)\.[A-Za-z]/.exec(segment);
    if (latest) return latest[1];
    const branch = /^(master|main|HEAD)\.(?:zip|tar|tgz|tbz2?|txz)\b/.exec(segment);
    if (branch) return branch[1];
  }
  return undefined;
}

export function isHttpUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

export function isUrl(text: string): boolean {
  return /^(?:https?|ftp):\/\//i.test(text);
}

/**
 * A git source as ADD reads it (BuildKit): `git@host:…`, `git://…`, `ssh://…`, or an http(s)
 * URL whose path ends in `.git` (optionally followed by `#ref[:subdir]`).
 */
export function isGitUrl(text: string): boolean {
  if (/^(?:git@|git:\/\/|ssh:\/\/)/i.test(text)) return true;
  return isHttpUrl(text) && /\.git(?:#.*)?$/i.test(text.replace(/\?[^#]*/, ''));
}

/** The `#ref` of a git URL, without a `:subdir`; undefined when none is given. */
export function gitUrlRef(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const ref = url.slice(hash + 1).split(':')[0];
  return ref === '' ? undefined : ref;
}

export function isCommitSha(ref: string): boolean {
  return /^[0-9a-f]{40}$/i.test(ref) || /^[0-9a-f]{64}$/i.test(ref);
}

/** A ref a checkout can pin to: an abbreviated or full commit hash. */
export function isAbbreviatedSha(ref: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(ref);
}

/** `v1.2.3`, `1.4`, `release-2.0.1`, `curl-8_5_0`: a ref that reads like a release tag, not a branch. */
export function looksLikeTag(ref: string): boolean {
  return /\d+[._]\d+/.test(ref) || /^v\d+$/i.test(ref);
}
