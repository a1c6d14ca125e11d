// Which file of a release pip installs: the wheel whose tags (PEP 425, compressed tag sets; PEP 600
// manylinux, PEP 656 musllinux) rank best for the interpreter, in the order of `packaging.tags.sys_tags()`
// for CPython; else the sdist, which pip builds.

/** The interpreter and platform an image's pip installs for. */
export interface PythonTarget {
  /** CPython's major and minor version: [3, 11] */
  version: [number, number];
  /** `uname -m`: x86_64, aarch64, armv7l, ppc64le, s390x, riscv64, i686 */
  machine: string;
  /** glibc's version (manylinux) or musl's (musllinux) */
  libc: { kind: 'glibc' | 'musl'; version: [number, number] };
}

/** Debian bookworm's python3: CPython 3.11 on glibc 2.36, x86_64. */
export const BOOKWORM_PYTHON: PythonTarget = { version: [3, 11], machine: 'x86_64', libc: { kind: 'glibc', version: [2, 36] } };

/** `cp311 manylinux_2_36_x86_64`, for figures' sources. */
export function targetName(target: PythonTarget): string {
  return `cp${target.version.join('')} ${platforms(target)[0]}`;
}

const LEGACY_MANYLINUX: Record<string, string> = { '2_17': 'manylinux2014', '2_12': 'manylinux2010', '2_5': 'manylinux1' };

/** The platform tags, best first: newest manylinux/musllinux first, then `linux_<machine>`. */
export function platforms(target: PythonTarget): string[] {
  const { machine, libc } = target;
  const tags: string[] = [];
  if (libc.kind === 'musl') {
    for (let minor = libc.version[1]; minor >= 0; minor--) tags.push(`musllinux_${libc.version[0]}_${minor}_${machine}`);
  } else {
    // below glibc 2.17 only x86_64 and i686 have manylinux tags (manylinux1, manylinux2010)
    const oldest = machine === 'x86_64' || machine === 'i686' ? 0 : 17;
    for (let minor = libc.version[1]; minor >= oldest; minor--) {
      tags.push(`manylinux_2_${minor}_${machine}`);
      const legacy = LEGACY_MANYLINUX[`2_${minor}`];
      if (legacy) tags.push(`${legacy}_${machine}`);
    }
  }
  tags.push(`linux_${machine}`);
  return tags;
}

const tagsByTarget = new Map<string, Map<string, number>>();

/** Every tag the target accepts, mapped to its rank (0 best), as `python-abi-platform`; built once per target. */
export function supportedTags(target: PythonTarget): ReadonlyMap<string, number> {
  const key = JSON.stringify(target);
  let tags = tagsByTarget.get(key);
  if (!tags) tagsByTarget.set(key, (tags = rankTags(target)));
  return tags;
}

function rankTags(target: PythonTarget): Map<string, number> {
  const [major, minor] = target.version;
  const cp = `cp${major}${minor}`;
  const ranked: string[] = [];
  const plats = platforms(target);
  for (const plat of plats) ranked.push(`${cp}-${cp}-${plat}`);
  for (const plat of plats) ranked.push(`${cp}-abi3-${plat}`);
  for (const plat of plats) ranked.push(`${cp}-none-${plat}`);
  for (let older = minor - 1; older >= 2; older--) for (const plat of plats) ranked.push(`cp${major}${older}-abi3-${plat}`);
  const pys = [`py${major}${minor}`, `py${major}`, ...Array.from({ length: minor }, (_, index) => `py${major}${minor - 1 - index}`)];
  for (const py of pys) for (const plat of plats) ranked.push(`${py}-none-${plat}`);
  ranked.push(`${cp}-none-any`);
  for (const py of pys) ranked.push(`${py}-none-any`);
  return new Map(ranked.map((tag, index) => [tag, index]));
}

/** The best rank of a wheel's file name among `supported`; undefined when pip would not install it here. */
export function wheelRank(filename: string, supported: ReadonlyMap<string, number>): number | undefined {
  const parts = filename.replace(/\.whl$/i, '').split('-');
  if (parts.length < 5) return undefined;
  const [python, abi, platform] = parts.slice(-3);
  let best: number | undefined;
  for (const p of python.split('.')) {
    for (const a of abi.split('.')) {
      for (const plat of platform.split('.')) {
        const rank = supported.get(`${p}-${a}-${plat}`);
        if (rank !== undefined && (best === undefined || rank < best)) best = rank;
      }
    }
  }
  return best;
}

/** The file pip picks among a release's: the best-ranked wheel, else the sdist; undefined when there is neither. */
export function pickFile<T extends { filename: string }>(files: readonly T[], target: PythonTarget): { file: T; kind: 'wheel' | 'sdist' } | undefined {
  const supported = supportedTags(target);
  let best: { file: T; rank: number } | undefined;
  for (const file of files) {
    if (!file.filename.endsWith('.whl')) continue;
    const rank = wheelRank(file.filename, supported);
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { file, rank };
  }
  if (best) return { file: best.file, kind: 'wheel' };
  const sdist = files.find((file) => /\.(tar\.gz|zip|tar\.bz2)$/i.test(file.filename));
  return sdist ? { file: sdist, kind: 'sdist' } : undefined;
}
