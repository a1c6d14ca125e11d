import type { RuleFixtures } from '../harness';

const NAMED = (user: string, value = '') => `USER \`${user}\` names a user${value}, not a numeric id: the host cannot resolve it, and Kubernetes' runAsNonRoot cannot verify it is not root; use the numeric id`;

export default {
  valid: [
    { name: 'a numeric id (DL3066Spec)', code: 'FROM scratch\nUSER 12345\n' },
    { name: 'numeric user and group (DL3066Spec)', code: 'FROM scratch\nUSER 1234:5678\n' },
    { name: 'a numeric user with a group name', code: 'FROM scratch\nUSER 1000:staff\n' },
    { name: 'an ARG with no value known here (DL3066Spec)', code: 'ARG APP_UID\nFROM foobar:barfoo\nUSER ${APP_UID}\n' },
    { name: 'a variable whose value is a number', code: 'FROM alpine\nENV APP_UID=10001\nUSER $APP_UID:$APP_UID\n' },
    { name: 'ONBUILD USER is for another image', code: 'FROM alpine\nONBUILD USER app\n' },
    { name: 'root is root everywhere (root-user is the rule about it)', code: 'FROM debian\nUSER root\nRUN apt-get update\nUSER 1000\n' },
    { name: 'a variable with no value known here', code: 'FROM alpine\nUSER $UNKNOWN\n' },
    { name: 'Windows users have no numeric id', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\nFROM mcr.microsoft.com/powershell:lts-nanoserver-1809 AS base\nFROM base\nUSER ContainerAdministrator\n' },
  ],
  invalid: [
    {
      name: 'a user name (DL3066Spec)',
      code: 'FROM scratch\nUSER foobar\n',
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 12, severity: 'info', message: NAMED('foobar') }],
    },
    {
      name: 'user and group names (DL3066Spec)',
      code: 'FROM scratch\nUSER foobar:barfoo\n',
      findings: [{ line: 2, column: 6, message: NAMED('foobar:barfoo') }],
    },
    {
      name: 'a variable whose value is a name',
      code: 'FROM node:20\nARG RUNNER=node\nUSER ${RUNNER}\n',
      findings: [{ line: 3, column: 6, message: NAMED('${RUNNER}', ' (`${RUNNER}` is `node`)') }],
    },
  ],
} satisfies RuleFixtures;
