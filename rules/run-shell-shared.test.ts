import { initShellParser, parseDocumentSync, type ParsedDocument } from '@dflint/core';
import { checkedRuns } from './pm-flags-shared';
import { runsWithCommands } from './run-shell-shared';

// The editor analyses each version of a document reusing the instructions an edit did not touch;
// the rules' per-RUN entries follow them, and a RUN an edit changed gets a fresh one.
describe("the rules' per-RUN entries across versions of a document", () => {
  beforeAll(() => initShellParser());

  const first = 'FROM alpine\nRUN apk add curl\nRUN echo one && echo two\nONBUILD RUN pip install x\n';
  const edited = 'FROM alpine\nRUN apk add curl\nRUN echo three\nONBUILD RUN pip install x\n';

  function versions(): [ParsedDocument, ParsedDocument] {
    const before = parseDocumentSync(first, {});
    return [before, parseDocumentSync(edited, { previous: before })];
  }

  // each document here is one stage
  const runsOf = (document: ParsedDocument) => runsWithCommands(document, document.stages[0].instructions, { onbuild: true });
  const checkedRunsOf = (document: ParsedDocument) => checkedRuns(document, document.stages[0].instructions);

  const words = (entry: { commands: ReadonlyArray<{ argv: ReadonlyArray<{ value: string }> }> }) => entry.commands.map((command) => command.argv.map((word) => word.value).join(' '));

  it('keeps the entry of a RUN the edit did not touch, and lists the edited RUN anew', () => {
    const [before, after] = versions();
    const [curlBefore, echoBefore, triggerBefore] = runsOf(before);
    const [curlAfter, echoAfter, triggerAfter] = runsOf(after);
    expect(curlAfter).toBe(curlBefore);
    expect(triggerAfter).toBe(triggerBefore);
    expect(triggerAfter.onbuild?.keyword).toBe('ONBUILD');
    expect(echoAfter).not.toBe(echoBefore);
    expect(words(echoBefore)).toEqual(['echo one', 'echo two']);
    expect(words(echoAfter)).toEqual(['echo three']);
  });

  it('gives checkedRuns the same entries, trigger and all', () => {
    const [, after] = versions();
    expect(checkedRunsOf(after)).toEqual(runsOf(after));
    expect(checkedRunsOf(after).map((entry) => entry.run.keyword)).toEqual(['RUN', 'RUN', 'RUN']);
    expect(checkedRunsOf(after)[2].onbuild?.keyword).toBe('ONBUILD');
  });

  it('lists a document parsed without a previous version afresh', () => {
    const [before] = versions();
    const again = parseDocumentSync(first);
    expect(runsOf(again)[0]).not.toBe(runsOf(before)[0]);
    expect(runsOf(again).map(words)).toEqual(runsOf(before).map(words));
  });

  it("lists a section's RUNs only: a stage's, or those before the first FROM", () => {
    const document = parseDocumentSync('RUN echo early\nFROM alpine\nRUN echo one\nFROM alpine\nRUN echo two\n');
    const before = document.instructions.slice(0, 1);
    expect(runsWithCommands(document, before, { onbuild: false }).map(words)).toEqual([['echo early']]);
    expect(document.stages.map((stage) => runsWithCommands(document, stage.instructions, { onbuild: false }).map(words))).toEqual([[['echo one']], [['echo two']]]);
  });
});
