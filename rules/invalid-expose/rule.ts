import { defineStageRule, fixRemovals, joinWords, type Arg, type Instruction, type ParsedDocument, type TextEdit } from '@dflint/core/rule-kit';
import { spanning } from '../instruction-shared';

/** One EXPOSE word read as BuildKit reads it: `[ip:][hostPort:]containerPort[/proto]`. */
interface PortWord {
  arg: Arg;
  /** the IP and host-port part with its trailing `:`, when there is one */
  mapping: string;
  ports: string;
  /** the protocol as written, without `/` */
  proto: string;
}

function readPort(arg: Arg): PortWord {
  const colon = arg.value.lastIndexOf(':');
  const mapping = colon < 0 ? '' : arg.value.slice(0, colon + 1);
  const [ports, proto = ''] = arg.value.slice(colon + 1).split('/', 2);
  return { arg, mapping, ports, proto };
}

/** The numbers of a port or range (`8000-9000`) above 65535. */
function outOfRange(ports: string): string[] {
  return ports.split('-').filter((port) => /^\d+$/.test(port) && Number(port) > 65535);
}

export default defineStageRule({
  meta: {
    name: 'invalid-expose',
    description: 'EXPOSE with a port out of range, an IP address or host-port mapping, or an upper-case protocol',
    category: 'correctness',
    severity: 'error',
    fixable: 'safe',
    aliases: ['DL3011', 'ExposeInvalidFormat', 'ExposeProtoCasing'],
    aliasesPerFinding: true,
  },
  checkStage({ document, instructions, report }) {
    for (const expose of instructions.filter((instruction) => instruction.keyword === 'EXPOSE')) {
      // a variable's value is not known here; BuildKit expands it first
      const words = expose.args.filter((arg) => !arg.value.includes('$')).map(readPort);
      const tooHigh = words.filter((word) => outOfRange(word.ports).length > 0);
      if (tooHigh.length > 0) {
        const numbers = tooHigh.flatMap((word) => outOfRange(word.ports));
        report({
          range: wordsRange(tooHigh),
          message: `EXPOSE ${joinWords(numbers.map((port) => `\`${port}\``))}: valid ports range from 0 to 65535`,
          aliases: ['DL3011'],
        });
      }
      const mapped = words.filter((word) => word.mapping !== '');
      if (mapped.length > 0) {
        report({
          range: wordsRange(mapped),
          message: `EXPOSE ${joinWords(mapped.map((word) => `\`${word.arg.value}\``))} ${mapped.length === 1 ? 'names' : 'name'} an IP address or host port: EXPOSE takes the container port only (publish with \`docker run -p\`); write ${joinWords(mapped.map((word) => `\`${word.arg.value.slice(word.mapping.length)}\``))}`,
          severity: 'warning',
          aliases: ['ExposeInvalidFormat'],
          fix: () => wordsFix(document, expose, mapped, () => 0, (word) => word.mapping.length, () => '', 'drop the IP address and host port'),
        });
      }
      const upper = words.filter((word) => word.proto !== word.proto.toLowerCase());
      if (upper.length > 0) {
        report({
          range: wordsRange(upper),
          message: `EXPOSE ${joinWords(upper.map((word) => `\`${word.arg.value}\``))}: write the protocol in lower case (${joinWords([...new Set(upper.map((word) => `\`${word.proto.toLowerCase()}\``))])})`,
          severity: 'warning',
          aliases: ['ExposeProtoCasing'],
          fix: () => wordsFix(document, expose, upper, (word) => word.arg.value.length - word.proto.length, (word) => word.proto.length, (word) => word.proto.toLowerCase(), 'lower-case the protocol'),
        });
      }
    }
  },
});

function wordsRange(words: PortWord[]) {
  return spanning(words[0].arg.range, words[words.length - 1].arg.range);
}

/**
 * One edit per word, replacing `length` characters at `start` (offsets into the word's value) with
 * `newText`; only for words written as they read (no quotes or escapes), whose offsets match the
 * text: a quoted word keeps its finding without a fix.
 */
function wordsFix(
  document: ParsedDocument,
  expose: Instruction,
  words: PortWord[],
  start: (word: PortWord) => number,
  length: number | ((word: PortWord) => number),
  newText: (word: PortWord) => string,
  description: string,
) {
  const edits: TextEdit[] = [];
  for (const word of words) {
    if (document.lines.textIn(word.arg.range) !== word.arg.value) continue;
    const at = document.lines.offsetAt(word.arg.range.start) + start(word);
    const size = typeof length === 'number' ? length : length(word);
    edits.push({ range: document.lines.rangeOf(at, at + size), newText: newText(word) });
  }
  if (edits.length === 0) return undefined;
  return { safety: 'safe' as const, description, edits, removes: fixRemovals(document, { deleted: [expose] }) };
}
