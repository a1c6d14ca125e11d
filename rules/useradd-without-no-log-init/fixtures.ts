import { dockerfile, type RuleFixtures } from '../harness';

const WHY = "useradd may grow /var/log/lastlog and faillog to the UID's record, sparse files that the layer stores in full; add -l";

export default {
  valid: [
    { name: 'useradd alone', code: 'FROM debian:bookworm\nRUN useradd luser\n' },
    { name: 'a short UID', code: 'FROM debian:bookworm\nRUN useradd -u 12345 luser\n' },
    { name: 'a long UID with -l', code: 'FROM debian:bookworm\nRUN useradd -l -u 123456 luser\n' },
    { name: '-l in a cluster, and --no-log-init', code: 'FROM debian:bookworm\nRUN useradd -mlu 123456 a && useradd --no-log-init --uid=654321 b\n' },
    { name: 'a UID from a variable with no known value', code: 'FROM debian:bookworm\nRUN useradd -u "$HOST_UID" app\n' },
    { name: 'a UID variable whose default is short', code: 'FROM debian:bookworm\nARG APP_UID=1000\nRUN useradd -u ${APP_UID} app\n' },
    { name: '123456 as the user name, not the UID', code: 'FROM debian:bookworm\nRUN useradd -g 123456 123456\n' },
  ],
  invalid: [
    {
      name: 'a six-digit UID',
      code: 'FROM debian:bookworm\nRUN useradd -u 123456 luser\n',
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 12, message: `\`useradd\` with UID 123456 but without -l (--no-log-init): ${WHY}` }],
      output: 'FROM debian:bookworm\nRUN useradd -l -u 123456 luser\n',
    },
    {
      name: 'two useradds in one RUN: one finding, both fixed; --uid=, an attached -u and a known ARG',
      code: dockerfile`
        FROM debian:bookworm
        ARG WEB_UID=1000001
        RUN useradd -ru123456789 app \
            && useradd -m --uid=$WEB_UID web
      `,
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 12, message: `\`useradd\` with UIDs 123456789 and 1000001 but without -l (--no-log-init): ${WHY}` }],
      output: dockerfile`
        FROM debian:bookworm
        ARG WEB_UID=1000001
        RUN useradd -l -ru123456789 app \
            && useradd -l -m --uid=$WEB_UID web
      `,
    },
    {
      name: 'inside ONBUILD',
      code: 'FROM debian:bookworm\nONBUILD RUN useradd --uid 200000 app\n',
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 20, message: `\`useradd\` with UID 200000 but without -l (--no-log-init): ${WHY}` }],
      output: 'FROM debian:bookworm\nONBUILD RUN useradd -l --uid 200000 app\n',
    },
  ],
} satisfies RuleFixtures;
