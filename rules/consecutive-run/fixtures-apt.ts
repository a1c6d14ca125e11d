import { BOOKWORM_SOURCE } from '../../packages/core/src/package-index/test-apt-fixture';
import { dockerfile, type InvalidCase, type ValidCase } from '../harness';

// With a resolved Debian base and the committed bookworm index as apt's knowledge (issue 16): what a merge saves, estimated.

export const aptValid: ValidCase[] = [
  {
    name: 'with package indexes: one install RUN',
    code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl git && rm -rf /var/lib/apt/lists/*\n',
    apt: true,
  },
];

export const aptInvalid: InvalidCase[] = [
  {
    name: 'with package indexes: two install RUNs, the second re-storing dpkg and debconf state',
    code: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
      RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
    `,
    apt: true,
    findings: [
      {
        line: 2,
        message: '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer, saves ≈ 945.1 KiB',
        wastedBytes: { value: 967_830, estimate: 'estimated', source: BOOKWORM_SOURCE },
      },
    ],
    output: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* && \
          apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
    `,
  },
  {
    name: 'with package indexes: install then purge in a later RUN',
    code: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
      RUN apt-get purge -y --auto-remove gcc libc6-dev
    `,
    apt: true,
    findings: [
      {
        line: 2,
        message: '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer, saves ≈ 202.3 MiB',
        wastedBytes: { value: 212_092_740, estimate: 'estimated', source: BOOKWORM_SOURCE },
      },
    ],
    output: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/* && \
          apt-get purge -y --auto-remove gcc libc6-dev
    `,
  },
];
