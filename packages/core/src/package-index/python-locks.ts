// Python lock files: poetry.lock (lock-version 1.x with `category` and `[metadata.files]`, 2.x with
// `groups` and per-package `files`), uv.lock (its wheels and sdist carry their sizes) and
// Pipfile.lock (JSON). Each names every distribution the install puts in the environment.
import { normalizeName } from './python-names';
import type { PythonRequirement, RequirementsFile } from './python-requirements';

/** smol-toml's CommonJS entry, as far as it is used */
type TomlModule = { parse(text: string): unknown };
let toml: TomlModule | undefined;

/** smol-toml, required on first use: only a lock file needs it. */
function parseToml(text: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (toml ??= require('smol-toml') as TomlModule).parse(text) as Record<string, unknown>;
}

/** The lock file kinds by base name. */
export function lockKind(path: string): 'poetry' | 'uv' | 'pipfile' | undefined {
  const base = path.split('/').pop();
  return base === 'poetry.lock' ? 'poetry' : base === 'uv.lock' ? 'uv' : base === 'Pipfile.lock' ? 'pipfile' : undefined;
}

/** The distributions a lock file names; throws with a one-line reason on a damaged file. */
export function readLockFile(path: string, text: string): RequirementsFile {
  const kind = lockKind(path);
  if (kind === 'pipfile') return pipfileLock(path, text);
  let document: Record<string, unknown>;
  try {
    document = parseToml(text);
  } catch (error) {
    throw new Error(`not valid TOML (${(error as Error).message.split('\n')[0]})`);
  }
  const packages = document.package;
  if (!Array.isArray(packages)) throw new Error('no [[package]] tables');
  const metadata = (document.metadata ?? {}) as { files?: Record<string, unknown> };
  return kind === 'uv' ? uvLock(path, packages) : poetryLock(path, packages, metadata.files ?? {});
}

/** `sha256:<hex>` lower-cased, from a lock's `hash` string. */
function lockHash(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9]+:[0-9A-Fa-f]+$/.test(value) ? value.toLowerCase() : undefined;
}

/** The hashes of a lock's file list (`[{file, hash}]`). */
function fileHashes(files: unknown): string[] {
  return Array.isArray(files) ? files.map((entry) => lockHash((entry as Record<string, unknown>)?.hash)).filter((hash): hash is string => hash !== undefined) : [];
}

function poetryLock(file: string, packages: unknown[], metadataFiles: Record<string, unknown>): RequirementsFile {
  const result: RequirementsFile = { requirements: [], unsized: [] };
  for (const entry of packages as Array<Record<string, unknown>>) {
    const name = stringField(entry, 'name');
    const version = stringField(entry, 'version');
    const source = entry.source as Record<string, unknown> | undefined;
    if (source && (source.type === 'directory' || source.type === 'git' || source.type === 'file' || source.type === 'url')) {
      result.unsized.push(`${name} (${String(source.type)} ${String(source.url ?? '')})`.trim());
      continue;
    }
    // lock-version 2 lists each package's files; 1.x lists them under [metadata.files]
    const hashes = fileHashes(Array.isArray(entry.files) ? entry.files : metadataFiles[name]);
    result.requirements.push({ name: normalizeName(name), version, file, hashes });
  }
  return result;
}

function uvLock(file: string, packages: unknown[]): RequirementsFile {
  const result: RequirementsFile = { requirements: [], unsized: [] };
  for (const entry of packages as Array<Record<string, unknown>>) {
    const name = stringField(entry, 'name');
    const source = (entry.source ?? {}) as Record<string, unknown>;
    // the project itself (and workspace members): uv installs them from the build context
    if (source.editable !== undefined || source.virtual !== undefined) continue;
    if (source.registry === undefined) {
      result.unsized.push(`${name} (${Object.keys(source)[0] ?? 'unknown source'})`);
      continue;
    }
    const files: Array<{ filename: string; size: number; url?: string; sha256?: string }> = [];
    const sdist = entry.sdist as Record<string, unknown> | undefined;
    for (const artifact of [...(Array.isArray(entry.wheels) ? entry.wheels : []), ...(sdist ? [sdist] : [])] as Array<Record<string, unknown>>) {
      const url = typeof artifact.url === 'string' ? artifact.url : undefined;
      if (url === undefined || typeof artifact.size !== 'number') continue;
      const hash = lockHash(artifact.hash);
      files.push({ filename: decodeURIComponent(url.split('/').pop()!), size: artifact.size, url, sha256: hash?.startsWith('sha256:') ? hash.slice(7) : undefined });
    }
    const hashes = files.flatMap((artifact) => (artifact.sha256 ? [`sha256:${artifact.sha256}`] : []));
    result.requirements.push({ name: normalizeName(name), version: stringField(entry, 'version'), file, hashes, files });
  }
  return result;
}

function pipfileLock(file: string, text: string): RequirementsFile {
  let document: Record<string, Record<string, { version?: string; hashes?: string[]; path?: string; git?: string; file?: string }>>;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const result: RequirementsFile = { requirements: [], unsized: [] };
  // `pipenv install --deploy` installs default and (with --dev) develop; the default section is what an image gets
  for (const [name, entry] of Object.entries(document.default ?? {})) {
    const requirement: PythonRequirement | undefined = entry.version?.startsWith('==')
      ? { name: normalizeName(name), version: entry.version.slice(2), file, hashes: fileHashes((entry.hashes ?? []).map((hash) => ({ hash }))) }
      : undefined;
    if (requirement) result.requirements.push(requirement);
    else result.unsized.push(`${name} (${entry.path ?? entry.git ?? entry.file ?? 'not pinned'})`);
  }
  return result;
}

function stringField(entry: Record<string, unknown>, key: string): string {
  const value = entry[key];
  if (typeof value !== 'string') throw new Error(`a [[package]] without a ${key}`);
  return value;
}
