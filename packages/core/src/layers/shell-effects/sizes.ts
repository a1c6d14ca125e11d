/**
 * Size arguments as the tools read them.
 * - `coreutils`: truncate -s, fallocate -l (util-linux reads them the same way): `K`, `KiB` = 1024,
 *   `KB` = 1000, and so on for M, G, T, P, E.
 * - `head`: head -c, which also knows `b` = 512.
 * - `dd`: bs=, count=, …: also `c` = 1, `w` = 2, busybox's `kD` = 1000, and `AxB` products.
 */
export type SizeDialect = 'coreutils' | 'head' | 'dd';

const POWERS: Readonly<Record<string, number>> = { k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 };
const BLOCK_SUFFIXES: Readonly<Record<string, number>> = { c: 1, w: 2, b: 512 };

export function parseSize(text: string, dialect: SizeDialect): number | undefined {
  if (dialect === 'dd' && text.includes('x')) {
    let product = 1;
    for (const part of text.split('x')) {
      const factor = parseSize(part, 'dd');
      if (factor === undefined) return undefined;
      product *= factor;
    }
    return Number.isSafeInteger(product) ? product : undefined;
  }
  const match = /^(\d+)([A-Za-z]*)$/.exec(text);
  if (!match) return undefined;
  const count = Number(match[1]);
  const multiplier = suffixMultiplier(match[2], dialect);
  if (multiplier === undefined) return undefined;
  const size = count * multiplier;
  return Number.isSafeInteger(size) ? size : undefined;
}

function suffixMultiplier(suffix: string, dialect: SizeDialect): number | undefined {
  if (suffix === '') return 1;
  if (dialect === 'dd' && Object.hasOwn(BLOCK_SUFFIXES, suffix)) return BLOCK_SUFFIXES[suffix];
  if (dialect === 'head' && suffix === 'b') return 512;
  const unit = /^([kmgtpe])(iB|B|D)?$/i.exec(suffix);
  if (!unit) return undefined;
  if (unit[2] === 'D' && dialect !== 'dd') return undefined;
  const base = unit[2] === 'B' || unit[2] === 'D' ? 1000 : 1024;
  return base ** POWERS[unit[1].toLowerCase()];
}
