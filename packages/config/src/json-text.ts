import { ConfigError, type KeyPath } from './errors';
import { lineAt, lineOfNearest, type ConfigText } from './config-text';

/** Parses a JSON config file; a syntax error is a ConfigError with its line and the key it is in. */
export function parseJsonConfig(text: string, file: string): ConfigText {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : source.length;
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new ConfigError(file, `not valid JSON: ${reason}`, lineAt(source, offset), scanJson(source, offset).pathAtStop);
  }
  let offsets: Map<string, number> | undefined;
  return {
    data,
    lineOf: (keyPath) => {
      offsets ??= scanJson(source).offsets;
      const known = offsets;
      return lineOfNearest(source, keyPath, (prefix) => known.get(JSON.stringify(prefix)));
    },
  };
}

type Frame = { kind: 'object'; key?: string; expectKey: boolean } | { kind: 'array'; index: number };

interface JsonScan {
  /** where each object member's key, and each array element's value, starts; by JSON.stringify(keyPath) */
  offsets: Map<string, number>;
  /** the key path the scan was inside when it stopped */
  pathAtStop: KeyPath;
}

/**
 * A tokenizer's walk over JSON text that keeps the key path it is in. It never needs the text to be
 * valid up to `stopAt`, which is how a syntax error gets the key it is in.
 */
function scanJson(text: string, stopAt = text.length): JsonScan {
  const offsets = new Map<string, number>();
  const frames: Frame[] = [];
  const currentPath = (): (string | number)[] =>
    frames.flatMap<string | number>((frame) => (frame.kind === 'array' ? [frame.index] : frame.key === undefined ? [] : [frame.key]));
  const valueStartsAt = (offset: number) => {
    if (frames[frames.length - 1]?.kind !== 'array') return;
    const key = JSON.stringify(currentPath());
    if (!offsets.has(key)) offsets.set(key, offset);
  };

  const end = Math.min(stopAt, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    const top = frames[frames.length - 1];
    if (ch === '"') {
      const after = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        top.key = readKey(text.slice(i, after));
        top.expectKey = false;
        offsets.set(JSON.stringify(currentPath()), i);
      } else {
        valueStartsAt(i);
      }
      i = after - 1;
    } else if (ch === '{' || ch === '[') {
      valueStartsAt(i);
      frames.push(ch === '{' ? { kind: 'object', expectKey: true } : { kind: 'array', index: 0 });
    } else if (ch === '}' || ch === ']') {
      frames.pop();
    } else if (ch === ',') {
      if (top?.kind === 'array') top.index++;
      else if (top) Object.assign(top, { key: undefined, expectKey: true });
    } else if (!/[\s:]/.test(ch)) {
      // a number, true, false or null: skip to its end
      valueStartsAt(i);
      while (i + 1 < end && !/[\s,\]}:"]/.test(text[i + 1])) i++;
    }
  }
  return { offsets, pathAtStop: currentPath() };
}

/** The offset just past the string that starts at `start` (or the line's end, for a broken one). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
    else if (text[i] === '\n') return i;
  }
  return text.length;
}

function readKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.replace(/^"|"$/g, '');
  }
}
