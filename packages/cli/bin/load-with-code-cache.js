'use strict';
// Loads a single-file CommonJS bundle with V8's code cache: the first run compiles it and, at exit,
// stores the code of every function it ran; later runs deserialise that instead of parsing and
// compiling several MB of JavaScript (measured on the CLI bundle: ~30% less CPU for a small
// lint). The cache is only ever an optimisation: missing, stale, corrupt or unwritable, the bundle
// loads as `require` would load it.
// A cache holds only what the runs that wrote it ran: a bundle may name the parts of itself a run
// used (its export `codeCacheParts()`, e.g. a command, the shell parser); a run that used a part
// the cache lacks writes it again, with this run's code added, so `--version` as the first run
// does not leave every later lint compiling the lint code.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { Module, createRequire } = require('node:module');
const { isAscii } = require('node:buffer');

/**
 * `require(file)` for a bundle, through the code cache. `v8Flags`: the flags the bundle itself sets
 * while it runs (`v8.setFlagsFromString`); V8 accepts a cache only under the flags it was made with,
 * and it is made at exit, so they are set before compiling too. `cacheDir` is for tests.
 */
function loadBundle(file, { v8Flags = [], cacheDir = defaultCacheDir() } = {}) {
  for (const flag of v8Flags) require('node:v8').setFlagsFromString(flag);
  const bytes = fs.readFileSync(file);
  // an ASCII bundle becomes a one-byte string, as latin1 (~1 ms for 4 MB); decoding it as UTF-8
  // costs ~20 ms of CPU when the bundle has any non-ASCII byte (a comment is enough)
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = cacheFileFor(file, cacheDir);
  const cached = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached?.data });
  const covered = cached && !script.cachedDataRejected ? cached.parts : undefined;
  const bundle = new Module(file, module);
  if (cacheFile) {
    process.once('exit', () => {
      const used = partsUsed(bundle.exports);
      if (covered && used.every((part) => covered.includes(part))) return;
      writeCache(cacheFile, script, [...new Set([...(covered ?? []), ...used])].sort());
    });
  }
  bundle.filename = file;
  script.runInThisContext().call(bundle.exports, bundle.exports, createRequire(file), bundle, file, path.dirname(file));
  bundle.loaded = true;
  return bundle.exports;
}

/** The XDG cache folder's `dflint/code-cache`; undefined (no cache) when there is no home to put it in. */
function defaultCacheDir() {
  try {
    return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'dflint', 'code-cache');
  } catch {
    return undefined;
  }
}

/**
 * One file per bundle build and Node.js: V8 checks its own version, flags and the source's length,
 * not its content, so a rebuilt bundle of the same length must not meet the old cache.
 */
function cacheFileFor(file, cacheDir) {
  if (!cacheDir) return undefined;
  try {
    const { size, mtimeMs } = fs.statSync(file);
    // named after the bundle's path too: two installs must not replace each other's cache on every run
    const bundle = `${path.basename(file)}.${fnv1a(path.resolve(file))}`;
    return path.join(cacheDir, `${bundle}@${[size, Math.trunc(mtimeMs), process.version, process.arch].join('-')}.bin`);
  } catch {
    return undefined;
  }
}

/** A 32-bit FNV-1a hash, in hex: enough to tell a few install folders apart, without loading node:crypto. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A cache file is one line naming the parts its code covers (`parts a,b`), then V8's cached data. */
const HEADER = /^parts ([\w,-]*)\n/;

/** The cache's data and the parts it covers; undefined when it is missing or not in this form (a rewrite replaces it). */
function readCache(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const header = HEADER.exec(bytes.subarray(0, 256).toString('latin1'));
  if (!header) return undefined;
  return { parts: header[1] ? header[1].split(',') : [], data: bytes.subarray(header[0].length) };
}

/** What the bundle says this run used; a bundle without `codeCacheParts`, or one that throws, used nothing named. */
function partsUsed(exports) {
  try {
    const parts = typeof exports.codeCacheParts === 'function' ? exports.codeCacheParts() : [];
    return Array.isArray(parts) ? parts.filter((part) => typeof part === 'string' && /^[\w-]+$/.test(part)) : [];
  } catch {
    return [];
  }
}

/** Caches of the bundle kept for other Node versions or architectures (one install run by several), newest first. */
const OTHER_NODES_KEPT = 3;

/**
 * Written to a temporary name and renamed, so a reader never sees half a cache. The bundle's other
 * caches under this Node go (made from another build of it, they can never be accepted again); those
 * of other Nodes stay, but for the newest few: two Node versions running one install took turns
 * deleting each other's cache, so every run compiled the bundle again.
 */
function writeCache(cacheFile, script, parts) {
  const dir = path.dirname(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`parts ${parts.join(',')}\n`, 'latin1'), script.createCachedData()]));
    fs.renameSync(temporary, cacheFile);
    const bundleName = `${path.basename(cacheFile).split('@')[0]}@`;
    const thisNode = `-${process.version}-${process.arch}.bin`;
    const otherNodes = [];
    for (const old of fs.readdirSync(dir)) {
      if (old === path.basename(cacheFile) || !old.startsWith(bundleName) || !old.endsWith('.bin')) continue;
      if (old.endsWith(thisNode)) fs.rmSync(path.join(dir, old), { force: true });
      else otherNodes.push({ file: path.join(dir, old), mtimeMs: fs.statSync(path.join(dir, old)).mtimeMs });
    }
    otherNodes.sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const { file } of otherNodes.slice(OTHER_NODES_KEPT)) fs.rmSync(file, { force: true });
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // a read-only cache folder: nothing was written
    }
  }
}

module.exports = { loadBundle };
