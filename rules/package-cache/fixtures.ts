import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends file && rm -rf /var/lib/apt/lists/*\n',
    'FROM python:3.12\nRUN pip install --no-cache-dir flask\n',
    {
      name: 'apt-get dist-clean (apt 2.7+) drops the lists too',
      code: 'FROM debian:trixie\nRUN apt-get update && apt-get install -y --no-install-recommends file && apt-get dist-clean\n',
    },
    { name: 'apk --no-network fetches no index', code: 'FROM alpine:3.20\nCOPY pkgs /pkgs\nRUN apk add --no-network /pkgs/*.apk\n' },
    'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    'FROM node:22\nRUN npm ci && npm cache clean --force\n',
    {
      name: 'PIP_NO_CACHE_DIR in the environment',
      code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n',
    },
    {
      name: 'apt state on cache mounts',
      code: dockerfile`
        FROM debian:bookworm
        RUN --mount=type=cache,target=/var/lib/apt/lists --mount=type=cache,target=/var/cache/apt \
            apt-get update && apt-get install -y --no-install-recommends file
      `,
    },
    {
      name: 'pip cache on a tmpfs mount',
      code: 'FROM python:3.12\nRUN --mount=type=tmpfs,target=/root/.cache pip install flask\n',
    },
    {
      name: 'a build stage only used by COPY --from ships none of its layers',
      code: dockerfile`
        FROM python:3.12 AS build
        RUN pip install flask
        FROM python:3.12-slim
        COPY --from=build /usr/local /usr/local
      `,
    },
    {
      name: 'hadolint ignore with an aliased code',
      code: 'FROM debian:bookworm\n# hadolint ignore=DL3009\nRUN apt-get update && apt-get install -y --no-install-recommends file\n',
    },
  ],
  invalid: [
    {
      name: 'apt-separate-runs (measured: ~19 MiB of lists stay in the first layer)',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update
        RUN apt-get install -y --no-install-recommends file
        RUN rm -rf /var/lib/apt/lists/*
      `,
      findings: [
        {
          line: 2,
          column: 5,
          message:
            'apt-get at line 2 leaves apt package lists (/var/lib/apt/lists) in its layer, and the delete at line 4 does not shrink that layer; in the same RUN, use `rm -rf /var/lib/apt/lists/*`',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'apk without --no-cache',
      code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n',
      findings: [{ line: 2, message: /^apk at line 2 leaves .* \(\/var\/cache\/apk\) in its layer; in the same RUN, use `.+`/ }],
    },
    {
      name: 'pip wheel cache',
      code: 'FROM python:3.12\nRUN pip install flask\n',
      findings: [{ line: 2, message: /^pip at line 2 leaves .* \(\/root\/\.cache\/pip\) in its layer; in the same RUN, use `.+`/ }],
    },
    {
      name: 'a stage the final stage is built on ships its layers',
      code: dockerfile`
        FROM python:3.12 AS base
        RUN pip install flask
        FROM base
        CMD ["flask", "run"]
      `,
      findings: [{ line: 2, message: /^pip at line 2 leaves / }],
    },
    {
      name: 'one command filling two caches makes one finding',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n',
      findings: [{ line: 4, message: /^go at line 4 leaves .* \(\/root\/go\/pkg\/mod\) and .* \(\/root\/\.cache\/go-build\) in its layer; in the same RUN, use `/ }],
    },
  ],
} satisfies RuleFixtures;
