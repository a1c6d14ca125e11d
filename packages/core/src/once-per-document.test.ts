import { oncePerDocument } from './once-per-document';

test('computes once per document, separately for each, including falsy answers', () => {
  const seen: object[] = [];
  const lengthOf = oncePerDocument((document: { text: string }) => {
    seen.push(document);
    return document.text.length;
  });
  const empty = { text: '' };
  const other = { text: 'FROM busybox' };
  expect([lengthOf(empty), lengthOf(empty), lengthOf(other), lengthOf(other)]).toEqual([0, 0, 12, 12]);
  expect(seen).toEqual([empty, other]);
});
