import type { KeyPath } from './errors';

/** A parsed config file that can say where a key is, so errors can name the line. */
export interface ConfigText {
  /** the parsed value; undefined for an empty YAML file */
  readonly data: unknown;
  /**
   * 1-based line of the key (object member) or the value (array element) at this path; for a
   * path that is not in the file, the line of its nearest ancestor that is.
   */
  lineOf(keyPath: KeyPath): number;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of the longest prefix of `keyPath` that `offsetOf` knows; line 1 when none. */
export function lineOfNearest(text: string, keyPath: KeyPath, offsetOf: (keyPath: KeyPath) => number | undefined): number {
  for (let length = keyPath.length; length > 0; length--) {
    const offset = offsetOf(keyPath.slice(0, length));
    if (offset !== undefined) return lineAt(text, offset);
  }
  return 1;
}
