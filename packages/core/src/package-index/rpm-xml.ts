// A small streaming reader of repository XML (repomd.xml, primary.xml) over saxes, which is required
// on first use only: a run that reads no rpm metadata never loads it.
import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { RpmIndexError } from './rpm-types';

export interface XmlHandlers {
  /** an element opens, with its attributes (names as written: `rpm:entry`) */
  open(name: string, attributes: Record<string, string>): void;
  /** an element closes, with the text directly inside it (trimmed) */
  close(name: string, text: string): void;
}

/** Elements whose text the handlers read; other text is dropped as it streams (descriptions are long). */
export type TextElements = ReadonlySet<string>;

/**
 * Feeds decoded text to saxes and calls the handlers; malformed or truncated XML is a one-line
 * RpmIndexError naming the file, the line and what saxes says.
 */
export async function readXml(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, name: string, textElements: TextElements, handlers: XmlHandlers): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SaxesParser: Parser } = require('saxes') as typeof import('saxes');
  const parser: SaxesParser = new Parser({ position: true });
  let text = '';
  let keep = false;
  let failure: string | undefined;
  parser.on('error', (error) => void (failure ??= error.message));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    keep = textElements.has(tag.name);
    text = '';
    handlers.open(tag.name, tag.attributes as Record<string, string>);
  });
  parser.on('text', (piece) => void (keep && (text += piece)));
  parser.on('closetag', (tag: SaxesTagPlain) => {
    handlers.close(tag.name, keep ? text.trim() : '');
    keep = false;
    text = '';
  });
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const fail = () => {
    if (failure !== undefined) throw new RpmIndexError(`${name} is not well-formed XML: ${failure.split('\n')[0]}`);
  };
  // saxes goes on after an error; the first one is what the file is blamed for, before a handler's complaint
  const write = (text: string | null) => {
    try {
      if (text === null) parser.close();
      else parser.write(text);
    } finally {
      fail();
    }
  };
  for await (const chunk of chunks) write(decoder.decode(chunk, { stream: true }));
  write(decoder.decode());
  write(null);
}
