/**
 * An image reference as `FROM` names it (`debian`, `ghcr.io/o/r:1.2`, `localhost:5000/x@sha256:…`),
 * normalised the way Docker does: a first path component that holds a `.` or `:` or is `localhost`
 * names the registry; otherwise the image is on Docker Hub, under `library/` when it has no `/`.
 */
export interface ImageReference {
  /** the registry as named (`docker.io`, `ghcr.io`, `localhost:5000`) */
  registry: string;
  /** the repository path inside it (`library/debian`) */
  repository: string;
  /** `latest` when neither a tag nor a digest is given */
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
/** Docker Hub's API is not served at docker.io itself */
const DOCKER_HUB_API = 'registry-1.docker.io';

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$|^\[[0-9a-fA-F:.]+\](?::\d+)?$/;

export class ReferenceError extends Error {}

/** Parses `name[:tag][@digest]`; throws ReferenceError with a one-line reason for what Docker would refuse. */
export function parseImageReference(text: string): ImageReference {
  const at = text.indexOf('@');
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  let rest = at >= 0 ? text.slice(0, at) : text;
  if (digest !== undefined && !DIGEST.test(digest)) throw new ReferenceError(`'${text}': '${digest}' is not a digest (algorithm:hex)`);

  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) throw new ReferenceError(`'${text}': '${tag}' is not a valid tag`);
  }

  const parts = rest.split('/');
  const first = parts[0];
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  const registry = hasRegistry ? first : DOCKER_HUB;
  if (hasRegistry && !DOMAIN.test(registry)) throw new ReferenceError(`'${text}': '${registry}' is not a registry host`);
  const path = hasRegistry ? parts.slice(1) : parts;
  const repository = (registry === DOCKER_HUB || registry === 'index.docker.io') && path.length === 1 ? ['library', ...path] : path;
  const bad = repository.find((component) => !COMPONENT.test(component));
  if (bad !== undefined) throw new ReferenceError(`'${text}': '${bad || '(empty)'}' is not a valid repository name component (lowercase letters, digits, . _ -)`);

  return {
    registry: registry === 'index.docker.io' ? DOCKER_HUB : registry,
    repository: repository.join('/'),
    ...(tag !== undefined || digest === undefined ? { tag: tag ?? 'latest' } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** The host the registry's HTTP API answers on (Docker Hub's differs from its name). */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** The reference to ask the manifest endpoint for: the digest when pinned, else the tag. */
export function manifestReference(reference: ImageReference): string {
  return reference.digest ?? reference.tag ?? 'latest';
}

/** `docker.io/library/debian:bookworm@sha256:…`, the full form, for messages and cache keys */
export function formatImageReference(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}
