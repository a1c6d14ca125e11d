import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n update && zypper -n install curl && zypper clean -a\n',
    'FROM opensuse/leap:15.6\nRUN zypper -n patch\n',
    { name: 'the word as an argument of another program', code: 'FROM opensuse/leap:15.6\nRUN echo zypper dup\n' },
  ],
  invalid: [
    {
      name: 'zypper dist-upgrade',
      code: dockerfile`
        FROM opensuse/tumbleweed
        RUN zypper --non-interactive dist-upgrade && zypper clean -a
      `,
      findings: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 42,
          message:
            '`zypper dist-upgrade` upgrades the whole distribution inside the build, to whatever the repositories hold that day: use a newer base image, or `zypper update`/`zypper patch` for updates',
        },
      ],
    },
    {
      name: 'zypper dup inside ONBUILD, one finding per RUN',
      code: 'FROM opensuse/tumbleweed\nONBUILD RUN zypper -n dup && zypper -n dup --no-recommends\n',
      findings: [
        {
          line: 2,
          column: 13,
          message:
            '`zypper dup` upgrades the whole distribution inside the build, to whatever the repositories hold that day: use a newer base image, or `zypper update`/`zypper patch` for updates',
        },
      ],
    },
  ],
} satisfies RuleFixtures;
