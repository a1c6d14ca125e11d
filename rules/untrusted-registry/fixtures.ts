import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    { name: 'no list: the rule checks nothing', code: 'FROM random.com/debian:12\n' },
    { name: 'a listed registry', code: 'FROM random.com/debian:12\n', options: { registries: ['x.com', 'random.com'] } },
    { name: 'scratch and stages', code: 'FROM random.com/foo:1 AS builder1\nFROM builder1 AS builder2\nFROM scratch\nCOPY --from=builder1 /a /a\nCOPY --from=0 /b /b\n', options: { registries: ['random.com'] } },
    { name: 'Docker Hub names, short and long', code: 'FROM ubuntu:18.04\nFROM zemanlx/ubuntu:18.04\nFROM docker.io/zemanlx/ubuntu:18.04\n', options: { registries: ['docker.io'] } },
    { name: 'wildcards', code: 'FROM foo.random.com/debian:12\nFROM registry.local:5000/app:1\n', options: { registries: ['*.random.com', 'registry.*'] } },
    { name: 'trusted COPY and mount sources', code: 'FROM scratch\nCOPY --from=trusted.com/repo/image:tag /foo /bar\nRUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar\n', options: { registries: ['trusted.com'] } },
  ],
  invalid: [
    {
      name: 'FROM from other registries, Docker Hub included',
      code: dockerfile`
        FROM ubuntu:18.04 AS builder1
        FROM zemanlx/ubuntu:18.04 AS builder2
        FROM docker.io/zemanlx/ubuntu:18.04 AS builder3
        FROM x.com/debian:12
      `,
      options: { registries: ['trusted.com', '*.random.com'] },
      findings: [
        { line: 1, column: 6, endColumn: 18, message: 'FROM ubuntu:18.04 pulls from docker.io, which is not a trusted registry (trusted.com and *.random.com)' },
        { line: 2, message: 'FROM zemanlx/ubuntu:18.04 pulls from docker.io, which is not a trusted registry (trusted.com and *.random.com)' },
        { line: 3, message: 'FROM docker.io/zemanlx/ubuntu:18.04 pulls from docker.io, which is not a trusted registry (trusted.com and *.random.com)' },
        { line: 4, message: 'FROM x.com/debian:12 pulls from x.com, which is not a trusted registry (trusted.com and *.random.com)' },
      ],
    },
    {
      name: 'COPY --from and RUN --mount from= an image',
      code: dockerfile`
        FROM trusted.com/base:1
        COPY --from=untrusted.com/repo/image:tag /foo /bar
        RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo --mount=type=cache,from=other.io/x:1,target=/y foobar
      `,
      options: { registries: ['trusted.com'] },
      findings: [
        { line: 2, column: 6, message: 'COPY --from pulls untrusted.com/repo/image:tag (from untrusted.com), not a trusted registry (trusted.com)' },
        { line: 3, column: 5, message: 'RUN --mount from= pulls untrusted.com/repo/image:tag (from untrusted.com) and other.io/x:1 (from other.io), not a trusted registry (trusted.com)' },
      ],
    },
  ],
} satisfies RuleFixtures;
