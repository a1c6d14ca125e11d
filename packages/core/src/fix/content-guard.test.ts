import type { Finding, Fix, FixRemovals } from '../engine/rule';
import { parseDocument, type ParsedDocument } from '../parse/document';
import type { Instruction, Position } from '../parse/types';
import { initShellParser } from '../parse/shell';
import { fixRemovals, keepsContent, lostContent } from './content-guard';
import { fixText } from './fix-text';

beforeAll(() => initShellParser());

const runs = (document: ParsedDocument) => document.instructions.filter((instruction) => instruction.keyword === 'RUN');

/** A lint that offers, while the text is `from`, one safe fix rewriting `from` into `to`. */
function rewriteWhole(from: string, to: string, removes?: (document: ParsedDocument) => FixRemovals) {
  return (document: ParsedDocument): Finding[] => {
    if (document.text !== from) return [];
    const range = document.lines.rangeOf(0, from.length);
    const fix: Fix = { safety: 'safe', description: 'rewrite', edits: [{ range, newText: to }], removes: removes?.(document) };
    return [{ rule: 'bad-fix', severity: 'warning', message: 'rewrite', range, fix }];
  };
}

async function lost(before: string, after: string, removes?: (document: ParsedDocument) => FixRemovals): Promise<string[]> {
  const document = await parseDocument(before);
  return lostContent(document, await parseDocument(after), removes ? [removes(document)] : []);
}

describe('lostContent', () => {
  test('a merge that declares the RUN it merges away keeps everything', async () => {
    const before = 'FROM a\n# why\nRUN --mount=type=cache,target=/c make\nRUN --mount=type=cache,target=/c make install\n';
    const after = 'FROM a\n# why\nRUN --mount=type=cache,target=/c make && \\\n    make install\n';
    expect(await lost(before, after, (document) => fixRemovals(document, { merged: [runs(document)[1]] }))).toEqual([]);
    // undeclared, the second RUN's keyword and flag are missing
    expect(await lost(before, after)).toEqual(['lost: instruction RUN', 'lost: flag RUN --mount=type=cache,target=/c']);
  });

  test('words added to a command are fine; a changed or dropped word is not', async () => {
    expect(await lost('FROM a\nRUN pip install x\n', 'FROM a\nRUN pip install --no-cache-dir x && rm -rf /tmp/x\n')).toEqual([]);
    expect(await lost('FROM a\nRUN pip install x\n', 'FROM a\nRUN pip install y\n')).toEqual(['lost: command pip install x']);
    expect(await lost('FROM a\nRUN apt-get install -y curl\n', 'FROM a\nRUN apt-get install curl\n')).toEqual(['lost: command apt-get install -y curl']);
  });

  test('two commands glued into one are lost, though every word is still there', async () => {
    expect(await lost('FROM a\nRUN echo a\nRUN echo b\n', 'FROM a\nRUN echo a echo b\n', (document) => fixRemovals(document, { merged: [runs(document)[1]] }))).toEqual([
      'lost: command echo b',
    ]);
  });

  test('a deleted instruction must be gone, and takes only its own content with it', async () => {
    const before = 'FROM a\nMAINTAINER me\nLABEL x=1\n';
    const deleteMaintainer = (document: ParsedDocument) => fixRemovals(document, { deleted: [document.instructions[1]] });
    expect(await lost(before, 'FROM a\nLABEL x=1 org.opencontainers.image.authors="me"\n', deleteMaintainer)).toEqual([]);
    expect(await lost(before, 'FROM a\nMAINTAINER me\nLABEL x=1\nLABEL org.opencontainers.image.authors="me"\n', deleteMaintainer)).toEqual([
      'still there, though a fix deletes it: arguments MAINTAINER me',
    ]);
    expect(await lost(before, 'FROM a\nLABEL org.opencontainers.image.authors="me"\n', deleteMaintainer)).toEqual(['lost: pair LABEL x=1']);
  });

  test('a command taken out of a RUN that stays must be gone; the rest of the RUN stays', async () => {
    const before = 'FROM a\nRUN cd /app && make\n';
    const removeCd = (document: ParsedDocument) =>
      fixRemovals(document, { commands: [{ instruction: runs(document)[0], command: document.shellScripts(runs(document)[0])[0].commands[0] }] });
    expect(await lost(before, 'FROM a\nWORKDIR /app\nRUN make\n', removeCd)).toEqual([]);
    expect(await lost(before, 'FROM a\nWORKDIR /app\nRUN cd /app && make\n', removeCd)).toEqual(['still there, though a fix deletes it: command cd /app']);
    expect(await lost(before, 'FROM a\nWORKDIR /app\n', removeCd)).toEqual(['lost: instruction RUN', 'lost: command make']);
  });

  test('comments, directives, ONBUILD triggers and heredoc bodies count', async () => {
    const before = '# syntax=docker/dockerfile:1\nFROM a\n# keep me\nONBUILD RUN make\nCOPY <<EOF /x\nhello\nEOF\n';
    expect(await lost(before, '# syntax=docker/dockerfile:1\nFROM a\nONBUILD RUN make\nCOPY <<EOF /x\nhello\nEOF\n')).toEqual(['lost: comment # keep me']);
    expect(await lost(before, 'FROM a\n# keep me\nONBUILD RUN mak all\nCOPY <<EOF /x\nbye\nEOF\n')).toEqual([
      'lost: directive # syntax=docker/dockerfile:1',
      'lost: heredoc COPY <<EOF\nhello\n',
      'lost: command ONBUILD make',
    ]);
  });

  test('a script the shell parser cannot read is kept word for word', async () => {
    const before = 'FROM a\nRUN echo "unclosed && rm -rf /x\n';
    expect(await lost(before, 'FROM a\nRUN echo "unclosed && rm -rf /x && true\n')).toEqual(['lost: arguments RUN echo "unclosed && rm -rf /x']);
  });

  test('a moved RUN keeps its words when its CRLF line breaks become the file\'s LF', async () => {
    const before = 'FROM a\nRUN touch /x\nRUN chmod 600 "/x\\\r\ny"\n';
    const after = 'FROM a\nRUN touch /x && \\\n    chmod 600 "/x\\\ny"\n';
    expect(await lost(before, after, (document) => fixRemovals(document, { merged: [runs(document)[1]] }))).toEqual([]);
  });
});

