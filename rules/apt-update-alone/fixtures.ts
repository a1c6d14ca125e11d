import { aptInvalid, aptValid } from './fixtures-apt';
import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    ...aptValid,
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM alpine:3.20\nRUN apk update && apk add curl\n',
    'FROM fedora:40\nRUN dnf makecache && dnf install -y git\n',
    { name: 'an upgrade is an install', code: 'FROM debian:bookworm\nRUN apt-get -o Acquire::Retries=3 update && apt-get -y dist-upgrade\n' },
    { name: 'apt-cache is not apt-get', code: 'FROM debian:bookworm\nRUN apt-cache update\n' },
    { name: 'yum installs from the index dnf makecache fetched', code: 'FROM fedora:40\nRUN dnf makecache && yum install -y git\n' },
    {
      name: 'xargs runs the install (docker-library tomcat)',
      code: dockerfile`
        FROM eclipse-temurin:21-jre-noble
        RUN set -eux; \
        	apt-get update; \
        	xargs -rt apt-get install -y --no-install-recommends < "$TOMCAT_NATIVE_LIBDIR/.dependencies.txt"; \
        	rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'xargs at the end of a pipe, and apt-get dist-clean drops the lists (tianon adsb, jupyter)',
      code: dockerfile`
        FROM debian:trixie-slim
        RUN set -eux; \
        	apt-get update; \
        	xargs -rt < ./apt-deps.txt \
        		apt-get install -y --no-install-recommends \
        	; \
        	apt-get dist-clean
        RUN apt-get update --yes && \
            dpkg -l | grep ^ii | cut -d' ' -f3 | xargs apt-get install --yes --no-install-recommends --reinstall man && \
            apt-get clean && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'a devcontainers library script installs with apt or apk',
      code: dockerfile`
        FROM mcr.microsoft.com/vscode/devcontainers/base:bullseye
        RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
            && /bin/bash /tmp/library-scripts/common-debian.sh "$INSTALL_ZSH" "$USERNAME" "true" "true" \
            && /tmp/library-scripts/docker-debian.sh "true" "/var/run/docker-host.sock" \
            && apt-get autoremove -y && apt-get clean -y && rm -rf /var/lib/apt/lists/* /tmp/library-scripts
        FROM alpine:3.20
        RUN apk update && ash /tmp/library-scripts/common-alpine.sh "$INSTALL_ZSH" "$USERNAME" \
            && rm -rf /tmp/library-scripts
      `,
    },
    {
      name: 'xx-apt-get and rosdep install with apt',
      code: dockerfile`
        FROM --platform=$BUILDPLATFORM debian:bookworm AS build
        RUN apt-get update && xx-apt-get --no-install-recommends install -y binutils
        FROM ros:rolling
        RUN apt-get update && rosdep update && rosdep install -y \
            --from-paths /opt/ros/$ROS_DISTRO/share \
            --ignore-src \
            && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'the lists are removed in the same RUN (vscode-dev-containers patch images)',
      code: dockerfile`
        FROM mcr.microsoft.com/vscode/devcontainers/base:buster
        RUN apt-get update \
            && apt-get purge -y imagemagick imagemagick-6-common \
            && apt-get autoremove -y \
            && apt-get clean -y \
            && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'the lists are kept on a cache mount, not in the layer',
      code: dockerfile`
        FROM debian:bookworm
        RUN --mount=type=cache,sharing=locked,target=/var/lib/apt \
            --mount=type=cache,sharing=locked,target=/var/cache/apt \
            apt-get update
        RUN --mount=type=cache,sharing=locked,target=/var/lib/apt \
            --mount=type=cache,sharing=locked,target=/var/cache/apt \
            apt-get install -y --no-install-recommends gcc
      `,
    },
  ],
  invalid: [
    ...aptInvalid,
    {
      name: 'apt-separate-runs: update alone, install in the next RUN',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update
        RUN apt-get install -y --no-install-recommends file && rm -rf /var/lib/apt/lists/*
      `,
      findings: [
        {
          line: 2,
          column: 5,
          endColumn: 19,
          message:
            '`apt-get update` at line 2 installs nothing in its RUN: its cached layer serves stale package lists to the install at line 3, and the lists stay stored in the image; refresh and install in one RUN',
        },
      ],
      output: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && \
            apt-get install -y --no-install-recommends file && rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      name: 'metadata between is moved below; the install RUN keeps its comment',
      code: 'FROM alpine\nRUN apk update\nLABEL a=b\n# tools\nRUN apk add git\n',
      findings: [{ line: 2, message: '`apk update` at line 2 installs nothing in its RUN: its cached layer serves stale package lists to the install at line 5, and the lists stay stored in the image; refresh and install in one RUN' }],
      output: 'FROM alpine\nRUN apk update && \\\n    # tools\n    apk add git\nLABEL a=b\n',
    },
    {
      name: 'no fix when an ENV stands between, or nothing installs afterwards',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update
        ENV DEBIAN_FRONTEND=noninteractive
        RUN apt-get install -y curl
        RUN dnf makecache
      `,
      findings: [
        { line: 2, message: '`apt-get update` at line 2 installs nothing in its RUN: its cached layer serves stale package lists to later installs, and the lists stay stored in the image; refresh and install in one RUN', noFix: 'no RUN that installs packages follows with only metadata (LABEL, EXPOSE, …) between' },
        { line: 5, column: 5, message: '`dnf makecache` at line 5 installs nothing in its RUN: its cached layer serves stale package lists to later installs, and the lists stay stored in the image; refresh and install in one RUN', noFix: 'no RUN that installs packages follows with only metadata (LABEL, EXPOSE, …) between' },
      ],
    },
    {
      name: "an option's value is not read as the subcommand; dnf5 is a manager too",
      code: 'FROM debian:bookworm\nRUN apt-get --host-architecture arm64 update\nFROM fedora:41\nRUN dnf5 -y makecache\n',
      findings: [
        { line: 2, message: '`apt-get update` at line 2 installs nothing in its RUN: its cached layer serves stale package lists to later installs, and the lists stay stored in the image; refresh and install in one RUN', noFix: 'no RUN that installs packages follows with only metadata (LABEL, EXPOSE, …) between' },
        { line: 4, message: '`dnf5 makecache` at line 4 installs nothing in its RUN: its cached layer serves stale package lists to later installs, and the lists stay stored in the image; refresh and install in one RUN', noFix: 'no RUN that installs packages follows with only metadata (LABEL, EXPOSE, …) between' },
      ],
    },
    {
      name: 'the message names the line of the refresh, not of its RUN (longhorn); a helper install in the next RUN',
      code: dockerfile`
        FROM opensuse/leap:15.6
        RUN for i in 1 2 3; do \
                zypper --gpg-auto-import-keys ref && break || sleep 1; \
            done
        RUN zypper -n install git
        FROM debian:bookworm
        RUN apt-get update
        RUN xargs -r apt-get install -y < /deps.txt
      `,
      findings: [
        { line: 3, column: 9, message: '`zypper ref` at line 3 installs nothing in its RUN: its cached layer serves stale package lists to the install at line 5, and the lists stay stored in the image; refresh and install in one RUN' },
        { line: 7, message: '`apt-get update` at line 7 installs nothing in its RUN: its cached layer serves stale package lists to the install at line 8, and the lists stay stored in the image; refresh and install in one RUN' },
      ],
      output:
        'FROM opensuse/leap:15.6\nRUN for i in 1 2 3; do \\\n        zypper --gpg-auto-import-keys ref && break || sleep 1; \\\n    done && \\\n        zypper -n install git\n' +
        'FROM debian:bookworm\nRUN apt-get update && \\\n        xargs -r apt-get install -y < /deps.txt\n',
    },
    {
      name: 'a refresh with other work but no install',
      code: 'FROM debian:bookworm\nRUN mkdir /x && apt-get update\nRUN apt-get install -y curl\n',
      findings: [{ line: 2, column: 17, message: '`apt-get update` at line 2 installs nothing in its RUN: its cached layer serves stale package lists to the install at line 3, and the lists stay stored in the image; refresh and install in one RUN' }],
      output: 'FROM debian:bookworm\nRUN mkdir /x && apt-get update && \\\n    apt-get install -y curl\n',
    },
  ],
} satisfies RuleFixtures;
