import { BOOKWORM_SOURCE } from '../../packages/core/src/package-index/test-apt-fixture';
import { dockerfile, type InvalidCase, type ValidCase } from '../harness';

// With a resolved Debian base and the committed bookworm index as apt's knowledge (issue 16): the lists' figure, estimated.

export const aptValid: ValidCase[] = [
  {
    name: 'with package indexes: lists deleted in the same RUN',
    code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    apt: true,
  },
];

export const aptInvalid: InvalidCase[] = [
  {
    name: 'with package indexes: the lists a separate update leaves, estimated',
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
          '`apt-get update` at line 2 leaves ≈ 18.1 MiB of apt package lists (/var/lib/apt/lists) in its layer, and the delete at line 3 does not shrink that layer; in the same RUN, use `rm -rf /var/lib/apt/lists/*`',
        wastedBytes: { value: 151_075 + 18_840_233, estimate: 'estimated', source: BOOKWORM_SOURCE },
        noFix: 'a later RUN runs apt and may need the cache',
      },
    ],
  },
];
