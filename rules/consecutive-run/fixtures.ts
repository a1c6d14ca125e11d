import { hadolintInvalid, hadolintValid } from './fixtures-hadolint';
import { aptInvalid, aptValid } from './fixtures-apt';
import { SEED_CHMOD_LAYERS, dockerfile, type RuleFixtures } from '../harness';

/** the cases below show what the rule finds and fixes once asked to report merges without gain */
const STRICT = { reportWithoutGain: true };

export default {
  valid: [
    ...hadolintValid,
    ...aptValid,
    'FROM alpine\nRUN apk add --no-cache curl && adduser -D app\n',
    {
      name: 'issue 14: by default, RUNs whose merge saves a layer and nothing else are not reported (unless two in a row are one command each)',
      code: 'FROM debian:bookworm\nRUN make -C /src && make -C /src install PREFIX=/opt/app\nRUN make -C /src2 install PREFIX=/opt/app\nLABEL a=b\nRUN useradd app\n',
    },
    {
      name: 'each RUN refreshes before it installs and deletes the lists (docker-library style): no stale index',
      code: dockerfile`
        FROM debian:bookworm
        RUN set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates; rm -rf /var/lib/apt/lists/*
        RUN set -eux; apt-get update; apt-get install -y --no-install-recommends wget; rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'WORKDIR between RUNs changes where the second runs',
      options: STRICT,
      code: 'FROM alpine\nRUN mkdir /app\nWORKDIR /app\nRUN touch x\n',
    },
    { name: 'ENV between RUNs', options: STRICT, code: 'FROM alpine\nRUN a\nENV X=1\nRUN b\n' },
    { name: 'USER between RUNs', options: STRICT, code: 'FROM alpine\nRUN adduser -D app\nUSER app\nRUN whoami\n' },
    { name: 'COPY between RUNs', options: STRICT, code: 'FROM alpine\nRUN a\nCOPY x /x\nRUN b\n' },
    { name: 'SHELL between RUNs', options: STRICT, code: 'FROM debian\nRUN a\nSHELL ["/bin/bash", "-c"]\nRUN b\n' },
    { name: 'different --mount flags', options: STRICT, code: 'FROM alpine\nRUN --mount=type=cache,target=/a a\nRUN --mount=type=cache,target=/b b\n' },
    { name: 'different --network flags', options: STRICT, code: 'FROM alpine\nRUN --network=none a\nRUN b\n' },
    { name: 'exec form is not merged', options: STRICT, code: 'FROM alpine\nRUN ["a"]\nRUN b\n' },
    { name: 'heredoc RUNs are not merged', options: STRICT, code: 'FROM alpine\nRUN <<EOF\na\nEOF\nRUN b\n' },
    { name: 'RUNs in different stages', options: STRICT, code: 'FROM alpine AS a\nRUN a\nFROM alpine\nRUN b\n' },
    {
      name: 'PowerShell RUNs are not sh',
      options: STRICT,
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN a\nRUN b\n',
    },
    {
      name: 'a refresh RUN and its install of two commands: apt-update-alone reports the stale index, so this rule does not repeat it',
      code: 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl && curl --version\n',
    },
  ],
  invalid: [
    ...aptInvalid,
    ...hadolintInvalid,
    {
      name: 'two RUNs (with the strict preset: by default a stale index alone is apt-update-alone\'s finding)',
      options: STRICT,
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update
        RUN apt-get install -y curl
      `,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 3,
          endColumn: 28,
          message:
            '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer, and the install at line 3 gets the package index the refresh at line 2 fetches, not a cached one',
          // the install hides nothing the update stored, but apart it installs from a cached refresh
          severity: 'warning',
        },
      ],
      output: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && \
            apt-get install -y curl
      `,
    },
    {
      name: 'a comment above a RUN stays with it inside the merged RUN',
      options: STRICT,
      code: 'FROM alpine\nRUN a\n\n# then b\nRUN b\n',
      findings: [{ line: 2, message: '2 consecutive RUNs (lines 2 and 5) can be one RUN: 1 layer fewer' }],
      output: 'FROM alpine\nRUN a && \\\n    # then b\n    b\n',
    },
    {
      name: 'comments, blank lines and metadata between, continuation lines inside',
      options: STRICT,
      code: dockerfile`
        FROM alpine
        RUN apk add --no-cache \
            curl
        # fetch the tool

        LABEL a=b
        RUN curl -fsSL https://example.com/x -o /x
        EXPOSE 80
        run chmod +x /x
      `,
      findings: [{ line: 2, endLine: 9, message: '3 consecutive RUNs (lines 2, 7 and 9) can be one RUN: 2 layers fewer, saves an unknown amount' }],
      // the metadata moves after the merged RUN, with the comment above it
      output: dockerfile`
        FROM alpine
        RUN apk add --no-cache \
            curl && \
            curl -fsSL https://example.com/x -o /x && \
            chmod +x /x
        # fetch the tool
        LABEL a=b
        EXPOSE 80
      `,
    },
    {
      name: 'same flags merge; a different one starts a new group',
      options: STRICT,
      code: dockerfile`
        FROM alpine
        RUN --mount=type=cache,target=/root/.cache a
        RUN --mount=type=cache,target=/root/.cache b
        RUN c
        RUN d
      `,
      findings: [
        { line: 2, endLine: 3, message: '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer' },
        { line: 4, endLine: 5, message: '2 consecutive RUNs (lines 4 and 5) can be one RUN: 1 layer fewer' },
      ],
      output: dockerfile`
        FROM alpine
        RUN --mount=type=cache,target=/root/.cache a && \
            b
        RUN c && \
            d
      `,
    },
    {
      name: 'each stage on its own; an exec-form RUN splits a group',
      options: STRICT,
      code: dockerfile`
        FROM alpine AS build
        RUN a
        RUN b
        RUN ["c"]
        RUN d
        FROM build
        RUN e
        RUN f
      `,
      findings: [
        { line: 2, message: '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer' },
        { line: 7, message: '2 consecutive RUNs (lines 7 and 8) can be one RUN: 1 layer fewer' },
      ],
      output: dockerfile`
        FROM alpine AS build
        RUN a && \
            b
        RUN ["c"]
        RUN d
        FROM build
        RUN e && \
            f
      `,
    },
    {
      name: 'seed-chmod-layers: merging saves the 4 MiB measured',
      options: STRICT,
      code: SEED_CHMOD_LAYERS,
      findings: [
        {
          line: 2,
          endLine: 7,
          message: '6 consecutive RUNs (lines 2, 3, 4, 5, 6 and 7) can be one RUN: 5 layers fewer, saves 4.0 MiB',
          severity: 'warning',
          wastedBytes: { value: 4 * 1024 * 1024, estimate: 'exact' },
        },
      ],
      output: dockerfile`
        FROM busybox
        RUN mkdir /data && \
            dd if=/dev/zero bs=1024 count=1024 of=/data/one && \
            chmod -R 0777 /data && \
            dd if=/dev/zero bs=1024 count=1024 of=/data/two && \
            chmod -R 0777 /data && \
            rm /data/one
        CMD ls -alh /data
      `,
    },
    {
      name: 'only what a later RUN of the same group hides counts',
      options: STRICT,
      code: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero bs=1024 count=1024 of=/a
        ENV X=1
        RUN dd if=/dev/zero bs=1024 count=2048 of=/b
        RUN rm /a /b
      `,
      findings: [
        {
          line: 4,
          endLine: 5,
          message: '2 consecutive RUNs (lines 4 and 5) can be one RUN: 1 layer fewer, saves 2.0 MiB',
          wastedBytes: { value: 2 * 1024 * 1024, estimate: 'exact' },
        },
      ],
      output: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero bs=1024 count=1024 of=/a
        ENV X=1
        RUN dd if=/dev/zero bs=1024 count=2048 of=/b && \
            rm /a /b
      `,
    },
    {
      name: 'two installs into the same directory save only a layer',
      options: STRICT,
      code: 'FROM debian:bookworm\nRUN make -C /src install PREFIX=/opt/app\nRUN make -C /src2 install PREFIX=/opt/app\n',
      findings: [{ line: 2, message: '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer', severity: 'warning' }],
      output: 'FROM debian:bookworm\nRUN make -C /src install PREFIX=/opt/app && \\\n    make -C /src2 install PREFIX=/opt/app\n',
    },
    {
      name: 'apt-separate-runs: the package lists a later RUN deletes are saved (their size is not known statically)',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update
        RUN apt-get install -y --no-install-recommends file
        RUN rm -rf /var/lib/apt/lists/*
      `,
      findings: [
        {
          line: 2,
          endLine: 4,
          message:
            '3 consecutive RUNs (lines 2, 3 and 4) can be one RUN: 2 layers fewer, saves an unknown amount, and the install at line 3 gets the package index the refresh at line 2 fetches, not a cached one',
          severity: 'warning',
        },
      ],
      output: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && \
            apt-get install -y --no-install-recommends file && \
            rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'fix: a script that changes shell state runs in a subshell; one that is not an && chain is grouped',
      options: STRICT,
      code: dockerfile`
        FROM alpine
        RUN cd /src && make
        RUN make test || true
        RUN export V=1; ./release
        RUN true
      `,
      findings: [{ line: 2, endLine: 5, message: '4 consecutive RUNs (lines 2, 3, 4 and 5) can be one RUN: 3 layers fewer' }],
      output: dockerfile`
        FROM alpine
        RUN ( cd /src && make ) && \
            { make test || true; } && \
            ( export V=1; ./release ) && \
            true
      `,
    },
    {
      name: 'fix: the file\'s own continuation indentation and escape character, trailing ; dropped',
      options: STRICT,
      code: '# escape=`\nFROM mcr.microsoft.com/busybox\nRUN a && `\n\tb;\nRUN c\n',
      findings: [{ line: 3, endLine: 5, message: '2 consecutive RUNs (lines 3 and 5) can be one RUN: 1 layer fewer' }],
      output: '# escape=`\nFROM mcr.microsoft.com/busybox\nRUN a && `\n\tb && `\n\tc\n',
    },
    {
      name: 'no fix: a # comment in the script would swallow the && after it',
      options: STRICT,
      code: 'FROM alpine\nRUN a # why\nRUN b\n',
      findings: [{ line: 2, message: '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer', noFix: 'line 2: the script has a # comment' }],
    },
    {
      name: 'no fix: a lint directive between the RUNs would lose its meaning',
      options: STRICT,
      code: 'FROM alpine\nRUN a\n# hadolint ignore=DL3008\nRUN apt-get install -y b\n',
      findings: [{ line: 2, message: '2 consecutive RUNs (lines 2 and 4) can be one RUN: 1 layer fewer', noFix: 'line 3 is a lint directive comment' }],
    },
    {
      // issue 13: the comment line inside the continued RUN was lost
      name: 'fix: a comment line inside a continued RUN stays in the merged RUN',
      options: STRICT,
      code: 'FROM alpine\nRUN echo one\n\n# Install Go tools\nRUN \\\n    # --> Delve for debugging\n    go get delve\n',
      findings: [{ line: 2, endLine: 7, message: '2 consecutive RUNs (lines 2 and 5) can be one RUN: 1 layer fewer' }],
      output: 'FROM alpine\nRUN echo one && \\\n    # Install Go tools\n    # --> Delve for debugging\n    go get delve\n',
    },
    {
      // issue 13: `\ ` continues the line, so the fix's ` && \` landed on the \v comment line and Docker joined the commands
      name: 'no fix: the first RUN continues onto a comment line (backslash, space), so the merge would land in the comment',
      options: STRICT,
      code: 'FROM alpine\nRUN echo a\\ \n\n\v# comment\t\nRUN echo b\n',
      findings: [{ line: 2, message: '2 consecutive RUNs (lines 2 and 5) can be one RUN: 1 layer fewer', noFix: 'line 2: the last line of the RUN ends with a continuation' }],
    },
  ],
} satisfies RuleFixtures;
