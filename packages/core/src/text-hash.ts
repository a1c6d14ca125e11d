/**
 * A fast 64-bit hash of a string, as 16 hex digits (two 32-bit FNV-1a variants with different
 * seeds): for naming cache files, never for trust. A reader that cares about collisions keeps the
 * hashed text beside its value and compares it.
 */
export function textHash(text: string): string {
  let low = 0x811c9dc5;
  let high = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x5bd1e995);
    high ^= high >>> 15;
  }
  return hex(low) + hex(high);
}

function hex(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}
