import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    'FROM debian:bookworm\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n',
    'FROM debian:bookworm\nRUN apt-get --option=APT::Install-Recommends=0 install -y curl\n',
    { name: 'a simulation installs nothing', code: 'FROM debian:bookworm\nRUN if apt-get install -s postgresql-16-jit > /dev/null 2>&1; then echo jit; fi\n' },
    { name: 'recommends asked for explicitly', code: 'FROM debian:bookworm\nRUN apt-get install -y --install-recommends curl && apt-get -o APT::Install-Recommends=true install -y git\n' },
    { name: 'other subcommands install no new package by request', code: 'FROM debian:bookworm\nRUN apt-get update && apt-get purge -y curl\n' },
    { name: 'apk and yum have no Recommends', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' },
  ],
  invalid: [
    {
      name: 'apt-get install without --no-install-recommends',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y curl
      `,
      findings: [
        {
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 38,
          message: "`apt-get install` installs each package's Recommends too, packages the image may not need: add `--no-install-recommends` and name the ones it does",
        },
      ],
      output: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && apt-get install --no-install-recommends -y curl
      `,
    },
    {
      name: 'one finding per RUN, naming how many commands',
      code: 'FROM debian:bookworm\nRUN apt-get -y install curl && \\\n    apt-get install -y git\n',
      findings: [{ line: 2, column: 5, message: "`apt-get install` (2 commands) installs each package's Recommends too, packages the image may not need: add `--no-install-recommends` and name the ones it does" }],
      output: 'FROM debian:bookworm\nRUN apt-get -y install --no-install-recommends curl && \\\n    apt-get install --no-install-recommends -y git\n',
    },
    {
      name: 'inside ONBUILD',
      code: 'FROM debian:bookworm\nONBUILD RUN apt-get install -y curl\n',
      findings: [{ line: 2, column: 13, message: "`apt-get install` installs each package's Recommends too, packages the image may not need: add `--no-install-recommends` and name the ones it does" }],
      output: 'FROM debian:bookworm\nONBUILD RUN apt-get install --no-install-recommends -y curl\n',
    },
    {
      name: 'in a heredoc (not fixed)',
      code: 'FROM debian:bookworm\nRUN <<EOF\napt-get install -y curl\nEOF\n',
      findings: [{ line: 3, column: 1, message: "`apt-get install` installs each package's Recommends too, packages the image may not need: add `--no-install-recommends` and name the ones it does", noFix: 'dflint does not edit commands in a RUN with a heredoc' }],
    },
  ],
} satisfies RuleFixtures;
