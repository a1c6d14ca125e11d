// A quick fix applies one finding's edits outside fixText: the server offers it only when it
// passes fixText's guard (issue 13: a safe fix never loses an instruction, command word or comment).
import { defineRule, type Rule } from '@dflint/core/rule-kit';
import { analyze } from '../src/analyze';

jest.mock('@dflint/rules', () => {
  const rule = (name: string, newText: string): Rule =>
    defineRule<Record<never, never>>({
      meta: { name, description: name, category: 'correctness', severity: 'warning', fixable: 'safe', aliases: [] },
      check: ({ document, report }) => {
        for (const instruction of document.instructions) {
          if (instruction.keyword !== 'RUN' || !instruction.argsRange) continue;
          report({ range: instruction.range, message: name, fix: { safety: 'safe', description: name, edits: [{ range: instruction.argsRange, newText }] } });
        }
      },
    });
  // drops the command word `curl`: the guard must refuse it; appending a word is fine
  return { rules: [rule('drops-a-word', 'apt-get install -y'), rule('adds-a-word', 'apt-get install -y curl && true')] };
});

test('a fix that loses a command word is not offered as a quick fix, and the finding says why', async () => {
  const { findings } = await analyze({ text: 'FROM alpine\nRUN apt-get install -y curl\n', rules: {}, layers: false });
  const dropping = findings.find((finding) => finding.rule === 'drops-a-word')!;
  expect(dropping.fix).toBeUndefined();
  expect(dropping.noFixReason).toBe('the fix would make the file parse worse or lose part of it, so dflint does not offer it');
  expect(findings.find((finding) => finding.rule === 'adds-a-word')!.fix?.description).toBe('adds-a-word');
});
