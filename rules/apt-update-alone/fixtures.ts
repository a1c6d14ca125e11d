import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM alpine:3.20\nRUN apk update && apk add curl\n',
    'FROM fedora:40\nRUN dnf makecache && dnf install -y git\n',
    { name: 'an upgrade is an install', code: 'FROM debian:bookworm\nRUN apt-get -o Acquire::Retries=3 update && apt-get -y dist-upgrade\n' },
    { name: 'apt-cache is not apt-get', code: 'FROM debian:bookworm\nRUN apt-cache update\n' },
    { name: 'yum installs from the index dnf makecache fetched', code: 'FROM fedora:40\nRUN dnf makecache && yum install -y git\n' },
  ],
  invalid: [
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
      name: 'a refresh with other work but no install',
      code: 'FROM debian:bookworm\nRUN mkdir /x && apt-get update\nRUN apt-get install -y curl\n',
      findings: [{ line: 2, column: 17, message: '`apt-get update` at line 2 installs nothing in its RUN: its cached layer serves stale package lists to the install at line 3, and the lists stay stored in the image; refresh and install in one RUN' }],
      output: 'FROM debian:bookworm\nRUN mkdir /x && apt-get update && \\\n    apt-get install -y curl\n',
    },
  ],
} satisfies RuleFixtures;
