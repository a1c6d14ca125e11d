import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops@example.com"\n',
    { name: 'the word in a RUN is not the instruction', code: 'FROM alpine\nRUN echo MAINTAINER\n' },
  ],
  invalid: [
    {
      name: 'MAINTAINER names the label to use',
      code: dockerfile`
        FROM debian:bookworm
        MAINTAINER Jane Doe <jane@example.com>
        RUN true
      `,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 39,
          message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
        },
      ],
    },
    {
      name: 'lower-case keyword and inside ONBUILD',
      code: 'FROM alpine\nmaintainer someone\nONBUILD MAINTAINER other\n',
      findings: [{ line: 2, column: 1 }, { line: 3, column: 9 }],
    },
  ],
} satisfies RuleFixtures;
