/** The largest Dockerfile dflint reads unless told otherwise (`--max-file-size`, config `maxFileSize`). */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/**
 * The most lines a Dockerfile under a size limit may have: one per 200 bytes of the limit (52,428
 * for 10 MB), at least 1,000. Memory grows with instructions, not bytes (a one-line `RUN a` costs
 * the analysis about 6 KB), so a file of millions of short lines under the byte limit would still
 * take gigabytes; this keeps the default run under about half a gigabyte.
 */
export declare function maxLinesFor(maxBytes: number): number;
/** What the schema accepts for a size written as text: `20MB`, `512 KiB`, `1g`, `4096`. */
export declare const FILE_SIZE_PATTERN = "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$";
/**
 * A size as the user wrote it, in bytes: a number of bytes, or a number with a unit K, M or G
 * (also KB/KiB, MB/MiB, GB/GiB, any case; all powers of 1024). Undefined when it is not one, or
 * below `minimum` (a file size must be positive; a network budget may be 0).
 */
export declare function parseFileSize(value: string | number, minimum?: number): number | undefined;
