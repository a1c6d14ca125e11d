import { readFileSync } from 'node:fs';

/**
 * A compact index cache file (apt, apk, rpm): one line of JSON header, then binary columns. The
 * header and the offset the columns start at, or undefined when the file is missing, has no header
 * line, or the header is not JSON; the caller checks the header's fields.
 */
export function readCacheFile<Header>(path: string): { header: Header; file: Buffer; columnsAt: number } | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  const newline = file.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    return { header: JSON.parse(file.toString('utf8', 0, newline)) as Header, file, columnsAt: newline + 1 };
  } catch {
    return undefined;
  }
}