// issue 13, item 2: a safe merge that dropped a comment line, or glued a line that is not a comment
// (`\v#`) into the commands; here from a fake rule whose fix does what the merge did
describe('fixText rejects a fix that loses content', () => {
  test('a merge that drops a comment inside the RUN it merges', async () => {
    const text = 'FROM alpine\nRUN echo one\n\n# Install Go tools\nRUN \\\n    # --> Delve for debugging\n    go get delve\n';
    const merged = 'FROM alpine\nRUN echo one && \\\n    # Install Go tools\n    go get delve\n';
    const result = await fixText(text, rewriteWhole(text, merged, (document) => fixRemovals(document, { merged: [runs(document)[1]] })));
    expect(result.text).toBe(text);
    expect(result.rejected.map((fix) => fix.finding.rule)).toEqual(['bad-fix']);
  });

  test('a merge that turns two commands into one', async () => {
    const text = 'FROM alpine\nRUN echo a\\ \n\n\v# comment\t\nRUN echo b\n';
    const merged = 'FROM alpine\nRUN echo a\\ \n\n\v# comment && \\\n    echo b\n';
    const result = await fixText(text, rewriteWhole(text, merged, (document) => fixRemovals(document, { merged: [runs(document)[1]] })));
    expect(result.text).toBe(text);
    expect(result.rejected).toHaveLength(1);
  });
});

/** Where `position` lands when offsets are counted with only `\n` as a line break (the old bug). */
function lfOnly(document: ParsedDocument, { line, character }: Position): Position {
  const lines = document.text.split('\n');
  const offset = lines.slice(0, line).reduce((sum, each) => sum + each.length + 1, 0) + character;
  return document.lines.positionAt(Math.min(offset, document.text.length));
}

/** The fix `build` makes, with its edits placed as an LF-only line index placed them. */
function misplaced(build: (document: ParsedDocument) => { fix: Fix; at: Instruction } | undefined) {
  return (document: ParsedDocument): Finding[] => {
    const built = build(document);
    if (!built) return [];
    const edits = built.fix.edits.map((edit) => ({ ...edit, range: { start: lfOnly(document, edit.range.start), end: lfOnly(document, edit.range.end) } }));
    return [{ rule: 'misplaced', severity: 'warning', message: 'fix', range: built.at.range, fix: { ...built.fix, edits } }];
  };
}

// issue 13, item 1: were the edits placed by a line index that disagrees with the parser's, the
// content check rejects them (the re-parse check alone let them through)
describe('the content check on edits at the wrong offsets (lone CR line breaks)', () => {
  test('a MAINTAINER replaced at the wrong place is rejected, not appended ten times', async () => {
    const text = 'FROM alpine\rMAINTAINER me\n';
    const result = await fixText(
      text,
      misplaced((document) => {
        const maintainer = document.instructions.find((instruction) => instruction.keyword === 'MAINTAINER');
        if (!maintainer) return undefined;
        const edits = [{ range: maintainer.range, newText: 'LABEL org.opencontainers.image.authors="me"' }];
        return { at: maintainer, fix: { safety: 'safe', description: 'label', edits, removes: fixRemovals(document, { deleted: [maintainer] }) } };
      }),
    );
    expect(result.text).toBe(text);
    expect(result.rejected).toHaveLength(1);
  });

  test('a merge below a CR-ended comment at the wrong offsets is rejected', async () => {
    const text = '# note\rFROM alpine\nRUN apt-get update\nRUN echo important-step-1\nRUN echo important-step-2\n';
    const document = await parseDocument(text);
    const [first, second] = runs(document);
    const edit = { range: { start: first.range.end, end: second.range.end }, newText: ' && \\\n    echo important-step-1' };
    const fix: Fix = { safety: 'safe', description: 'merge', edits: [edit], removes: fixRemovals(document, { merged: [second] }) };
    const after = await parseDocument(text.replace('update\nRUN echo important-step-1', 'update && \\\n    echo important-step-1'));
    // placed right, the same fix keeps everything
    expect(keepsContent(document, after, [fix.removes])).toBe(true);
    const result = await fixText(text, misplaced((each) => (each.text === text ? { at: runs(each)[0], fix } : undefined)));
    expect(result.text).toBe(text);
    expect(result.rejected).toHaveLength(1);
  });
});
