import { dockerfile, type RuleFixtures } from '../harness';

const ROOT = (user: string) => `\`USER ${user}\` is the image's last USER, so its containers run as root: add a USER with an unprivileged user after the steps that need root`;

export default {
  valid: [
    'FROM scratch\nUSER foo\n',
    { name: 'root first, then an unprivileged user (DL3002Spec)', code: 'FROM scratch\nUSER root\nRUN something\nUSER foo\n' },
    { name: 'no USER at all: the base image decides, dflint cannot tell', code: 'FROM debian:bookworm\nRUN true\n' },
    { name: 'a builder stage running as root ships nothing of its user', code: 'FROM debian AS build\nUSER root\nRUN make\nFROM scratch\nCOPY --from=build /out /\nUSER 1000\n' },
    { name: 'a user from a variable is not known to be root', code: 'FROM alpine\nARG RUNNER=root\nUSER $RUNNER\n' },
    { name: 'a name that only starts like root', code: 'FROM alpine\nUSER rooty\nUSER 0123\n' },
  ],
  invalid: [
    {
      name: 'USER root, 0, root:root and 0:0 (DL3002Spec)',
      code: 'FROM scratch\nUSER root:root\n',
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 15, severity: 'warning', message: ROOT('root:root') }],
    },
    { name: 'USER 0', code: 'FROM scratch\nUSER 0\n', findings: [{ line: 2, column: 6, message: ROOT('0') }] },
    { name: 'USER 0:0', code: 'FROM scratch\nUSER 0:0\n', findings: [{ line: 2, column: 6, message: ROOT('0:0') }] },
    {
      name: 'set in the stage the image is built on (DL3002Spec)',
      code: dockerfile`
        FROM debian AS base
        USER root
        RUN something
        FROM base
        RUN something else
      `,
      findings: [{ line: 2, column: 6, message: ROOT('root') }],
    },
    {
      name: 'an unprivileged user first, then back to root',
      code: 'FROM node:20\nUSER node\nRUN npm ci\nUSER root\nCMD ["node", "server.js"]\n',
      findings: [{ line: 4, column: 6, message: ROOT('root') }],
    },
  ],
} satisfies RuleFixtures;
