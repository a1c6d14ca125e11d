// SQLite files made byte by byte for the reader's tests (page size 512, no reserved bytes): sound
// ones shaped like an rpm database, and the pieces to make damaged ones from.

export const PAGE_SIZE = 512;
const TABLE_INTERIOR = 5;
const TABLE_LEAF = 13;
/** how much of a leaf payload stays on the page at this page size (fileformat2 §1.6: X, M) */
const MOST_LOCAL = PAGE_SIZE - 35;
const LEAST_LOCAL = Math.floor(((PAGE_SIZE - 12) * 32) / 255) - 23;

export const PACKAGES_SQL = 'CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)';

export function varintBytes(value: number): Buffer {
  const groups = [value % 128];
  for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) groups.unshift((rest % 128) | 0x80);
  return Buffer.from(groups);
}

/** A record of text, integer (0–127), blob and null values. */
export function recordBytes(values: Array<string | number | Buffer | null>): Buffer {
  const bodies = values.map((value) => (value === null ? Buffer.alloc(0) : typeof value === 'number' ? Buffer.from([value]) : Buffer.from(value)));
  const types = values.map((value, i) => (value === null ? 0 : typeof value === 'number' ? 1 : (typeof value === 'string' ? 13 : 12) + 2 * bodies[i].length));
  const typeBytes = Buffer.concat(types.map(varintBytes));
  return Buffer.concat([varintBytes(typeBytes.length + 1), typeBytes, ...bodies]);
}

/** A table b-tree page: cells stored from the end of the page, their offsets after the header. */
export function pageBytes(type: number, cells: Buffer[], { rightmost = 0, first = false } = {}): Buffer {
  const page = Buffer.alloc(PAGE_SIZE);
  const header = first ? 100 : 0;
  const headerLength = type === TABLE_LEAF ? 8 : 12;
  let end = PAGE_SIZE;
  cells.forEach((cell, i) => {
    end -= cell.length;
    cell.copy(page, end);
    page.writeUInt16BE(end, header + headerLength + 2 * i);
  });
  page[header] = type;
  page.writeUInt16BE(cells.length, header + 3);
  page.writeUInt16BE(end, header + 5);
  if (type !== TABLE_LEAF) page.writeUInt32BE(rightmost, header + 8);
  return page;
}

/** A leaf cell whose payload spills onto overflow pages from `firstOverflow` on; returns the cell and those pages. */
export function leafCell(rowid: number, payload: Buffer, firstOverflow = 0): { cell: Buffer; overflow: Buffer[] } {
  const length = payload.length;
  let local = length;
  if (length > MOST_LOCAL) {
    local = LEAST_LOCAL + ((length - LEAST_LOCAL) % (PAGE_SIZE - 4));
    if (local > MOST_LOCAL) local = LEAST_LOCAL;
  }
  const overflow: Buffer[] = [];
  for (let at = local; at < length; at += PAGE_SIZE - 4) {
    const page = Buffer.alloc(PAGE_SIZE);
    const next = at + PAGE_SIZE - 4 < length ? firstOverflow + overflow.length + 1 : 0;
    page.writeUInt32BE(next, 0);
    payload.copy(page, 4, at, Math.min(length, at + PAGE_SIZE - 4));
    overflow.push(page);
  }
  const pointer = Buffer.alloc(overflow.length > 0 ? 4 : 0);
  if (overflow.length > 0) pointer.writeUInt32BE(firstOverflow, 0);
  return { cell: Buffer.concat([varintBytes(length), varintBytes(rowid), payload.subarray(0, local), pointer]), overflow };
}

export function interiorCell(child: number, key: number): Buffer {
  const pointer = Buffer.alloc(4);
  pointer.writeUInt32BE(child, 0);
  return Buffer.concat([pointer, varintBytes(key)]);
}

/** The 100-byte file header written over page 1's first bytes. */
export function withFileHeader(pages: Buffer[]): Buffer {
  const file = Buffer.concat(pages);
  file.write('SQLite format 3\0', 0, 'latin1');
  file.writeUInt16BE(PAGE_SIZE, 16);
  file.set([1, 1, 0, 64, 32, 32], 18);
  file.writeUInt32BE(1, 24);
  file.writeUInt32BE(pages.length, 28);
  file.writeUInt32BE(1, 40);
  file.writeUInt32BE(4, 44);
  file.writeUInt32BE(1, 56);
  file.writeUInt32BE(1, 92);
  file.writeUInt32BE(3040001, 96);
  return file;
}

/**
 * A sound database holding `Packages` rows (null hnum, then the blob), `perLeaf` to a leaf page:
 * page 1 the schema, page 2 the table's root (its only leaf when one is enough), then the leaves,
 * then the overflow pages.
 */
export function packagesDatabase(blobs: Buffer[], { perLeaf = blobs.length || 1 } = {}): Buffer {
  const leafCount = Math.max(1, Math.ceil(blobs.length / perLeaf));
  const firstLeaf = leafCount === 1 ? 2 : 3;
  let nextOverflow = firstLeaf + leafCount;
  const leaves: Buffer[] = [];
  const overflowPages: Buffer[] = [];
  for (let leaf = 0; leaf < leafCount; leaf++) {
    const cells = blobs.slice(leaf * perLeaf, (leaf + 1) * perLeaf).map((blob, i) => {
      const { cell, overflow } = leafCell(leaf * perLeaf + i + 1, recordBytes([null, blob]), nextOverflow);
      nextOverflow += overflow.length;
      overflowPages.push(...overflow);
      return cell;
    });
    leaves.push(pageBytes(TABLE_LEAF, cells));
  }
  const schema = pageBytes(TABLE_LEAF, [leafCell(1, recordBytes(['table', 'Packages', 'Packages', 2, PACKAGES_SQL])).cell], { first: true });
  const interior = leafCount === 1 ? [] : [pageBytes(TABLE_INTERIOR, leaves.slice(0, -1).map((_, leaf) => interiorCell(firstLeaf + leaf, (leaf + 1) * perLeaf)), { rightmost: firstLeaf + leafCount - 1 })];
  return withFileHeader([schema, ...interior, ...leaves, ...overflowPages]);
}

export { TABLE_INTERIOR, TABLE_LEAF };
