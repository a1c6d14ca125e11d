import type { Finding, FixSafety } from '../engine/rule';
import { initShellParser } from '../parse/shell';
import type { ParsedDocument } from '../parse/document';
import { fixRemovals } from './content-guard';
import { fixText } from './fix-text';
import { mergeRunsEdit } from './merge-runs';

beforeAll(() => initShellParser());

/** A finding on `line` that replaces the whole line's text; unless it only adds to it, it declares it deletes the instruction there. */
function replaceLine(document: ParsedDocument, line: number, newText: string, safety: FixSafety = 'safe', deletes = true): Finding {
  const length = document.text.split(/\r?\n/)[line].length;
  const range = { start: { line, character: 0 }, end: { line, character: length } };
  const removes = deletes ? fixRemovals(document, { deleted: document.instructions.filter((instruction) => instruction.range.start.line === line) }) : undefined;
  return { rule: 'test', severity: 'warning', message: `line ${line}`, range, fix: { safety, description: `replace line ${line}`, edits: [{ range, newText }], removes } };
}

/** Lints by regex: every line matching `from` gets a fix to `to`. */
function rewriter(from: RegExp, to: string, safety: FixSafety = 'safe', deletes = true) {
  return (document: ParsedDocument) =>
    document.text.split(/\r?\n/).flatMap((line, i) => (from.test(line) ? [replaceLine(document, i, line.replace(from, to), safety, deletes)] : []));
}

describe('fixText', () => {
  test('applies every fix of a pass and stops when nothing is left', async () => {
    const result = await fixText('FROM a\nRUN old\nRUN old\n', rewriter(/old/, 'new'));
    expect(result).toMatchObject({ text: 'FROM a\nRUN new\nRUN new\n', passes: 1, stable: true });
    expect(result.applied.map((fix) => fix.pass)).toEqual([1, 1]);
  });

  test('a fix that conflicts with an earlier one waits for the next pass, on the re-parsed text', async () => {
    const lint = (document: ParsedDocument): Finding[] => {
      const lines = document.text.split('\n');
      if (!lines[1].startsWith('RUN a')) return [];
      // two fixes for the same line: only the first can apply in a pass
      return [replaceLine(document, 1, 'RUN a1'), replaceLine(document, 1, 'RUN a2')].filter(() => lines[1] === 'RUN a').concat(
        lines[1] === 'RUN a1' ? [replaceLine(document, 1, 'RUN a1 done')] : [],
      );
    };
    const result = await fixText('FROM x\nRUN a\n', lint);
    expect(result.text).toBe('FROM x\nRUN a1 done\n');
    expect(result.applied.map((fix) => [fix.fix.description, fix.pass])).toEqual([
      ['replace line 1', 1],
      ['replace line 1', 2],
    ]);
  });

  test('unsafe fixes apply only when asked', async () => {
    const lint = rewriter(/COPY \. \./, 'COPY package.json .', 'unsafe');
    expect((await fixText('FROM a\nCOPY . .\n', lint)).text).toBe('FROM a\nCOPY . .\n');
    expect((await fixText('FROM a\nCOPY . .\n', lint, { unsafe: true })).text).toBe('FROM a\nCOPY package.json .\n');
  });

  test('a fix whose result does not parse as well is rejected; the others still apply', async () => {
    const lint = (document: ParsedDocument): Finding[] => {
      const lines = document.text.split('\n');
      return [
        ...(lines[1] === 'RUN echo ok' ? [replaceLine(document, 1, 'RUN echo "unclosed')] : []),
        ...(lines[2] === 'LABEL a=1' ? [replaceLine(document, 2, 'LABEL a=2')] : []),
      ];
    };
    const result = await fixText('FROM x\nRUN echo ok\nLABEL a=1\n', lint);
    expect(result.text).toBe('FROM x\nRUN echo ok\nLABEL a=2\n');
    expect(result.rejected.map((fix) => fix.finding.message)).toEqual(['line 1']);
    expect(result.stable).toBe(true);
  });

  test('keeps CRLF line endings in inserted text', async () => {
    const lint = rewriter(/^RUN a$/, 'RUN a && \\\n    b', 'safe', false);
    expect((await fixText('FROM x\r\nRUN a\r\n', lint)).text).toBe('FROM x\r\nRUN a && \\\r\n    b\r\n');
  });

  test('stops at the pass limit and says the result is not stable', async () => {
    let n = 0;
    const lint = (document: ParsedDocument) => [replaceLine(document, 1, `RUN ${++n}`)];
    const result = await fixText('FROM x\nRUN 0\n', lint, { maxPasses: 3 });
    expect(result).toMatchObject({ text: 'FROM x\nRUN 3\n', passes: 3, stable: false });
  });
});

// issue 13: the parser breaks lines on a lone CR too; edits used to be applied with an index
// that broke on LF only, so they landed at the wrong offsets and ate the text around them
describe('fixText on a file with lone CR line breaks', () => {
  test('replaces the instruction the finding is on, once', async () => {
    const lint = (document: ParsedDocument): Finding[] =>
      document.instructions
        .filter((instruction) => instruction.keyword === 'MAINTAINER')
        .map((instruction) => ({
          rule: 'maintainer',
          severity: 'warning',
          message: 'MAINTAINER',
          range: instruction.range,
          fix: {
            safety: 'safe',
            description: 'use a LABEL',
            edits: [{ range: instruction.range, newText: 'LABEL org.opencontainers.image.authors="me"' }],
            removes: fixRemovals(document, { deleted: [instruction] }),
          },
        }));
    const result = await fixText('FROM alpine\rMAINTAINER me\n', lint);
    expect(result).toMatchObject({ text: 'FROM alpine\rLABEL org.opencontainers.image.authors="me"\n', stable: true });
  });

  test('merges RUNs below a CR-ended comment, keeping every command word', async () => {
    const lint = (document: ParsedDocument): Finding[] => {
      const runs = document.instructions.filter((instruction) => instruction.keyword === 'RUN');
      const edit = mergeRunsEdit(document, runs);
      if (!edit.ok) return [];
      const removes = fixRemovals(document, { merged: runs.slice(1) });
      return [{ rule: 'merge', severity: 'warning', message: 'merge', range: runs[0].range, fix: { safety: 'safe', description: 'merge', edits: [edit.value], removes } }];
    };
    const text = '# note\rFROM alpine\nRUN apt-get update\nRUN echo important-step-1\nRUN echo important-step-2\n';
    const result = await fixText(text, lint);
    expect(result.text).toBe(
      '# note\rFROM alpine\nRUN apt-get update && \\\n    echo important-step-1 && \\\n    echo important-step-2\n',
    );
  });
});
