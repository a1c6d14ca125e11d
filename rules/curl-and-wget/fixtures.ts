import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nRUN curl -fsSLO https://example.com/a.tgz && curl -fsSL https://example.com/b | sh\n',
    { name: 'one tool per stage', code: 'FROM debian:bookworm AS fetch\nRUN wget -q https://example.com/a\nFROM debian:bookworm\nRUN curl -fsSLO https://example.com/b\n' },
    { name: 'an ONBUILD trigger runs in another image', code: 'FROM debian:bookworm\nRUN wget -q https://example.com/a\nONBUILD RUN curl -fsSLO https://example.com/b\n' },
    { name: 'installing one is not using it', code: 'FROM debian:bookworm\nRUN apt-get install -y wget && curl -fsSLO https://example.com/b\n' },
  ],
  invalid: [
    {
      name: 'wget, then curl in a later RUN: reported where the second tool comes in, and at each later use',
      code: dockerfile`
        FROM node:20 AS build
        RUN wget -q https://example.com/a.tgz
        RUN curl -fsSLO https://example.com/b.tgz
        RUN echo hello
        RUN wget -q https://example.com/c.tgz
      `,
      findings: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 9,
          message: '`curl` at line 3 and `wget` at line 2, in the same stage: use one download tool, so the image carries one',
        },
        {
          line: 5,
          column: 5,
          message: '`wget` at line 5 and `curl` at line 3, in the same stage: use one download tool, so the image carries one',
        },
      ],
    },
    {
      name: 'both in one RUN',
      code: 'FROM debian:bookworm\nRUN wget -q https://example.com/a && curl -fsSLO https://example.com/b\n',
      findings: [{ line: 2, column: 5, message: '`wget` and `curl` at line 2, in the same stage: use one download tool, so the image carries one' }],
    },
    {
      name: 'both in one RUN over several lines',
      code: 'FROM debian:bookworm\nRUN curl -fsSLO https://example.com/a && \\\n    wget -q https://example.com/b\n',
      findings: [{ line: 2, column: 5, message: '`curl` at line 2 and `wget` at line 3, in the same stage: use one download tool, so the image carries one' }],
    },
    {
      name: 'inside ONBUILD triggers',
      code: 'FROM debian:bookworm\nONBUILD RUN wget -q https://example.com/a\nONBUILD RUN curl -fsSLO https://example.com/b\n',
      findings: [{ line: 3, column: 13, message: '`curl` at line 3 and `wget` at line 2, in the same stage: use one download tool, so the image carries one' }],
    },
  ],
} satisfies RuleFixtures;
