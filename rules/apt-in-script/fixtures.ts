import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    'FROM debian:bookworm\nRUN apt-cache policy curl && apt-mark hold curl\n',
    { name: 'apt named as an argument does not run', code: 'FROM debian:bookworm\nRUN echo apt install curl && grep -r apt /etc\n' },
  ],
  invalid: [
    {
      name: 'apt install and apt update',
      code: dockerfile`
        FROM ubuntu:24.04
        RUN apt update && apt install -y curl
      `,
      findings: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 8,
          message: '`apt update` and `apt install`: apt is meant for people at a terminal and warns that its command line may change; use apt-get (or apt-cache) in scripts',
        },
      ],
      output: dockerfile`
        FROM ubuntu:24.04
        RUN apt-get update && apt-get install -y curl
      `,
    },
    {
      name: 'a subcommand apt-get lacks is reported, not fixed',
      code: 'FROM ubuntu:24.04\nRUN apt list --installed\n',
      findings: [
        {
          line: 2,
          column: 5,
          message: '`apt list`: apt is meant for people at a terminal and warns that its command line may change; use apt-get (or apt-cache) in scripts',
          noFix: 'no subcommand here that apt-get runs the same way',
        },
      ],
    },
    {
      name: 'inside ONBUILD, through sudo and by path',
      code: 'FROM ubuntu:24.04\nONBUILD RUN sudo apt purge -y vim\nRUN /usr/bin/apt remove -y nano\n',
      findings: [
        { line: 2, column: 18, message: '`apt purge`: apt is meant for people at a terminal and warns that its command line may change; use apt-get (or apt-cache) in scripts' },
        { line: 3, column: 5, message: '`apt remove`: apt is meant for people at a terminal and warns that its command line may change; use apt-get (or apt-cache) in scripts' },
      ],
      output: 'FROM ubuntu:24.04\nONBUILD RUN sudo apt-get purge -y vim\nRUN /usr/bin/apt-get remove -y nano\n',
    },
  ],
} satisfies RuleFixtures;
