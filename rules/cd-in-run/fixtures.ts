import { dockerfile, type RuleFixtures } from '../harness';

const USE = 'use WORKDIR to switch to a directory';

export default {
  valid: [
    { name: 'WORKDIR', code: 'FROM alpine\nWORKDIR /opt\nRUN make\n' },
    { name: 'cd as an argument', code: 'FROM alpine\nRUN echo cd /tmp > /notes\n' },
    { name: 'not inside ONBUILD, as hadolint', code: 'FROM alpine\nONBUILD RUN cd /src && make\n' },
    { name: 'exec form runs no shell', code: 'FROM alpine\nRUN ["make", "-C", "/src"]\n' },
  ],
  invalid: [
    {
      name: 'cd DIR && rest: WORKDIR then the rest',
      code: 'FROM alpine\nRUN cd /app && make\n',
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 12, message: `RUN changes directory with \`cd /app\`: ${USE}` }],
      output: 'FROM alpine\nWORKDIR /app\nRUN make\n',
    },
    {
      name: 'a lone cd becomes WORKDIR',
      code: 'FROM alpine\nRUN cd /opt\n',
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 12, message: `RUN changes directory with \`cd /opt\`: ${USE}` }],
      output: 'FROM alpine\nWORKDIR /opt\n',
    },
    {
      name: 'continuation lines, indentation and flags are kept',
      code: dockerfile`
        FROM python:3.12
          RUN --mount=type=cache,target=/root/.cache cd /src && \
              pip install . && \
              rm -rf /src/build
      `,
      findings: [{ line: 2, column: 46, endLine: 2, endColumn: 53, message: `RUN changes directory with \`cd /src\`: ${USE}` }],
      output: dockerfile`
        FROM python:3.12
          WORKDIR /src
          RUN --mount=type=cache,target=/root/.cache pip install . && \
              rm -rf /src/build
      `,
    },
    {
      name: 'every cd is named; no fix for a RUN that changes directory more than once (the finding would stay)',
      code: 'FROM python:3.12\nRUN cd /src && pip install . && cd / && rm -rf /src\n',
      findings: [{ line: 2, column: 5, message: `RUN changes directory with \`cd /src\` and \`cd /\`: ${USE}`, noFix: 'the RUN changes directory more than once' }],
    },
    {
      name: 'the WORKDIR goes above the comments right over the RUN, so an ignore pragma stays with the RUN',
      code: 'FROM alpine\n\n# build it\n# hadolint ignore=DL3018\nRUN cd /src && apk add make && make\n',
      findings: [{ line: 5, column: 5, message: `RUN changes directory with \`cd /src\`: ${USE}` }],
      output: 'FROM alpine\n\nWORKDIR /src\n# build it\n# hadolint ignore=DL3018\nRUN apk add make && make\n',
    },
    {
      name: 'no fix: cd in a subshell',
      code: 'FROM alpine\nRUN (cd /src && make)\n',
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 13, message: `RUN changes directory with \`cd /src\`: ${USE}`, noFix: 'the cd is inside a subshell or compound command' }],
    },
    {
      name: 'no fix: a relative directory, a variable, or cd - later',
      code: 'FROM alpine\nRUN cd build && make\nRUN cd "$SRC" && make\nRUN cd /u01 && unzip a.zip && cd - && ./install\n',
      findings: [
        { line: 2, column: 5, message: `RUN changes directory with \`cd build\`: ${USE}`, noFix: 'the cd does not name one absolute directory as plain text' },
        { line: 3, column: 5, message: `RUN changes directory with \`cd "$SRC"\`: ${USE}`, noFix: 'the cd does not name one absolute directory as plain text' },
        { line: 4, column: 5, message: `RUN changes directory with \`cd /u01\` and \`cd -\`: ${USE}`, noFix: 'the RUN changes directory more than once' },
      ],
    },
    {
      name: 'no fix: cd not first, or not followed by &&',
      code: 'FROM alpine\nRUN make -C /x && cd /y\nRUN cd /y; make\n',
      findings: [
        { line: 2, column: 19, message: `RUN changes directory with \`cd /y\`: ${USE}`, noFix: 'the RUN does not start with cd' },
        { line: 3, column: 5, message: `RUN changes directory with \`cd /y\`: ${USE}`, noFix: 'the cd is not followed by `&&` and a plain command' },
      ],
    },
    {
      name: 'no fix: a comment line between the cd and the next command',
      code: 'FROM alpine\nRUN cd /src && \\\n# build it\n    make\n',
      findings: [{ line: 2, column: 5, message: `RUN changes directory with \`cd /src\`: ${USE}`, noFix: 'a comment stands between the cd and the next command' }],
    },
    {
      name: 'a heredoc body',
      code: 'FROM alpine\nRUN <<EOF\ncd /src\nmake\nEOF\n',
      findings: [{ line: 3, column: 1, message: `RUN changes directory with \`cd /src\`: ${USE}`, noFix: 'only a shell-form RUN without heredocs that parses is rewritten' }],
    },
  ],
} satisfies RuleFixtures;
