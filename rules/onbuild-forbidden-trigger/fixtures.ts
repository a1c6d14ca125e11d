import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM alpine\nONBUILD RUN echo child\nONBUILD COPY . /app\n',
    { name: 'FROM and MAINTAINER outside ONBUILD are not triggers', code: 'FROM alpine\nMAINTAINER someone\nFROM debian\n' },
    { name: 'the words in a trigger RUN are not the trigger', code: 'FROM alpine\nONBUILD RUN echo ONBUILD FROM\n' },
  ],
  invalid: [
    {
      name: 'ONBUILD ONBUILD, FROM and MAINTAINER',
      code: dockerfile`
        FROM alpine
        ONBUILD ONBUILD RUN make
        ONBUILD FROM debian:bookworm
        onbuild maintainer "BoJack Horseman"
      `,
      findings: [
        { line: 2, column: 9, endLine: 2, endColumn: 16, message: '`ONBUILD ONBUILD` is not allowed: ONBUILD cannot be an ONBUILD trigger, and a build FROM this image fails on it', severity: 'error' },
        { line: 3, column: 9, endColumn: 13, message: '`ONBUILD FROM` is not allowed: FROM cannot be an ONBUILD trigger, and a build FROM this image fails on it' },
        { line: 4, column: 9, message: '`ONBUILD maintainer` is not allowed: MAINTAINER cannot be an ONBUILD trigger, and a build FROM this image fails on it' },
      ],
    },
  ],
} satisfies RuleFixtures;
