"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FILE_SIZE_PATTERN = exports.DEFAULT_MAX_FILE_SIZE = void 0;
exports.maxLinesFor = maxLinesFor;
exports.parseFileSize = parseFileSize;
/** The largest Dockerfile dflint reads unless told otherwise (`--max-file-size`, config `maxFileSize`). */
exports.DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/**
 * The most lines a Dockerfile under a size limit may have: one per 200 bytes of the limit (52,428
 * for 10 MB), at least 1,000. Memory grows with instructions, not bytes (a one-line `RUN a` costs
 * the analysis about 6 KB), so a file of millions of short lines under the byte limit would still
 * take gigabytes; this keeps the default run under about half a gigabyte.
 */
function maxLinesFor(maxBytes) {
    return Math.max(1000, Math.floor(maxBytes / 200));
}
const UNIT_BYTES = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/** What the schema accepts for a size written as text: `20MB`, `512 KiB`, `1g`, `4096`. */
exports.FILE_SIZE_PATTERN = '^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$';
/**
 * A size as the user wrote it, in bytes: a number of bytes, or a number with a unit K, M or G
 * (also KB/KiB, MB/MiB, GB/GiB, any case; all powers of 1024). Undefined when it is not one, or
 * below `minimum` (a file size must be positive; a network budget may be 0).
 */
function parseFileSize(value, minimum = 1) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= minimum ? value : undefined;
    const match = new RegExp(exports.FILE_SIZE_PATTERN).exec(value);
    if (!match)
        return undefined;
    const number = Number(value.trim().match(/^[\d.]+/)?.[0]);
    const unit = (match[2] ?? '').charAt(0).toLowerCase();
    const bytes = Math.floor(number * UNIT_BYTES[unit]);
    return bytes >= minimum ? bytes : undefined;
}
//# sourceMappingURL=file-size.js.map