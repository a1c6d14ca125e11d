import { dockerfile, type RuleFixtures } from '../harness';

// ShellCheck 0.9/0.10's own words; the cases skip (loudly) where there is no shellcheck binary
const SC2086 = 'Double quote to prevent globbing and word splitting (SC2086)';

export default {
  valid: [
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'ARG and ENV names (and the proxies) count as assigned', code: 'FROM alpine:3.20\nARG version\nENV home=/srv\nRUN echo "$version" "$home" "$http_proxy"\n' },
    { name: 'bash features under SHELL bash', code: 'FROM debian:bookworm\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo $RANDOM && [[ -f /etc/os-release ]] && source /etc/os-release\n' },
    { name: 'a stage built FROM a stage keeps its SHELL', code: 'FROM debian:bookworm AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN source /etc/os-release\n' },
    { name: 'a `# hadolint shell=bash` comment sets the dialect', code: 'FROM debian:bookworm\n# hadolint shell=bash\nRUN source /etc/os-release\n' },
    { name: 'exec form is not a shell script', code: 'FROM alpine:3.20\nRUN ["echo", "$x"]\n' },
    { name: 'PowerShell is not checked', code: 'FROM alpine:3.20\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n' },
    { name: 'a heredoc run by another interpreter is not checked', code: 'FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nprint("$x")\nEOF\n' },
    { name: 'ash reads as sh (SC2187 left out, as hadolint does)', code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN echo hello\n' },
  ],
  invalid: [
    {
      name: 'a continuation line and a tab-indented line: their own line and column',
      code: 'FROM debian:bookworm\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    curl -fsSL $URL -o /tmp/x && \\\n\tcd /tmp; echo $HOME\n',
      findings: [
        { line: 4, column: 16, endLine: 4, endColumn: 20, severity: 'info', message: `\`$URL\`: ${SC2086}` },
        { line: 5, column: 2, endLine: 5, endColumn: 9, severity: 'warning', message: "`cd /tmp`: Use 'cd ... || exit' or 'cd ... || return' in case cd fails (SC2164)" },
        { line: 5, column: 16, endLine: 5, endColumn: 21, severity: 'info', message: `\`$HOME\`: ${SC2086}` },
      ],
    },
    {
      name: 'a heredoc body',
      code: dockerfile`
        FROM debian:bookworm
        RUN <<EOF
        set -e
        for f in $(ls /etc); do echo $f; done
        EOF
      `,
      findings: [
        { line: 4, column: 10, endLine: 4, endColumn: 20, severity: 'error', message: '`$(ls /etc)`: Iterating over ls output is fragile. Use globs (SC2045)' },
        { line: 4, column: 30, endLine: 4, endColumn: 32, severity: 'info', message: `\`$f\`: ${SC2086}` },
      ],
    },
    {
      name: 'CRLF line ends',
      code: 'FROM alpine:3.20\r\nARG name\r\nRUN echo $name \\\r\n  && echo $other\r\n',
      findings: [
        { line: 4, column: 11, endLine: 4, endColumn: 17, severity: 'warning', message: '`$other`: other is referenced but not assigned (SC2154)' },
        { line: 4, column: 11, endLine: 4, endColumn: 17, severity: 'info', message: `\`$other\`: ${SC2086}` },
      ],
    },
    {
      name: 'POSIX sh by default, and inside ONBUILD (where the ARGs of this build are gone)',
      code: 'FROM alpine:3.20\nARG extra\nRUN if [[ -f /etc/x ]]; then echo yes; fi\nONBUILD RUN echo "$extra"\n',
      findings: [
        { line: 3, column: 8, endLine: 3, endColumn: 23, severity: 'warning', message: '`[[ -f /etc/x ]]`: In POSIX sh, [[ ]] is undefined (SC3010)' },
        { line: 4, column: 19, endLine: 4, endColumn: 25, severity: 'warning', message: '`$extra`: extra is referenced but not assigned (SC2154)' },
      ],
    },
    {
      name: 'with `# escape=` set to a backtick, the continuation is the shell\'s',
      code: '# escape=`\nFROM alpine:3.20\nRUN echo $x `\n  && echo "$y"\n',
      findings: [
        { line: 3, column: 10, endLine: 3, endColumn: 12, severity: 'warning', message: '`$x`: x is referenced but not assigned (SC2154)' },
        { line: 3, column: 10, endLine: 3, endColumn: 12, severity: 'info', message: `\`$x\`: ${SC2086}` },
        { line: 4, column: 12, endLine: 4, endColumn: 14, severity: 'warning', message: '`$y`: y is referenced but not assigned (SC2154)' },
      ],
    },
    {
      name: 'an ARG before the first FROM is not known inside the stage',
      code: 'ARG release=1\nFROM alpine:3.20\nRUN echo "$release"\n',
      findings: [{ line: 3, column: 11, endLine: 3, endColumn: 19, severity: 'warning', message: '`$release`: release is referenced but not assigned (SC2154)' }],
    },
    {
      name: 'after the first column of the RUN line, with a wide character before it',
      code: 'FROM alpine:3.20\nRUN echo "é 😀" $1\n',
      findings: [{ line: 2, column: 17, endLine: 2, endColumn: 19, severity: 'info', message: `\`$1\`: ${SC2086}` }],
    },
  ],
} satisfies RuleFixtures;
