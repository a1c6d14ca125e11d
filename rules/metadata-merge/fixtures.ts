import { dockerfile, type RuleFixtures } from '../harness';

/** the cases below show what the rule finds and fixes once asked to report merges without gain */
const STRICT = { reportWithoutGain: true };

export default {
  valid: [
    {
      name: 'issue 14: by default nothing is reported: a merge of metadata saves no byte and no layer',
      code: 'FROM debian:bookworm\nLABEL a=1\nLABEL b=2\nENV A=1\nENV B=2\n',
    },
    'FROM alpine\nLABEL a=1 b=2\n',
    { name: 'a RUN between two LABELs', options: STRICT, code: 'FROM alpine\nLABEL a=1\nRUN true\nLABEL b=2\n' },
    { name: 'a LABEL and an ENV', options: STRICT, code: 'FROM alpine\nLABEL a=1\nENV B=2\nLABEL c=3\n' },
    { name: 'the second ENV expands the first: nothing to merge', options: STRICT, code: 'FROM alpine\nENV A=1\nENV B=$A\n' },
    { name: 'ONBUILD LABELs are not merged', options: STRICT, code: 'FROM alpine\nLABEL a=1\nONBUILD LABEL b=2\nONBUILD LABEL c=3\n' },
    { name: 'different stages', options: STRICT, code: 'FROM alpine AS a\nENV A=1\nFROM alpine\nENV B=2\n' },
  ],
  invalid: [
    {
      name: 'two LABELs',
      options: STRICT,
      code: dockerfile`
        FROM alpine
        LABEL org.opencontainers.image.title="My app"
        LABEL org.opencontainers.image.licenses=MIT
        RUN true
      `,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 46,
          message: '2 consecutive LABELs (lines 2 and 3) can be one LABEL',
          severity: 'info',
        },
      ],
      output: dockerfile`
        FROM alpine
        LABEL org.opencontainers.image.title="My app" \
            org.opencontainers.image.licenses=MIT
        RUN true
      `,
    },
    {
      name: 'three ENVs, one in the legacy `ENV key value` form',
      options: STRICT,
      code: dockerfile`
        FROM debian:bookworm
        ENV LANG=C.UTF-8
        env PATH /opt/app/bin:$PATH
        ENV JAVA_OPTS="-Xmx1g -Dname=\"x\"" DEBUG=0
      `,
      findings: [{ line: 2, message: '3 consecutive ENVs (lines 2, 3 and 4) can be one ENV' }],
      // $PATH becomes ${PATH}: the same expansion, whatever follows it
      output:
        'FROM debian:bookworm\n' +
        'ENV LANG=C.UTF-8 \\\n' +
        '    PATH="/opt/app/bin:${PATH}" \\\n' +
        '    JAVA_OPTS="-Xmx1g -Dname=\\"x\\"" \\\n' +
        '    DEBUG=0\n',
    },
    {
      name: 'legacy values with quotes, escapes and spaces are requoted',
      options: STRICT,
      code: 'FROM alpine\nENV A=1\nENV GREETING say "hi there" \\$USER \'$HOME\'\n',
      findings: [{ line: 2, message: '2 consecutive ENVs (lines 2 and 3) can be one ENV' }],
      output: 'FROM alpine\nENV A=1 \\\n    GREETING="say hi there \\$USER \\$HOME"\n',
    },
    {
      name: 'comments between and inside stay, as comment lines in the continuation; blank lines go',
      options: STRICT,
      code: dockerfile`
        FROM alpine
        LABEL a=1 \
          # the second one
          b='two words'

        # the third one
        LABEL c=3
      `,
      findings: [{ line: 2, endLine: 4, message: '2 consecutive LABELs (lines 2 and 7) can be one LABEL' }],
      output: dockerfile`
        FROM alpine
        LABEL a=1 \
          # the second one
          b='two words' \
          # the third one
          c=3
      `,
    },
    {
      name: 'an ENV that expands an earlier key starts a new group',
      options: STRICT,
      code: dockerfile`
        FROM alpine
        ENV APP_HOME=/app
        ENV APP_USER=app
        ENV APP_BIN=$APP_HOME/bin
        ENV APP_LOG=/var/log/app
      `,
      findings: [
        { line: 2, message: '2 consecutive ENVs (lines 2 and 3) can be one ENV' },
        { line: 4, message: '2 consecutive ENVs (lines 4 and 5) can be one ENV' },
      ],
      output: dockerfile`
        FROM alpine
        ENV APP_HOME=/app \
            APP_USER=app
        ENV APP_BIN=$APP_HOME/bin \
            APP_LOG=/var/log/app
      `,
    },
    {
      name: 'CRLF line endings are kept',
      options: STRICT,
      code: 'FROM alpine\r\nLABEL a=1\r\nLABEL b=2\r\nRUN true\r\n',
      findings: [{ line: 2, message: '2 consecutive LABELs (lines 2 and 3) can be one LABEL' }],
      output: 'FROM alpine\r\nLABEL a=1 \\\r\n    b=2\r\nRUN true\r\n',
    },
    {
      name: 'backtick escape char',
      options: STRICT,
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV APP_DIR=C:\\app\nENV DATA_DIR C:\\my data\\`$x\n',
      findings: [{ line: 3, message: '2 consecutive ENVs (lines 3 and 4) can be one ENV' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV APP_DIR=C:\\app `\n    DATA_DIR="C:\\my data\\`$x"\n',
    },
    {
      name: 'a legacy ENV value that cannot be requoted with certainty: reported, not fixed',
      options: STRICT,
      code: 'FROM alpine\nENV A=1\nENV UID $(id -u)\n',
      findings: [{ line: 2, message: '2 consecutive ENVs (lines 2 and 3) can be one ENV', noFix: 'line 3: the value of UID cannot be requoted with certainty' }],
    },
    {
      name: 'a quoted value across a continuation reads the same on one line',
      options: STRICT,
      code: dockerfile`
        FROM alpine
        LABEL description="a long \
          description" version=1
        label vendor=acme
      `,
      findings: [{ line: 2, endLine: 3, message: '2 consecutive LABELs (lines 2 and 4) can be one LABEL' }],
      output: dockerfile`
        FROM alpine
        LABEL description="a long   description" \
          version=1 \
          vendor=acme
      `,
    },
    {
      name: 'the legacy LABEL form is not rewritten',
      options: STRICT,
      code: 'FROM alpine\nLABEL a 1\nLABEL b=2\n',
      findings: [{ line: 2, message: '2 consecutive LABELs (lines 2 and 3) can be one LABEL', noFix: 'line 2: the `LABEL key value` form without = is not rewritten' }],
    },
    {
      name: 'a lint directive between: reported, not fixed',
      options: STRICT,
      code: 'FROM alpine\nLABEL a=1\n# hadolint ignore=DL3048\nLABEL B=2\n',
      findings: [{ line: 2, message: '2 consecutive LABELs (lines 2 and 4) can be one LABEL', noFix: 'line 3 is a lint directive comment' }],
    },
  ],
} satisfies RuleFixtures;
