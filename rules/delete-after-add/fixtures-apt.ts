import { BOOKWORM_SOURCE } from '../../packages/core/src/package-index/test-apt-fixture';
import { dockerfile, type InvalidCase, type ValidCase } from '../harness';

// With a resolved Debian base and the committed bookworm index as apt's knowledge (issue 16): a purge of what an earlier RUN installed.

export const aptValid: ValidCase[] = [
  {
    name: 'with package indexes: a second install rewrites apt and dpkg state (consecutive-run says what a merge saves)',
    code: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
      RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
    `,
    apt: true,
  },
  {
    name: 'with package indexes: installed and purged in the same RUN',
    code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && apt-get purge -y --auto-remove gcc && rm -rf /var/lib/apt/lists/*\n',
    apt: true,
  },
];

export const aptInvalid: InvalidCase[] = [
  {
    name: 'with package indexes: install then purge --auto-remove in a later RUN',
    code: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
      RUN apt-get purge -y --auto-remove gcc libc6-dev
    `,
    apt: true,
    findings: [
      {
        line: 3,
        message:
          'the files of 41 packages: gcc-12 (≈ 66.8 MiB), cpp-12 (≈ 33.2 MiB), binutils-common (≈ 14.7 MiB) and 38 more, installed at line 2 are removed by apt-get at line 3: ≈ 201.3 MiB wasted',
        wastedBytes: { value: 211_064_583, estimate: 'estimated', source: BOOKWORM_SOURCE },
        noFix: 'a removal of what an earlier RUN installed: install, use and remove the packages in one RUN',
      },
    ],
  },
  {
    name: 'with package indexes: remove, then autoremove what nothing needs',
    code: dockerfile`
      FROM debian:bookworm
      RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
      RUN apt-get remove -y curl && apt-get autoremove -y
    `,
    apt: true,
    findings: [
      {
        line: 3,
        column: 5,
        message: 'the files of package curl (≈ 499.5 KiB) installed at line 2 are removed by apt-get at line 3: ≈ 499.5 KiB wasted',
        wastedBytes: { value: 511_538, estimate: 'estimated', source: BOOKWORM_SOURCE },
      },
      {
        line: 3,
        column: 31,
        message:
          'the files of 15 packages: libssl3 (≈ 5.9 MiB), libkrb5-3 (≈ 1.1 MiB), libcurl4 (≈ 851.6 KiB) and 12 more, installed at line 2 are removed by apt-get at line 3: ≈ 11.1 MiB wasted',
        wastedBytes: { value: 11_648_871, estimate: 'estimated', source: BOOKWORM_SOURCE },
      },
    ],
  },
];
