import type { Bytes, Effect, PlacedEntry, StoredEntry } from '@dflint/core';
import { commandName, describeEntry, editedLines, lineSpan, linesNotEdited, listEntries, namedLines, listFirst, sizeLabel, storedHere } from './wording';

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

test('lineSpan and editedLines name where an instruction or a fix is', () => {
  const range = (from: number, to: number, endCharacter = 5) => ({ start: { line: from - 1, character: 0 }, end: { line: to - 1, character: endCharacter } });
  expect([lineSpan(range(3, 3)), lineSpan(range(3, 5)), lineSpan(range(3, 4, 0))]).toEqual(['line 3', 'lines 3-5', 'line 3']);
  expect(editedLines([{ range: range(9, 9), newText: '' }, { range: range(7, 7), newText: '' }, { range: range(9, 9), newText: 'x' }])).toBe('lines 7 and 9');
});

test('linesNotEdited finds the lines a fix names but does not change', () => {
  const edit = (from: number, to: number) => ({ range: { start: { line: from - 1, character: 0 }, end: { line: to - 1, character: 0 } }, newText: '' });
  expect(linesNotEdited({ description: 'append `yum clean all` to the RUN at line 8', edits: [edit(17, 17)] })).toEqual([8]);
  expect(linesNotEdited({ description: 'merge the RUNs at lines 10, 11 and 12', edits: [edit(10, 12)] })).toEqual([]);
  expect(linesNotEdited({ description: 'merge the RUN at lines 21-24 into the install RUN at line 26', edits: [edit(21, 28)] })).toEqual([]);
  expect(linesNotEdited({ description: 'move ARG X down to line 18, its first use', edits: [edit(7, 8), edit(19, 19)] })).toEqual([18]);
});

test('namedLines reads the line numbers a message names', () => {
  expect(namedLines('`zypper ref` at line 21 installs nothing in its RUN: … to the install at line 26')).toEqual([21, 26]);
  expect(namedLines('3 consecutive RUNs (lines 6, 7 and 8) can be one RUN; merge the RUN at lines 21-24')).toEqual([6, 7, 8, 21, 24]);
  expect(namedLines('no line here, 3 layers')).toEqual([]);
});
