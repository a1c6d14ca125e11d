import { textHash } from './text-hash';

test('16 hex digits, the same for the same text, different for near texts', () => {
  const texts = ['', 'a', 'b', 'ab', 'ba', 'echo $x', 'echo $x ', 'échö', 'a'.repeat(10_000), `${'a'.repeat(10_000)}b`];
  const hashes = texts.map(textHash);
  for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
  expect(new Set(hashes).size).toBe(texts.length);
  expect(texts.map(textHash)).toEqual(hashes);
});
