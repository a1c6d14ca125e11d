import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM scratch AS build\nRUN foo\nFROM node:20 AS run\nCOPY --from=build foo .\n',
    { name: 'an unnamed stage', code: 'FROM node:20\nCOPY --from=0 foo .\n' },
  ],
  invalid: [
    {
      name: 'own name, in any case',
      code: dockerfile`
        FROM node:20 AS foo
        COPY --from=foo bar .
        COPY --from=Foo baz .
      `,
      findings: [
        { line: 2, column: 6, endLine: 2, endColumn: 16, message: 'COPY --from=foo names the stage it is in: a stage cannot copy from itself; name an earlier stage' },
        { line: 3, message: 'COPY --from=Foo names the stage it is in: a stage cannot copy from itself; name an earlier stage' },
      ],
    },
  ],
} satisfies RuleFixtures;
