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
export declare function lineAt(text: string, offset: number): number;
/** The line of the longest prefix of `keyPath` that `offsetOf` knows; line 1 when none. */
export declare function lineOfNearest(text: string, keyPath: KeyPath, offsetOf: (keyPath: KeyPath) => number | undefined): number;
