import { aptInvalid, aptValid } from './fixtures-apt';
import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    ...aptValid,
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
    ...aptInvalid,
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
            '`apt-get update` at line 2 leaves apt package lists (/var/lib/apt/lists) in its layer, and the delete at line 4 does not shrink that layer; in the same RUN, use `rm -rf /var/lib/apt/lists/*`',
          severity: 'warning',
          noFix: 'a later RUN runs apt and may need the cache',
        },
      ],
      // the install at line 3 needs the lists: no fix here (apt-update-alone merges the RUNs)
    },
    {
      name: 'apk without --no-cache',
      code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n',
      findings: [{ line: 2, message: '`apk add` at line 2 leaves apk package index cache (/var/cache/apk) in its layer; in the same RUN, use `apk add --no-cache` (or `rm -rf /var/cache/apk/*`)' }],
      // `apk update` keeps its index whatever flags `apk add` gets: the cleanup goes at the end
      output: 'FROM alpine:3.20\nRUN apk update && apk add curl && \\\n    rm -rf /var/cache/apk/*\n',
    },
    {
      name: 'pip wheel cache',
      code: 'FROM python:3.12\nRUN pip install flask\n',
      findings: [{ line: 2, message: '`pip install` at line 2 leaves pip wheel and HTTP cache (/root/.cache/pip) in its layer; in the same RUN, use `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`)' }],
      output: 'FROM python:3.12\nRUN pip install --no-cache-dir flask\n',
    },
    {
      name: 'a stage the final stage is built on ships its layers',
      code: dockerfile`
        FROM python:3.12 AS base
        RUN pip install flask
        FROM base
        CMD ["flask", "run"]
      `,
      findings: [{ line: 2, message: '`pip install` at line 2 leaves pip wheel and HTTP cache (/root/.cache/pip) in its layer; in the same RUN, use `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`)' }],
      output: dockerfile`
        FROM python:3.12 AS base
        RUN pip install --no-cache-dir flask
        FROM base
        CMD ["flask", "run"]
      `,
    },
    {
      name: 'one command filling two caches makes one finding',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n',
      findings: [{ line: 4, message: '`go build` at line 4 leaves Go module cache (/root/go/pkg/mod) and Go build cache (/root/.cache/go-build) in its layer; in the same RUN, use `go clean -cache -modcache` (or `RUN --mount=type=cache`)' }],
      // one fix for both caches
      output: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app . && \\\n    go clean -cache -modcache\n',
    },
    {
      name: 'apt lists in a multi-line RUN: the cleanup follows the file\'s continuation style',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update \
          && apt-get install -y --no-install-recommends \
               ca-certificates curl ;
        CMD ["curl", "--version"]
      `,
      findings: [{ line: 2, message: '`apt-get update` at line 2 leaves apt package lists (/var/lib/apt/lists) in its layer; in the same RUN, use `rm -rf /var/lib/apt/lists/*`' }],
      output: dockerfile`
        FROM debian:bookworm
        RUN apt-get update \
          && apt-get install -y --no-install-recommends \
               ca-certificates curl && \
          rm -rf /var/lib/apt/lists/*
        CMD ["curl", "--version"]
      `,
    },
    {
      name: 'apk add without update: --no-cache on every apk add of the RUN',
      code: 'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc musl-dev && apk add make\n',
      findings: [{ line: 2, message: '`apk add` at line 2 leaves apk package index cache (/var/cache/apk) in its layer; in the same RUN, use `apk add --no-cache` (or `rm -rf /var/cache/apk/*`)' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && apk add --no-cache make\n',
    },
    {
      name: "apk: an option's value before the subcommand is not the subcommand",
      code: 'FROM alpine:3.20\nRUN apk -X https://mirror.example/alpine/v3.20/main add curl\n',
      findings: [{ line: 2, message: '`apk add` at line 2 leaves apk package index cache (/var/cache/apk) in its layer; in the same RUN, use `apk add --no-cache` (or `rm -rf /var/cache/apk/*`)' }],
      output: 'FROM alpine:3.20\nRUN apk -X https://mirror.example/alpine/v3.20/main add --no-cache curl\n',
    },
    {
      name: 'a cache moved by its own option gets no fix: --no-cache-dir would not win over --cache-dir',
      code: 'FROM python:3.12\nRUN pip install --cache-dir /tmp/pc flask\nRUN npm ci --cache /tmp/npm\n',
      findings: [
        { line: 2, message: '`pip install` at line 2 leaves pip wheel and HTTP cache (/tmp/pc) in its layer; in the same RUN, use `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`)', noFix: 'a --cache-dir would override --no-cache-dir' },
        { line: 3, message: '`npm ci` at line 3 leaves npm package cache (/tmp/npm) in its layer; in the same RUN, use `npm cache clean --force`', noFix: 'a --cache option moves the cache' },
      ],
    },
    {
      name: 'npm cache',
      code: 'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n',
      findings: [{ line: 4, message: '`npm ci` at line 4 leaves npm package cache (/root/.npm) in its layer; in the same RUN, use `npm cache clean --force`' }],
      output: 'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev && \\\n    npm cache clean --force\n',
    },
    {
      name: 'the message names the command, not an option after the program (zypper --gpg-auto-import-keys install); the fix names the line it edits',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n addrepo --refresh https://download.opensuse.org/repositories/x.repo && \\\n    zypper --non-interactive --gpg-auto-import-keys install -y curl\n',
      findings: [{ line: 3, column: 5, message: '`zypper install` at line 3 leaves zypper metadata and package cache (/var/cache/zypp) in its layer; in the same RUN, use `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n addrepo --refresh https://download.opensuse.org/repositories/x.repo && \\\n    zypper --non-interactive --gpg-auto-import-keys install -y curl && \\\n    zypper clean -a\n',
    },
    {
      name: 'dnf cache',
      code: 'FROM fedora:40\nRUN dnf install -y gcc make\n',
      findings: [{ line: 2, message: '`dnf install` at line 2 leaves dnf metadata and package cache (/var/cache/dnf) in its layer; in the same RUN, use `dnf clean all` (or `rm -rf /var/cache/dnf`)' }],
      output: 'FROM fedora:40\nRUN dnf install -y gcc make && \\\n    dnf clean all\n',
    },
    {
      name: 'apt-get --download-only: apt-get clean',
      code: 'FROM debian:bookworm\nRUN apt-get install -y --download-only file\n',
      findings: [{ line: 2, message: '`apt-get install` at line 2 leaves downloaded .deb files (/var/cache/apt/archives) in its layer; in the same RUN, use `apt-get clean`' }],
      output: 'FROM debian:bookworm\nRUN apt-get install -y --download-only file && \\\n    apt-get clean\n',
    },
    {
      name: 'python -m pip in a continued RUN',
      code: 'FROM python:3.12\nRUN python3 -m pip install \\\n    -r requirements.txt\n',
      findings: [{ line: 2, message: '`pip install` at line 2 leaves pip wheel and HTTP cache (/root/.cache/pip) in its layer; in the same RUN, use `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`)' }],
      output: 'FROM python:3.12\nRUN python3 -m pip install --no-cache-dir \\\n    -r requirements.txt\n',
    },
    {
      name: 'gem with GEM_HOME set in the Dockerfile',
      code: 'FROM ruby:3.3\nENV GEM_HOME=/gems\nRUN gem install rails\n',
      findings: [{ line: 3, message: '`gem install` at line 3 leaves downloaded .gem files (/gems/cache) in its layer; in the same RUN, use `rm -rf /gems/cache`' }],
      output: 'FROM ruby:3.3\nENV GEM_HOME=/gems\nRUN gem install rails && \\\n    rm -rf /gems/cache\n',
    },
    {
      name: 'uv sync',
      code: 'FROM python:3.12\nRUN uv sync --frozen\n',
      findings: [{ line: 2, message: '`uv sync` at line 2 leaves uv package cache (/root/.cache/uv) in its layer; in the same RUN, use `--no-cache` (or `UV_NO_CACHE=1`, or `uv cache clean`)' }],
      output: 'FROM python:3.12\nRUN uv sync --no-cache --frozen\n',
    },
    {
      name: 'no fix: a later stage copies from this one',
      code: dockerfile`
        FROM debian:bookworm AS base
        RUN apt-get update && apt-get install -y --no-install-recommends file
        FROM base
        COPY --from=base /var/lib/apt/lists /lists
      `,
      findings: [{ line: 2, message: '`apt-get update` at line 2 leaves apt package lists (/var/lib/apt/lists) in its layer; in the same RUN, use `rm -rf /var/lib/apt/lists/*`', noFix: 'another stage copies from this one' }],
    },
    {
      name: 'no fix: the manager runs through sudo (the cleanup would not have its rights)',
      code: 'FROM debian:bookworm\nUSER app\nRUN sudo apt-get update && sudo apt-get install -y file\n',
      findings: [{ line: 3, message: '`apt-get update` at line 3 leaves apt package lists (/var/lib/apt/lists) in its layer; in the same RUN, use `rm -rf /var/lib/apt/lists/*`' }],
    },
    {
      name: 'no fix: a later RUN installs with the same lists',
      code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y file\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      findings: [{ line: 2, message: '`apt-get update` at line 2 leaves apt package lists (/var/lib/apt/lists) in its layer, and the delete at line 3 does not shrink that layer; in the same RUN, use `rm -rf /var/lib/apt/lists/*`' }],
    },
    {
      name: 'no fix: a # comment in the script would swallow an appended command',
      code: 'FROM fedora:40\nRUN dnf install -y gcc # the compiler\n',
      findings: [{ line: 2, message: '`dnf install` at line 2 leaves dnf metadata and package cache (/var/cache/dnf) in its layer; in the same RUN, use `dnf clean all` (or `rm -rf /var/cache/dnf`)' }],
    },
    {
      name: 'no fix for yarn, pnpm and poetry (their caches can hold what the project runs from)',
      code: 'FROM node:22\nRUN yarn install && pnpm install\nRUN pip install poetry --no-cache-dir && poetry install\n',
      findings: [
        { line: 2, message: '`yarn install` at line 2 leaves yarn package cache (Yarn 1; Yarn 2+ keeps .yarn/cache in the project) (/usr/local/share/.cache/yarn) in its layer; in the same RUN, use `yarn cache clean`' },
        { line: 2, message: '`pnpm install` at line 2 leaves pnpm content-addressed store (/root/.local/share/pnpm/store) in its layer; in the same RUN, use `RUN --mount=type=cache,target=/root/.local/share/pnpm/store` (or `rm -rf /root/.local/share/pnpm/store`)' },
        { line: 3, message: '`poetry install` at line 3 leaves poetry package cache (/root/.cache/pypoetry) in its layer; in the same RUN, use `--no-cache` (or `rm -rf /root/.cache/pypoetry`)' },
      ],
    },
    {
      name: 'an ONBUILD RUN trigger leaves the cache in the layer of every image built from this one (no fix: their later RUNs are not known)',
      code: 'FROM debian:bookworm\nONBUILD RUN apt-get update && apt-get install -y --no-install-recommends file\n',
      findings: [
        {
          line: 2,
          column: 13,
          message:
            '`apt-get update` in ONBUILD at line 2 leaves apt package lists (/var/lib/apt/lists) in the layer of every image built from this one; in the same RUN, use `rm -rf /var/lib/apt/lists/*`',
          noFix: 'an ONBUILD trigger runs in the images built from this one: whether their later RUNs need the cache is not known here',
        },
      ],
    },
    {
      name: 'a cleanup that falls short is named, and the finding is not hadolint\'s DL3036 (hadolint takes `zypper clean` as the cleanup)',
      code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n',
      findings: [
        {
          line: 2,
          message:
            '`zypper install` at line 2 leaves zypper metadata and package cache (/var/cache/zypp) in its layer; `zypper clean` at line 2 does not remove /var/cache/zypp; in the same RUN, use `zypper clean -a`',
        },
      ],
      output: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean && \\\n    zypper clean -a\n',
    },
    {
      name: "a cache mount on /root/.cache/yarn misses root's yarn cache in /usr/local/share/.cache/yarn",
      code: 'FROM node:22\nRUN --mount=type=cache,target=/root/.cache/yarn yarn install\n',
      findings: [
        {
          line: 2,
          message:
            '`yarn install` at line 2 leaves yarn package cache (Yarn 1; Yarn 2+ keeps .yarn/cache in the project) (/usr/local/share/.cache/yarn) in its layer; the mount `--mount=type=cache,target=/root/.cache/yarn` does not cover /usr/local/share/.cache/yarn; in the same RUN, use `yarn cache clean`',
        },
      ],
    },
  ],
} satisfies RuleFixtures;
