import { type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian\nRUN foo bar\n',
    { name: 'other comments and other hadolint pragmas', code: '# hadolint shell=powershell\n# foobar\nFROM debian\nRUN foo bar\n' },
    { name: 'file-wide ignores are configuration', code: '# hadolint global ignore=DL3008\n# dflint-ignore-file layer-count\nFROM debian\n' },
  ],
  invalid: [
    {
      name: "hadolint's and dflint's inline ignores",
      code: 'FROM debian\n# hadolint ignore=DL3003\nRUN cd /tmp && make\n# dflint-ignore consecutive-run\nRUN true\n',
      findings: [
        { line: 2, column: 1, endColumn: 25, severity: 'info', message: 'inline ignore comment `# hadolint ignore=…`: fix the finding, or switch the rule off in the configuration instead' },
        { line: 4, column: 1, message: 'inline ignore comment `# dflint-ignore…`: fix the finding, or switch the rule off in the configuration instead' },
      ],
    },
  ],
} satisfies RuleFixtures;
