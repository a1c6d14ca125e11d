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
      output: dockerfile`
        FROM debian:bookworm
        LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
        RUN true
      `,
    },
    {
      name: 'lower-case keyword and inside ONBUILD (only the trigger is replaced)',
      code: 'FROM alpine\nmaintainer someone\nONBUILD MAINTAINER other\n',
      findings: [
        { line: 2, column: 1, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="someone"' },
        { line: 3, column: 9, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="other"' },
      ],
      output: 'FROM alpine\nLABEL org.opencontainers.image.authors="someone"\nONBUILD LABEL org.opencontainers.image.authors="other"\n',
    },
    {
      name: 'quotes, backslashes and $ are escaped: MAINTAINER takes its text literally',
      code: 'FROM alpine\nMAINTAINER "Bob" \\o/ $USER\n',
      findings: [{ line: 2, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="\\"Bob\\" \\\\o/ \\$USER"' }],
      output: 'FROM alpine\nLABEL org.opencontainers.image.authors="\\"Bob\\" \\\\o/ \\$USER"\n',
    },
    {
      name: 'with the backtick escape char',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nMAINTAINER C:\\Users\\bob `x` $y\n',
      findings: [{ line: 3, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="C:\\Users\\bob ``x`` `$y"' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nLABEL org.opencontainers.image.authors="C:\\Users\\bob ``x`` `$y"\n',
    },
    {
      name: 'CRLF',
      code: 'FROM alpine\r\nMAINTAINER ops@example.com\r\nRUN true\r\n',
      findings: [{ line: 2, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="ops@example.com"' }],
      output: 'FROM alpine\r\nLABEL org.opencontainers.image.authors="ops@example.com"\r\nRUN true\r\n',
    },
  ],
} satisfies RuleFixtures;
