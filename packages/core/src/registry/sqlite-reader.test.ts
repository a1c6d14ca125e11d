import { rpmDatabasePackages } from './installed-packages';
import { SqliteFormatError, sqliteTableRows, varint } from './sqlite-reader';
import { interiorCell, leafCell, packagesDatabase, PACKAGES_SQL, PAGE_SIZE, pageBytes, recordBytes, TABLE_INTERIOR, TABLE_LEAF, withFileHeader } from './test-sqlite-bytes';

const rows = (database: Buffer, table = 'Packages') => [...sqliteTableRows(database, table)];
const schemaPage = (root: number) => pageBytes(TABLE_LEAF, [leafCell(1, recordBytes(['table', 'Packages', 'Packages', root, PACKAGES_SQL])).cell], { first: true });

/** The one-line SqliteFormatError reading the Packages rows fails with; rpmDatabasePackages finds no package in it. */
function failure(database: Buffer): string {
  expect(rpmDatabasePackages(database)).toEqual([]);
  try {
    rows(database);
  } catch (error) {
    expect(error).toBeInstanceOf(SqliteFormatError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('the damaged database was read without an error');
}

describe('sqliteTableRows on sound files', () => {
  test('a table on one leaf page: its rows in rowid order, an INTEGER PRIMARY KEY column null as SQLite stores it', () => {
    expect(rows(packagesDatabase([Buffer.from('abc'), Buffer.from('de')]))).toEqual([
      [null, Buffer.from('abc')],
      [null, Buffer.from('de')],
    ]);
  });

  test('a table over an interior page and several leaves, with blobs that spill onto overflow chains', () => {
    const blobs = [Buffer.alloc(3000, 7), Buffer.from('x'), Buffer.alloc(600, 1), Buffer.alloc(100, 2), Buffer.alloc(1200, 3)];
    const database = packagesDatabase(blobs, { perLeaf: 2 });
    expect(database.length / PAGE_SIZE).toBeGreaterThan(10);
    expect(rows(database)).toEqual(blobs.map((blob) => [null, blob]));
  });

  test('the table is found by its name in any case; a table the schema lacks is a one-line error', () => {
    expect(rows(packagesDatabase([Buffer.from('a')]), 'packages')).toHaveLength(1);
    expect(() => rows(packagesDatabase([]), 'Basenames')).toThrow(new SqliteFormatError('the database has no table Basenames'));
  });

  test('varints: one byte, several, and the nine-byte form whose last byte carries 8 bits', () => {
    expect(varint(Buffer.from([0x05]), 0)).toEqual([5, 1]);
    expect(varint(Buffer.from([0x81, 0x00]), 0)).toEqual([128, 2]);
    expect(varint(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0xff]), 0)).toEqual([255, 9]);
  });
});

describe('sqliteTableRows on damaged files: a one-line SqliteFormatError, never a hang', () => {
  const sound = () => packagesDatabase([Buffer.alloc(2000, 7), Buffer.from('x'), Buffer.alloc(50, 1)], { perLeaf: 1 });

  test('not a database, or a page size SQLite never writes', () => {
    expect(failure(Buffer.from('SQLite format 2\0'.padEnd(200, ' ')))).toBe('not an SQLite database');
    expect(failure(Buffer.alloc(10))).toBe('not an SQLite database');
    const oddPageSize = sound();
    oddPageSize.writeUInt16BE(1000, 16);
    expect(failure(oddPageSize)).toBe('the page size 1000 is not valid');
  });

  test('a page size field of 1 means 65536: a smaller file has none of its pages', () => {
    const database = sound();
    database.writeUInt16BE(1, 16);
    expect(failure(database)).toBe('page 1 is outside the 0 pages of the file');
  });

  test('a truncated file: its pages beyond the end are refused', () => {
    expect(failure(sound().subarray(0, 2.5 * PAGE_SIZE))).toMatch(/^page \d+ is outside the 2 pages of the file$/);
  });

  test('a root page out of range, or one that is not a table b-tree page', () => {
    expect(failure(withFileHeader([schemaPage(99), pageBytes(TABLE_LEAF, [])]))).toBe('page 99 is outside the 2 pages of the file');
    expect(failure(withFileHeader([schemaPage(3), pageBytes(TABLE_LEAF, []), Buffer.alloc(PAGE_SIZE)]))).toBe('page 3 is not a table b-tree page (type 0)');
  });

  test('an interior page that is its own child: the cycle is found', () => {
    const loop = pageBytes(TABLE_INTERIOR, [interiorCell(2, 1)], { rightmost: 2 });
    expect(failure(withFileHeader([schemaPage(2), loop]))).toBe('page 2 is reached twice: the b-tree has a cycle');
  });

  test('an overflow pointer to page 0', () => {
    const database = packagesDatabase([Buffer.alloc(2000, 7)]);
    // the only cell ends the page, and its overflow pointer ends the cell
    database.writeUInt32BE(0, 2 * PAGE_SIZE - 4);
    expect(failure(database)).toBe('page 0 is outside the 6 pages of the file');
  });

  test('cells whose overflow chains all loop on one page: the pages read are bounded by the file', () => {
    // 1055 bytes: 39 on the page, the rest on two overflow pages
    const payload = recordBytes([null, Buffer.alloc(1051)]);
    const cells = Array.from({ length: 8 }, (_, i) => leafCell(i + 1, payload, 3).cell);
    const loop = Buffer.alloc(PAGE_SIZE);
    loop.writeUInt32BE(3, 0);
    expect(failure(withFileHeader([schemaPage(2), pageBytes(TABLE_LEAF, cells), loop]))).toBe('the database refers to more pages than it has');
  });

  test('a record larger than the file, or whose header runs past it, or a cell pointer past its page', () => {
    const huge = Buffer.concat([Buffer.from([0x8f, 0xff, 0xff, 0x7f, 0x01]), Buffer.alloc(20)]);
    expect(failure(withFileHeader([schemaPage(2), pageBytes(TABLE_LEAF, [huge])]))).toMatch(/^a record of \d+ bytes is larger than the database$/);
    const shortRecord = leafCell(1, Buffer.from([100, 0, 0, 0, 0])).cell;
    expect(failure(withFileHeader([schemaPage(2), pageBytes(TABLE_LEAF, [shortRecord])]))).toBe('a record header runs past its record');
    const leaf = pageBytes(TABLE_LEAF, [leafCell(1, recordBytes([null, Buffer.from('a')])).cell]);
    leaf.writeUInt16BE(PAGE_SIZE - 1, 8);
    expect(failure(withFileHeader([schemaPage(2), leaf]))).toBe('the database is truncated: a read runs past a page or record');
  });
});
