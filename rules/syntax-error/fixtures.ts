import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    {
      name: 'ARGs, comments and directives before FROM; every flag in its place; a bare CMD',
      code: dockerfile`
        # syntax=docker/dockerfile:1
        # a comment
        ARG BASE=alpine:3.20
        FROM --platform=$BUILDPLATFORM golang:1.23 AS build
        RUN --mount=type=cache,target=/root/.cache/go-build --network=none go build -o /out/app .
        FROM $BASE
        COPY --from=build --chown=app:app --chmod=755 --link /out/app /usr/local/bin/app
        ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /tmp/
        HEALTHCHECK --interval=30s --retries=3 CMD wget -qO- localhost:8080/health
        CMD
      `,
    },
    { name: 'a lone continuation line before RUN joins it, as BuildKit reads it', code: 'FROM alpine\n \\\nRUN echo hi\n' },
  ],
  invalid: [
    {
      name: 'an unknown instruction names the nearest one',
      code: 'FROM alpine\nRUNN apk add curl\n',
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 5, severity: 'error', message: 'unknown instruction: RUNN (did you mean RUN?)' }],
    },
    {
      name: 'an unknown flag names the nearest one',
      code: 'FROM golang AS build\nFROM alpine\nCOPY --frm=build /out /out\n',
      findings: [{ line: 3, column: 6, endLine: 3, endColumn: 17, message: 'unknown flag for COPY: --frm (did you mean --from?)' }],
    },
    {
      name: 'a flag on an instruction that takes none, and a flag without its value',
      code: 'FROM alpine AS base\nFROM alpine\nWORKDIR --parents /app\nCOPY --from base /a /a\n',
      findings: [
        { line: 3, column: 9, message: 'unknown flag: --parents (WORKDIR takes no flags)' },
        { line: 4, column: 6, message: 'flag --from needs a value: --from=<value>' },
      ],
    },
    {
      name: 'a bare FROM, an empty RUN and a COPY without a destination',
      code: 'FROM\nFROM alpine\nRUN\nCOPY app.py\n',
      findings: [
        { line: 1, column: 1, endColumn: 5, message: 'FROM requires at least one argument' },
        { line: 3, column: 1, endColumn: 4, message: 'RUN requires at least one argument' },
        { line: 4, column: 1, message: 'COPY requires at least two arguments: a source and a destination' },
      ],
    },
    {
      name: 'no FROM at all: once, at the first instruction',
      code: '# build the app\nARG VERSION=1\nRUN apk add curl\nCOPY . /app\n',
      findings: [{ line: 3, column: 1, message: 'there is no FROM: a build stage starts with FROM, and only ARG can come before it' }],
    },
    {
      name: 'an instruction before the first FROM',
      code: 'RUN echo hi\nFROM alpine\n',
      findings: [{ line: 1, column: 1, message: 'RUN cannot come before the first FROM; only ARG can' }],
    },
    {
      name: 'an empty file',
      code: '',
      findings: [{ line: 1, column: 1, message: 'the Dockerfile has no instructions' }],
    },
    {
      name: 'a README is not a Dockerfile: one finding at line 1',
      code: dockerfile`
        # myapp

        Build it with:

        docker build -t myapp .
        docker run myapp
      `,
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 8, message: 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (3:1 reads "Build it with:")' }],
    },
    {
      name: 'a shell script is not a Dockerfile',
      code: '#!/bin/sh\nset -eu\napt-get update\nexec "$@"\n',
      findings: [{ line: 1, message: 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (2:1 reads "set -eu")' }],
    },
    {
      name: 'inside ONBUILD',
      code: 'FROM alpine\nONBUILD COPY --chmown=1 . /app\nONBUILD FROM x\n',
      findings: [
        { line: 2, column: 14, message: 'unknown flag for COPY: --chmown (did you mean --chown?)' },
        { line: 3, column: 9, message: "FROM isn't allowed as an ONBUILD trigger" },
      ],
    },
  ],
} satisfies RuleFixtures;
