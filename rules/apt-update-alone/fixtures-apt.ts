import { dockerfile, type InvalidCase, type ValidCase } from '../harness';

// With a resolved Debian base and the committed bookworm index as apt's knowledge (issue 16): the lists' figure, estimated.

export const aptValid: ValidCase[] = [
  {
    name: 'with package indexes: refresh and install in one RUN',
    code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    apt: true,
  },
];

export const aptInvalid: InvalidCase[] = [
  {
    name: 'with package indexes: the lists it leaves, estimated',
    code: dockerfile`
      FROM debian:bookworm
      RUN apt-get update
      RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    `,
    apt: true,
    findings: [
      {
        line: 2,
        message:
          '`apt-get update` at line 2 installs nothing in its RUN: its cached layer serves stale package lists to the install at line 3, and the lists (≈ 18.1 MiB) stay stored in the image; refresh and install in one RUN',
      },
    ],
    output: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && \
          apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
    `,
  },
];
