import { dockerfile, type RuleFixtures } from '../harness';

const SIGNALS = "runs as a child of `/bin/sh -c`, which does not pass on signals such as SIGTERM: write it in JSON form";
const SCRIPT = ', moving what needs the shell into a script';

export default {
  valid: [
    // BuildKit's docs, JSONArgsRecommended (docs/rules/json-args-recommended.md): the good example
    'FROM alpine\nENTRYPOINT ["my-program", "start"]\n# entrypoint becomes: my-program start\n',
    // the same page, "Create a wrapper script"
    dockerfile`
      FROM alpine
      RUN apk add bash
      COPY --chmod=755 <<EOT /entrypoint.sh
      #!/usr/bin/env bash
      set -e
      my-background-process &
      my-program start
      EOT
      ENTRYPOINT ["/entrypoint.sh"]
    `,
    { name: 'JSON form, spaces inside the brackets (DL3025Spec)', code: 'FROM scratch AS build\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]\n' },
    { name: 'HEALTHCHECK in JSON form, and NONE (DL3025Spec)', code: 'FROM scratch\nHEALTHCHECK CMD [ "foobar" ]\nHEALTHCHECK NONE\n' },
    { name: 'a JSON array over continuation lines (DL3025Spec)', code: 'FROM scratch\nCMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n' },
  ],
  invalid: [
    {
      // BuildKit's docs, JSONArgsRecommended: the bad example
      name: 'ENTRYPOINT in shell form',
      code: 'FROM alpine\nENTRYPOINT my-program start\n# entrypoint becomes: /bin/sh -c my-program start\n',
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 28, severity: 'warning', message: `ENTRYPOINT in shell form ${SIGNALS} (\`ENTRYPOINT ["my-program", "start"]\`)` }],
      output: 'FROM alpine\nENTRYPOINT ["my-program", "start"]\n# entrypoint becomes: /bin/sh -c my-program start\n',
    },
    {
      // BuildKit's docs, JSONArgsRecommended, "Explicitly specify the shell": BuildKit is quiet, hadolint's DL3025 is not
      name: 'a SHELL in the stage: DL3025 only, and no fix',
      code: dockerfile`
        FROM alpine
        RUN apk add bash
        SHELL ["/bin/bash", "-c"]
        ENTRYPOINT echo "hello world"
      `,
      findings: [{ line: 4, column: 1, message: `ENTRYPOINT in shell form runs as a child of \`/bin/bash -c\`, which does not pass on signals such as SIGTERM: write it in JSON form${SCRIPT}`, noFix: 'the stage runs it under a SHELL of its own' }],
    },
    {
      name: 'CMD that needs the shell: no fix (DL3025Spec)',
      code: 'FROM node AS foo\nCMD node server.js > /var/log/app.log 2>&1\nFROM foo\nCMD echo "$HOME"\n',
      findings: [
        { line: 2, column: 1, message: `CMD in shell form ${SIGNALS}${SCRIPT}`, noFix: 'the command uses the shell (quotes, variables, operators, globs or a builtin)' },
        { line: 4, column: 1, message: `CMD in shell form ${SIGNALS}${SCRIPT}` },
      ],
    },
    {
      name: 'a leading exec goes: the program replaces the shell either way',
      code: 'FROM eclipse-temurin:21\nCMD exec java -jar /app.jar --server.port=8080\n',
      findings: [{ line: 2, column: 1, message: 'CMD in shell form needs `/bin/sh -c` in the image, only to `exec` the program: write it in JSON form (`CMD ["java", "-jar", "/app.jar", "--server.port=8080"]`)' }],
      output: 'FROM eclipse-temurin:21\nCMD ["java", "-jar", "/app.jar", "--server.port=8080"]\n',
    },
    {
      name: 'exec with a variable: the shell is needed for more than exec',
      code: 'FROM python:3.12-slim\nCMD exec gunicorn --bind :$PORT app:app\n',
      findings: [{ line: 2, column: 1, message: `CMD in shell form needs \`/bin/sh -c\` in the image: write it in JSON form${SCRIPT}` }],
    },
    {
      name: 'HEALTHCHECK CMD: DL3025 only, its flags kept (DL3025Spec)',
      code: 'FROM scratch\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/\n',
      findings: [{ line: 2, column: 1, endColumn: 56, message: 'HEALTHCHECK CMD in shell form needs `/bin/sh -c` in the image to run: write it in JSON form (`HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]`)' }],
      output: 'FROM scratch\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]\n',
    },
    {
      name: 'an ENTRYPOINT in a stage with a CMD is not rewritten: JSON form would pass it the CMD',
      code: 'FROM python:3.12\nENTRYPOINT python app.py\nCMD ["--help"]\n',
      findings: [{ line: 2, column: 1, message: `ENTRYPOINT in shell form ${SIGNALS}${SCRIPT}`, noFix: 'the stage sets a CMD, which a JSON-form ENTRYPOINT would get as arguments' }],
    },
    {
      name: 'over continuation lines: no fix',
      code: 'FROM alpine\nCMD my-program \\\n  start\n',
      findings: [{ line: 2, column: 1, endLine: 3, message: `CMD in shell form ${SIGNALS}${SCRIPT}`, noFix: 'it spans several lines' }],
    },
  ],
} satisfies RuleFixtures;
