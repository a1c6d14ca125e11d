/** Path segments that name something that moves: `…/releases/latest/…`, `…/raw/master/…`. */
const MOVING_SEGMENTS = new Set(['latest', 'master', 'HEAD']);

/**
 * Segments after which a code host puts the ref: `github.com/o/r/raw/<ref>/…`, `…/blob/<ref>`,
 * `…/tree/<ref>`, `…/-/raw/<ref>` (GitLab), `refs/heads/<ref>`, `codeload…/tar.gz/<ref>`. Only
 * there is `main` a branch: elsewhere it is a folder, like Debian's and Alpine's `main` component
 * (`pool/main/…`, `v3.20/main/x86_64`, aports' `plain/main/…?id=<sha>`).
 */
const BEFORE_REF = new Set(['raw', 'blob', 'tree', 'heads', 'tar.gz', 'zip']);

/**
 * Why a URL's content moves, e.g. `latest` or `master`; undefined for a URL that names a fixed
 * thing (a version, a tag, a commit). Only the path counts, not the host or the query; a commit
 * anywhere in the path or as cgit's `?id=` pins it.
 */
export function movingPart(url: string): string | undefined {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1].toLowerCase() ?? '';
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some(isCommitSha) || /[?&]id=[0-9a-f]{40}\b/i.test(url)) return undefined;
  for (const [index, segment] of segments.entries()) {
    if (MOVING_SEGMENTS.has(segment)) return segment;
    const refPosition = BEFORE_REF.has(segments[index - 1]) || (host === 'raw.githubusercontent.com' && index === 2);
    if (segment === 'main' && refPosition) return segment;
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

/**
 * The ref of a git URL: its `#ref[:subdir]` fragment, or BuildKit's query form (`?ref=v1.2`,
 * `?tag=`, `?branch=`, `?checksum=<commit>`, a commit winning); undefined when none is given.
 */
export function gitUrlRef(url: string): string | undefined {
  const hash = url.indexOf('#');
  const query = new Map(
    (/\?([^#]*)/.exec(url)?.[1] ?? '')
      .split('&')
      .map((part): [string, string] => [part.split('=')[0], part.slice(part.indexOf('=') + 1)]),
  );
  const ref = query.get('checksum') || query.get('ref') || query.get('tag') || query.get('branch') || (hash < 0 ? '' : url.slice(hash + 1).split(':')[0]);
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

/**
 * A `go install`/`go get` version query that moves: `latest`, `upgrade`, `patch`, a branch
 * (`master`, `main`, `HEAD`), a comparison (`>=v1.2`) or a version prefix (`v1`, `v1.2`: the newest
 * v1.2.x). A full version (`v1.2.3`, `v0.0.0-2024…-abcdef123456`) or a commit hash is fixed.
 */
export function movingGoVersion(version: string): boolean {
  if (/^v\d+\.\d+\.\d+([-+].*)?$/.test(version) || isAbbreviatedSha(version)) return false;
  return /^(latest|upgrade|patch|master|main|HEAD)$/.test(version) || /^[<>]/.test(version) || /^v\d+(\.\d+)?$/.test(version);
}
