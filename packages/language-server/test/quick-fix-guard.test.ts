// A quick fix applies one finding's edits outside fixText: the server offers it only when the worker
// says it passes fixText's guard (issue 13: a safe fix never loses an instruction, command word or comment).
import type { Fix } from '@dflint/core';
import { checkFixes } from '../src/analyze';

const TEXT = 'FROM alpine\n# keep me\nRUN apt-get install -y curl\n';
const ARGS = { start: { line: 2, character: 4 }, end: { line: 2, character: 27 } };
const fix = (edits: Fix['edits']): Fix => ({ safety: 'safe', description: 'test', edits });

test('a fix that drops a command word or a comment fails the guard; one that adds a word passes', async () => {
  const dropsWord = fix([{ range: ARGS, newText: 'apt-get install -y' }]);
  const dropsComment = fix([{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]);
  const addsWord = fix([{ range: ARGS, newText: 'apt-get install -y --no-install-recommends curl' }]);
  expect(await checkFixes(TEXT, [dropsWord, dropsComment, addsWord])).toEqual([false, false, true]);
});

test('a fix whose text no longer parses fails the guard', async () => {
  expect(await checkFixes(TEXT, [fix([{ range: ARGS, newText: 'apt-get install -y curl && (' }])])).toEqual([false]);
});
