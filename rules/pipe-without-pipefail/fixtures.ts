import { dockerfile, type RuleFixtures } from '../harness';

const ONE =
  'RUN has a pipe and no pipefail, so a failing command before a `|` does not fail the build: use SHELL ["/bin/bash", "-o", "pipefail", "-c"] (ash, zsh and ksh take -o pipefail too), or start the RUN with set -o pipefail where its shell has that option';

export default {
  valid: [
    { name: 'no pipe', code: 'FROM debian:bookworm\nRUN wget -O - https://some.site && wc -l file > /number\n' },
    { name: 'bash with -eo pipefail', code: 'FROM debian:bookworm\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l > /number\n' },
    { name: 'zsh at another path with -o errexit -o pipefail', code: 'FROM debian:bookworm\nSHELL ["/usr/local/bin/zsh", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN a | b\n' },
    { name: 'ash with pipefail on alpine', code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/x.tgz | tar -xz\n' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/powershell:ubuntu-22.04\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n' },
    { name: "a Windows image's default cmd", code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\ | findstr Windows\n' },
    { name: 'set -o pipefail before the pipe', code: 'FROM debian:bookworm\nRUN set -euxo pipefail; curl -fsSL https://example.com/x.tgz | tar -xz\n' },
    { name: 'a stage FROM a stage with a pipefail SHELL inherits it', code: 'FROM debian:bookworm AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN a | b\n' },
    { name: 'echo, printf and yes feeding a pipe', code: 'FROM debian:bookworm\nRUN echo "$SUM  f.tgz" | sha256sum -c - && printf "%s\\n" a | tee /x && yes | apt-get install -y x\n' },
    { name: 'a group of echos feeding a pipe, and an echo of a substitution', code: 'FROM debian:bookworm\nRUN { echo a; echo b; } | tee /etc/x.repo && echo "$(cat /etc/hostname)" | tr a-z A-Z\n' },
    { name: "a case pattern's | is no pipe", code: 'FROM debian:bookworm\nRUN case "$(uname -m)" in x86_64|amd64) a=x ;; esac\n' },
    { name: 'not inside ONBUILD, as hadolint', code: 'FROM debian:bookworm\nONBUILD RUN a | b\n' },
  ],
  invalid: [
    {
      name: 'a pipe under the default /bin/sh',
      code: 'FROM debian:bookworm\nRUN wget -O - https://some.site | wc -l > /number\n',
      findings: [{ line: 2, column: 33, endLine: 2, endColumn: 34, message: ONE }],
    },
    {
      name: 'plain sh with -o pipefail counts as none, as hadolint (dash may not have it)',
      code: 'FROM debian:bookworm\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n',
      findings: [{ line: 3, column: 7, message: ONE }],
    },
    {
      name: 'a later SHELL without pipefail, and a new stage, start without it',
      code: dockerfile`
        FROM debian:bookworm AS build
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN a | b
        SHELL ["/bin/sh", "-c"]
        RUN a | b
        FROM debian:bookworm
        RUN a | b
      `,
      findings: [
        { line: 5, column: 7, message: ONE },
        { line: 7, column: 7, message: ONE },
      ],
    },
    {
      name: 'one finding per RUN, at its first pipe, counting them; set -o pipefail covers only what follows it',
      code: dockerfile`
        FROM debian:bookworm
        RUN curl -fsSL https://example.com/a.tgz | tar -xz \
            && git ls-files | xargs wc -l; \
            set -o pipefail; c | d
      `,
      findings: [{ line: 2, column: 42, endLine: 2, endColumn: 43, message: ONE.replace('a pipe', '2 pipes') }],
    },
    {
      name: 'pipes between compound commands and in substitutions; a group that does more than echo',
      code: 'FROM debian:bookworm\nRUN v="$(curl -fsSL https://example.com/v | jq -r .tag)" && (cd /x && make) |& tee log && { echo a; cat b; } | c\n',
      findings: [{ line: 2, column: 43, endLine: 2, endColumn: 44, message: ONE.replace('a pipe', '3 pipes') }],
    },
    {
      name: 'a heredoc body',
      code: 'FROM debian:bookworm\nRUN <<EOF\ncurl -fsSL https://example.com/x.sh | sh\nEOF\n',
      findings: [{ line: 3, column: 37, endLine: 3, endColumn: 38, message: ONE }],
    },
  ],
} satisfies RuleFixtures;
