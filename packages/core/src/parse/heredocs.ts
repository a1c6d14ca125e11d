import type { LineIndex } from './line-index';
import type { Heredoc } from './types';

export interface HeredocMarker {
  name: string;
  stripTabs: boolean;
  quoted: boolean;
  /** document offsets of the marker word (`<<-'EOF'`) */
  start: number;
  end: number;
}

export interface ReadHeredoc {
  heredoc: Heredoc;
  terminated: boolean;
  /** document line of the closing delimiter, or the last line read when unterminated */
  lastLine: number;
}

/** `<<EOF`, `<<-EOF`, `<<'EOF'`, `<<"EOF"`, `2<<EOF` as BuildKit's heredoc pattern reads them; `<<<` is not one. */
export function heredocMarkerOf(rawWord: string): Pick<HeredocMarker, 'name' | 'stripTabs' | 'quoted'> | null {
  // asked of every word of every RUN, COPY and ADD: most have no `<<` to match
  if (!rawWord.includes('<<')) return null;
  const match = /^\d*<<(-?)(.*)$/s.exec(rawWord);
  if (!match || match[2].startsWith('<')) return null;
  const name = match[2].replace(/["']/g, '');
  if (name === '') return null;
  return { name, stripTabs: match[1] === '-', quoted: /["']/.test(match[2]) };
}

/**
 * Reads the bodies in order, starting on `firstLine` and never past `lastAllowedLine`. A body
 * ends at a line equal to the delimiter (leading tabs ignored for `<<-`).
 */
export function readHeredocBodies(
  index: LineIndex,
  markers: HeredocMarker[],
  firstLine: number,
  lastAllowedLine: number,
): ReadHeredoc[] {
  const read: ReadHeredoc[] = [];
  let line = firstLine;
  for (const marker of markers) {
    const body = readBody(index, marker, line, lastAllowedLine);
    read.push(body);
    line = body.lastLine + 1;
  }
  return read;
}

function readBody(index: LineIndex, marker: HeredocMarker, firstLine: number, lastAllowedLine: number): ReadHeredoc {
  const bodyLines: string[] = [];
  for (let line = firstLine; line <= lastAllowedLine; line++) {
    const text = index.lineText(line);
    const candidate = marker.stripTabs ? text.replace(/^\t+/, '') : text;
    if (candidate === marker.name) {
      return { heredoc: heredocOf(index, marker, firstLine, bodyLines, index.lineEnd(line)), terminated: true, lastLine: line };
    }
    bodyLines.push(text);
  }
  const lastLine = firstLine + bodyLines.length - 1;
  const end = bodyLines.length > 0 ? index.lineEnd(lastLine) : marker.end;
  return { heredoc: heredocOf(index, marker, firstLine, bodyLines, end), terminated: false, lastLine };
}

function heredocOf(index: LineIndex, marker: HeredocMarker, firstLine: number, bodyLines: string[], end: number): Heredoc {
  const contentStart =
    firstLine < index.lineCount ? { line: firstLine, character: 0 } : index.positionAt(index.text.length);
  return {
    name: marker.name,
    content: bodyLines.map((line) => line + '\n').join(''),
    contentStart,
    stripTabs: marker.stripTabs,
    quoted: marker.quoted,
    range: index.rangeOf(marker.start, end),
  };
}
