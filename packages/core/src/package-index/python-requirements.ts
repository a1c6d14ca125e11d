// pip's requirements files (pip's "Requirements File Format"): one requirement a line, `\`
// continuations, `#` comments, `-r`/`--requirement` includes (relative to the including file),
// `-c` constraints, per-requirement `--hash` options and global options (`--index-url`, …).
import { dirname, posix } from 'node:path';
import { normalizeName } from './python-names';

/** One distribution a requirements or lock file names. */
export interface PythonRequirement {
  name: string;
  /** pinned with `==`/`===` (or by the lock file); undefined: pip picks the newest that fits */
  version?: string;
  /** the file (in the build context) that names it */
  file: string;
  /** `--hash` options given */
  hashes: number;
  /** the lock file's own file sizes (uv.lock states them) */
  files?: ReadonlyArray<{ filename: string; size: number; url?: string }>;
}

export interface RequirementsFile {
  requirements: PythonRequirement[];
  /** what pip installs that no index names (editable projects, URLs, local paths), and includes that could not be read */
  unsized: string[];
  /** an `--index-url` other than PyPI's */
  indexUrl?: string;
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
      if (line.startsWith('-') && !/^(-e|--editable)\b/.test(line)) continue;
      if (constraints) continue;
      const requirement = parseRequirement(line, file);
      if (requirement) result.requirements.push(requirement);
      else result.unsized.push(line.split(/\s+--hash/)[0]);
    }
  };
  visit(path, false);
  return result;
}

/** `name[extra]==1.0 ; marker --hash=sha256:…`; undefined for what no index names (`-e .`, a URL, a path). */
export function parseRequirement(line: string, file: string): PythonRequirement | undefined {
  const hashes = (line.match(/--hash[=\s]/g) ?? []).length;
  const spec = line.replace(/\s+--hash[=\s]\S+/g, '').split(';')[0].trim();
  if (/^(-e|--editable)\b/.test(spec) || spec.includes('@') || spec.includes('/') || spec.startsWith('.')) return undefined;
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!match) return undefined;
  const pinned = /^(?:===?)\s*([^,\s*]+)$/.exec(match[2].trim());
  return { name: normalizeName(match[1]), version: pinned?.[1], file, hashes };
}

/** Lines with continuations joined, comments (` #` or a leading `#`) and blank lines dropped. */
function logicalLines(text: string): string[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}
