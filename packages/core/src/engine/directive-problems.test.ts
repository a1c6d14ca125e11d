import { defineRule } from './rule';
import { lintText } from './run';
import { LINT_DIRECTIVE } from './directive-problems';

const runRule = defineRule({
  meta: { name: 'run-here', description: 'd', category: 'correctness', severity: 'warning', fixable: false, aliases: ['DL3059'] },
  check({ document, report }) {
    for (const run of document.instructions.filter((instruction) => instruction.keyword === 'RUN')) report({ range: run.range, message: 'RUN' });
  },
});

/** `line:column-endColumn message` of each lint-directive finding (1-based, as shown). */
async function problems(text: string): Promise<string[]> {
  const findings = await lintText(text, { rules: [runRule] });
  return findings
    .filter((f) => f.rule === LINT_DIRECTIVE)
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1} ${f.severity} ${f.message}`);
}

describe('lint directive comments that do not do what they say (issue 14 item 3)', () => {
  test('# dflint-ignore no-such-rule warns at the name', async () => {
    expect(await problems('FROM a\n# dflint-ignore run-here, no-such-rule\nRUN x\n')).toEqual([
      "2:27-39 warning unknown rule 'no-such-rule' in a dflint-ignore comment: it switches nothing off (dflint --list-rules shows the rules)",
    ]);
    expect(await problems('FROM a\n  #dflint-ignore-file nope\n')).toEqual([
      "2:23-27 warning unknown rule 'nope' in a dflint-ignore-file comment: it switches nothing off (dflint --list-rules shows the rules)",
    ]);
  });

  test('rule names, codes the rules alias and dflint’s own finding names are known', async () => {
    expect(await problems('FROM a\n# dflint-ignore run-here,dl3059,not-analyzed,lint-directive\nRUN x\n# dflint-ignore\nRUN y\n')).toEqual([]);
  });

  test('hadolint codes dflint does not implement are fine; a name that is no hadolint code is not', async () => {
    expect(await problems('FROM a\n# hadolint ignore=DL3008,SC2086,dl4006\nRUN x\n')).toEqual([]);
    expect(await problems('FROM a\n# hadolint ignore=DL3008,run-here-typo\nRUN x\n')).toEqual([
      "2:26-39 warning 'run-here-typo' in a hadolint ignore comment is not a hadolint code (DL3008, SC2086, …): hadolint then ignores the whole comment, and so does dflint",
    ]);
  });

  test('malformed directives warn at the comment', async () => {
    expect(await problems('FROM a\n# dflint-ignore-next-line run-here\nRUN x\n# hadolint ignore DL3008\nRUN y\n# hadolint ignore=\nRUN z\n')).toEqual([
      '2:1-35 warning `dflint-ignore-next-line` is not a dflint directive: dflint reads `dflint-ignore` and `dflint-ignore-file`',
      '4:1-25 warning a hadolint ignore comment needs `=` before its codes (`hadolint ignore=DL3008`)',
      '6:1-19 warning `hadolint ignore=` names no code',
    ]);
  });

  test('ordinary comments, and a file linted with no rules, give none', async () => {
    expect(await problems('FROM a\n# dflint is great; hadolint too\nRUN x\n')).toEqual([]);
    expect(await lintText('FROM a\n# dflint-ignore nope\n', { rules: [] })).toEqual([]);
  });

  test('# dflint-ignore-file lint-directive silences them', async () => {
    expect(await problems('# dflint-ignore-file lint-directive\nFROM a\n# dflint-ignore nope\nRUN x\n')).toEqual([]);
  });
});
