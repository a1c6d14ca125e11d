import type { Bytes, Effect, PlacedEntry, StoredEntry } from '@dflint/core';
import { commandName, describeEntry, listEntries, listFirst, sizeLabel, storedHere } from './wording';

const MiB = 1024 * 1024;
const exact = (value: number): Bytes => ({ value, estimate: 'exact' });

function placed(path: string, bytes: Bytes, line: number, reason: StoredEntry['reason'] = 'write', command = 'dd'): PlacedEntry {
  const range = { start: { line: line - 1, character: 4 }, end: { line: line - 1, character: 20 } };
  const effect = { kind: 'write', range, command, path, bytes } as Effect;
  return { entry: { path, bytes, tree: false, reason, effect }, step: line };
}

test('sizeLabel says a size, a lower bound, or that it is unknown', () => {
  expect([exact(3 * MiB), { value: MiB, estimate: 'lower-bound' as const }, { value: 0, estimate: 'unknown' as const }].map(sizeLabel)).toEqual([
    '3.0 MiB',
    'at least 1.0 MiB',
    'size unknown',
  ]);
});

test('listFirst joins up to `shown` items and counts the rest', () => {
  expect(listFirst(['a', 'b', 'c'], 3)).toBe('a, b and c');
  expect(listFirst(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
});

test('listEntries puts the largest first, then by path', () => {
  const entries = [placed('/b', exact(MiB), 2), placed('/a', exact(MiB), 3), placed('/big', exact(2 * MiB), 4), placed('/c', exact(1), 5)];
  expect(listEntries(entries)).toBe('/big (2.0 MiB, line 4), /a (1.0 MiB, line 3), /b (1.0 MiB, line 2) and 1 more');
});

test('describeEntry names the command of a copy-up, quoting one that is not a word', () => {
  expect(describeEntry(placed('/f', exact(MiB), 2).entry)).toBe('/f (1.0 MiB) added at line 2');
  expect(describeEntry(placed('/f', exact(MiB), 4, 'copy-up', '>>').entry)).toBe('/f (1.0 MiB) copied up by `>>` at line 4');
  expect([commandName('chmod'), commandName('apt-get'), commandName('>')]).toEqual(['chmod', 'apt-get', '`>`']);
});

test('storedHere gives one related location per storing command, summing its files', () => {
  const related = storedHere([placed('/a', exact(MiB), 2), placed('/b', exact(MiB), 2), placed('/c', exact(1024), 3)]);
  expect(related.map(({ range, message }) => [range.start.line + 1, message])).toEqual([
    [2, 'stores 2 of these files (2.0 MiB)'],
    [3, 'stores /c (1.0 KiB)'],
  ]);
});
