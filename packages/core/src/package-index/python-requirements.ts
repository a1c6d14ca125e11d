// pip's requirements files (pip's "Requirements File Format"): one requirement a line, `\`
// continuations, `#` comments, `-r`/`--requirement` includes (relative to the including file),
// `-c` constraints, per-requirement `--hash` options and global options (`--index-url`, …).
import { dirname, posix } from 'node:path';
import { normalizeName } from './python-names';

const DISTRIBUTION_FILE = /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i;

/** One distribution a requirements or lock file names. */
export interface PythonRequirement {
  name: string;
  /** pinned with `==`/`===` (or by the lock file); undefined: pip picks the newest that fits */
  version?: string;
  /** the file (in the build context) that names it */
  file: string;
  /** `--hash` options given (or the lock file's hashes), `sha256:<hex>` with the algorithm lower-cased */
  hashes: string[];
  /** the lock file's own file sizes and digests (uv.lock states them) */
  files?: ReadonlyArray<{ filename: string; size: number; url?: string; sha256?: string }>;
}

export interface RequirementsFile {
  requirements: PythonRequirement[];
  /** what pip installs that no index names (editable projects, URLs, local paths), and includes that could not be read */
  unsized: string[];
  /** an `--index-url` other than PyPI's */
  indexUrl?: string;
  /** `--require-hashes` in the file: pip's hash-checking mode even where no requirement has a `--hash` */
  requireHashes?: boolean;
  /** wheels and sdists named by a relative path (looked up in the build context as named) */
  localFiles?: Array<{ path: string; file: string; hashes: string[] }>;
}

/**
 * Reads `path` (a build-context path) and its includes through `read`, which returns a file's text
 * or undefined when the context lacks it.
 */
export function readRequirements(path: string, read: (contextPath: string) => string | undefined): RequirementsFile {
  const result: RequirementsFile = { requirements: [], unsized: [] };
  const seen = new Set<string>();
  const visit = (file: string, constraints: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    if (text === undefined) {
      result.unsized.push(`${file} (not in the build context)`);
      return;
    }
    for (const line of logicalLines(text)) {
      const include = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(line);
      if (include) {
        visit(posix.normalize(posix.join(dirname(file) === '.' ? '' : dirname(file), include[2])), constraints || include[1].startsWith('-c') || include[1] === '--constraint');
        continue;
      }
      const index = /^(-i|--index-url)(?:\s+|=)(\S+)/.exec(line);
      if (index) result.indexUrl = index[2];
      if (/^--require-hashes\b/.test(line)) result.requireHashes = true;
      if (line.startsWith('-') && !/^(-e|--editable)\b/.test(line)) continue;
      if (constraints) continue;
      const requirement = parseRequirement(line, file);
      const local = requirement ? undefined : localFile(line, file);
      if (requirement) result.requirements.push(requirement);
      else if (local) (result.localFiles ??= []).push(local);
      else result.unsized.push(line.split(/\s+--hash/)[0]);
    }
  };
  visit(path, false);
  return result;
}

/** `name[extra]==1.0 ; marker --hash=sha256:…`; undefined for what no index names (`-e .`, a URL, a path). */
export function parseRequirement(line: string, file: string): PythonRequirement | undefined {
  const hashes = hashOptions(line);
  const spec = line.replace(/\s+--hash[=\s]\S+/g, '').split(';')[0].trim();
  if (/^(-e|--editable)\b/.test(spec) || spec.includes('@') || spec.includes('/') || spec.startsWith('.') || DISTRIBUTION_FILE.test(spec)) return undefined;
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!match) return undefined;
  const pinned = /^(?:===?)\s*([^,\s*]+)$/.exec(match[2].trim());
  return { name: normalizeName(match[1]), version: pinned?.[1], file, hashes };
}

/** The `--hash=<algorithm>:<hex>` options of a line, as `sha256:<hex>` (algorithm and digest lower-cased). */
export function hashOptions(line: string): string[] {
  return [...line.matchAll(/--hash[=\s]+([A-Za-z0-9]+):([0-9A-Fa-f]+)/g)].map((match) => `${match[1].toLowerCase()}:${match[2].toLowerCase()}`);
}

/** `./dist/app-1.0-py3-none-any.whl --hash=…`: a relative path to a wheel or sdist (pip reads it from its working directory). */
function localFile(line: string, file: string): { path: string; file: string; hashes: string[] } | undefined {
  const spec = line.replace(/\s+--hash[=\s]\S+/g, '').split(/\s+/)[0];
  if (spec.includes(':') || spec.startsWith('/') || !DISTRIBUTION_FILE.test(spec)) return undefined;
  const path = posix.normalize(spec);
  // outside the build context: not read
  if (path.startsWith('../')) return undefined;
  return { path, file, hashes: hashOptions(line) };
}

/** Lines with continuations joined, comments (` #` or a leading `#`) and blank lines dropped. */
function logicalLines(text: string): string[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}
