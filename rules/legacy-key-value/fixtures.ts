import { dockerfile, type RuleFixtures } from '../harness';

const MESSAGE = (keyword: string, key: string) => `\`${keyword} ${key} value\` is the legacy form without =, which Docker deprecates: write \`${keyword} ${key}=value\``;

export default {
  valid: [
    'FROM alpine\nENV A=1 B="two words"\nLABEL org.opencontainers.image.title=app\n',
    // BuildKit's doc page (legacy-key-value-format.md), good: an equals sign between key and value
    { name: 'BuildKit doc: ARG foo=bar', code: 'FROM alpine\nARG foo=bar\n' },
    // the doc's bad `ARG foo bar` declares two ARGs, foo and bar: BuildKit checks ENV and LABEL only, and so does this rule
    { name: 'BuildKit doc: ARG foo bar declares two ARGs and is not reported', code: 'FROM alpine\nARG foo bar\n' },
    // BuildKit's doc page, good: an equals sign and the value in quotes
    {
      name: 'BuildKit doc: multi-line value in quotes',
      code: dockerfile`
        FROM alpine
        ENV DEPS="\
            curl \
            git \
            make"
      `,
    },
  ],
  invalid: [
    {
      // BuildKit's doc page (legacy-key-value-format.md), bad: multi-line variable declaration with a space separator
      name: 'BuildKit doc: multi-line ENV with a space separator',
      code: dockerfile`
        FROM alpine
        ENV DEPS \
            curl \
            git \
            make
        RUN apk add $DEPS
      `,
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: MESSAGE('ENV', 'DEPS') }],
      output: 'FROM alpine\nENV DEPS="curl     git     make"\nRUN apk add $DEPS\n',
    },
    {
      name: 'quotes, $ references and LABEL',
      code: 'FROM alpine\nENV APP_BIN "$APP_HOME/bin" \nlabel description a "quoted" \\o/ thing\n',
      findings: [
        { line: 2, column: 5, message: MESSAGE('ENV', 'APP_BIN') },
        { line: 3, column: 7, message: MESSAGE('label', 'description') },
      ],
      output: 'FROM alpine\nENV APP_BIN="${APP_HOME}/bin"\nlabel description="a quoted o/ thing"\n',
    },
    {
      name: 'a comment inside: reported, not fixed',
      code: 'FROM alpine\nENV DEPS \\\n# the tools\n    curl\n',
      findings: [{ line: 2, message: MESSAGE('ENV', 'DEPS'), noFix: 'the comment on line 3 inside it would be lost' }],
    },
    {
      name: 'a command substitution cannot be requoted with certainty',
      code: 'FROM alpine\nENV UID $(id -u)\n',
      findings: [{ line: 2, message: MESSAGE('ENV', 'UID'), noFix: 'the value of UID cannot be requoted with certainty' }],
    },
  ],
} satisfies RuleFixtures;
