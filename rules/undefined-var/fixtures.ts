import { dockerfile, type RuleFixtures } from '../harness';

const UNDEFINED = (name: string, near?: string) => `\`$${name}\` is not defined here: declare it with ARG or ENV before this line${near ? ` (did you mean $${near}?)` : ''}`;
const GLOBAL = (name: string) => `\`$${name}\` is not defined here: the ARG before the first FROM is seen by FROM lines only; repeat \`ARG ${name}\` in this stage to use it`;

// `apt: true` resolves every registry base to a test Debian image whose Env is PATH and GOPATH
export default {
  valid: [
    // BuildKit's doc page (undefined-var.md), good: declaring foo as a build argument before using it
    { name: 'BuildKit doc: ARG foo before COPY $foo', apt: true, code: 'FROM alpine AS base\nARG foo\nCOPY $foo .\n' },
    // BuildKit's doc page, good: the base image defines $PYTHON_VERSION. Its Env is not known here
    // (not resolved), so nothing is reported: the base may define any name
    { name: 'BuildKit doc: a name the unresolved base image may define', code: 'FROM python AS base\nARG VERSION=$PYTHON_VERSION\n' },
    { name: "the resolved base image's Env", apt: true, code: 'FROM golang\nENV PATH=$GOPATH/bin:$PATH\nWORKDIR $GOPATH/src\n' },
    { name: 'RUN, CMD and ENTRYPOINT are expanded by the shell', code: 'FROM scratch\nRUN echo $HOME\nCMD echo $USER\n' },
    { name: 'an ARG default sees the keys before it; a redeclared global ARG', code: 'ARG V=1\nFROM scratch\nARG V A=x B=$A\nLABEL v=$V b=$B\n' },
    { name: 'FROM <stage> inherits its ENV', code: 'FROM scratch AS base\nENV APP=/app\nFROM base\nWORKDIR $APP\n' },
    { name: 'escaped and single-quoted dollars', code: "FROM scratch\nENV A=\\$X B='$Y'\n" },
  ],
  invalid: [
    {
      // BuildKit's doc page (undefined-var.md), bad: $foo is an undefined build argument
      name: 'BuildKit doc: COPY $foo without ARG',
      apt: true,
      code: 'FROM alpine AS base\nCOPY $foo .\n',
      findings: [{ line: 2, column: 6, endColumn: 10, message: UNDEFINED('foo') }],
    },
    {
      // BuildKit's doc page, bad: $foo is undefined
      name: 'BuildKit doc: ARG VERSION=$foo',
      apt: true,
      code: 'FROM alpine AS base\nARG VERSION=$foo\n',
      findings: [{ line: 2, column: 13, message: UNDEFINED('foo') }],
    },
    {
      // BuildKit's doc page, the description's typo example
      name: 'BuildKit doc: a typo of PATH',
      code: 'FROM scratch\nENV PATH=$PAHT:/app/bin\n',
      findings: [{ line: 2, column: 10, endColumn: 15, message: UNDEFINED('PAHT', 'PATH') }],
    },
    {
      name: 'a global ARG used in a stage that did not declare it, whatever the base image',
      code: dockerfile`
        ARG VERSION=1.2
        FROM debian:bookworm
        COPY app-${'$'}{VERSION}.tar.gz /opt/
        LABEL version=$VERSION
      `,
      findings: [
        { line: 3, column: 10, endColumn: 20, message: GLOBAL('VERSION') },
        { line: 4, column: 15, endColumn: 23, message: GLOBAL('VERSION') },
      ],
    },
    {
      name: 'flags, WORKDIR, USER, ENV sees the names from before it, defaults count as uses',
      apt: true,
      code: dockerfile`
        FROM debian
        ENV APP_HOME=/app APP_BIN=$APP_HOME/bin
        COPY --chown=$APP_USER:app . $APP_HOME
        WORKDIR ${'$'}{APP_ROOT:-/srv}
        USER $GOPAHT
      `,
      findings: [
        { line: 2, column: 27, message: UNDEFINED('APP_HOME') },
        { line: 3, column: 14, message: UNDEFINED('APP_USER') },
        { line: 4, column: 9, message: UNDEFINED('APP_ROOT') },
        { line: 5, column: 6, message: UNDEFINED('GOPAHT', 'GOPATH') },
      ],
    },
  ],
} satisfies RuleFixtures;
