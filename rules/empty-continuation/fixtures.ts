import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    { name: 'a continuation on the last line ends the file: no empty line follows it', code: 'FROM alpine:3.20\nENV a=1 \\\n    b=2 \\\n' },
    // BuildKit's doc page (no-empty-continuation.md), good: comments do not count as empty lines
    {
      name: 'BuildKit doc: a comment line inside the continuation',
      code: dockerfile`
        FROM alpine
        EXPOSE \
        # Port
        80
      `,
    },
    { name: 'empty lines between instructions', code: 'FROM alpine\n\nRUN a \\\n  b\n\nRUN c\n' },
    { name: 'empty lines of a heredoc body are not continuations', code: 'FROM alpine\nRUN <<EOF\necho a\n\necho b\nEOF\n' },
  ],
  invalid: [
    {
      // BuildKit's doc page (no-empty-continuation.md), bad: empty continuation line between EXPOSE and 80
      name: 'BuildKit doc: EXPOSE with an empty continuation line',
      code: dockerfile`
        FROM alpine
        EXPOSE \

        80
      `,
      findings: [{ line: 3, column: 1, endLine: 3, endColumn: 1, message: 'empty line 3 inside the continued EXPOSE: remove it (or write a comment there); empty continuation lines will become errors in Docker' }],
      output: 'FROM alpine\nEXPOSE \\\n80\n',
    },
    {
      // BuildKit's doc page, the description's example
      name: 'BuildKit doc: RUN apk add with two empty lines',
      code: 'FROM alpine\nRUN apk add \\\n\n    gnupg \\\n  \n    curl\n',
      findings: [{ line: 3, message: 'empty lines 3 and 5 inside the continued RUN: remove them (or write a comment there); empty continuation lines will become errors in Docker' }],
      output: 'FROM alpine\nRUN apk add \\\n    gnupg \\\n    curl\n',
    },
    {
      name: 'CRLF, before a heredoc body',
      code: 'FROM alpine\r\nRUN \\\r\n\r\n  cat <<EOF\r\nhello\r\n\r\nEOF\r\n',
      findings: [{ line: 3, message: 'empty line 3 inside the continued RUN: remove it (or write a comment there); empty continuation lines will become errors in Docker' }],
      output: 'FROM alpine\r\nRUN \\\r\n  cat <<EOF\r\nhello\r\n\r\nEOF\r\n',
    },
  ],
} satisfies RuleFixtures;
