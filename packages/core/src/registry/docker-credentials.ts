import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DOCKER_HUB } from './reference';

export interface Credentials {
  username: string;
  password: string;
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** The key `docker login` stores Docker Hub under */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HELPER_TIMEOUT_MS = 10_000;

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json` */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG ?? join(homedir(), '.docker'), 'config.json');
}

/**
 * Reads credentials the way the docker CLI does: a credential helper for the registry
 * (`credHelpers`, else `credsStore`) when one is configured, else `auths`. A missing or unreadable
 * file, or a helper that fails, gives undefined: anonymous access is tried.
 */
export function dockerCredentials(configPath = dockerConfigPath(), env: NodeJS.ProcessEnv = process.env): (registry: string) => Credentials | undefined {
  let config: DockerConfigFile | undefined;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8')) as DockerConfigFile;
  } catch {
    config = undefined;
  }
  return (registry) => {
    if (!config) return undefined;
    const key = registry === DOCKER_HUB ? DOCKER_HUB_KEY : registry;
    const helper = config.credHelpers?.[registry] ?? config.credsStore;
    return (helper && fromHelper(helper, key, env)) || fromAuths(config.auths ?? {}, registry, key);
  };
}

function fromAuths(auths: NonNullable<DockerConfigFile['auths']>, registry: string, key: string): Credentials | undefined {
  const entry = auths[key] ?? Object.entries(auths).find(([name]) => hostOf(name) === registry)?.[1];
  if (!entry) return undefined;
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry.auth) return undefined;
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}

/** `https://ghcr.io/v1/` → `ghcr.io`; `ghcr.io` stays */
function hostOf(name: string): string {
  return name.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}

/** `docker-credential-<helper> get`, the registry on stdin, `{"Username", "Secret"}` on stdout */
function fromHelper(helper: string, key: string, env: NodeJS.ProcessEnv): Credentials | undefined {
  const result = spawnSync(`docker-credential-${helper}`, ['get'], { input: key, encoding: 'utf8', timeout: HELPER_TIMEOUT_MS, env });
  if (result.status !== 0) return undefined;
  try {
    const { Username, Secret } = JSON.parse(result.stdout) as { Username?: string; Secret?: string };
    return Username && Secret ? { username: Username, password: Secret } : undefined;
  } catch {
    return undefined;
  }
}
