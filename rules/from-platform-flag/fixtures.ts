import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, from-platform-flag-const-disallowed.md: "Good: using the default platform"
    'FROM alpine AS base\nRUN apk add --no-cache git\n',
    // BuildKit docs, from-platform-flag-const-disallowed.md: "Good: using a meta variable"
    'FROM --platform=${BUILDPLATFORM} alpine AS base\nRUN apk add --no-cache git\n',
    { name: 'quoted and defaulted build platform', code: 'FROM --platform="${BUILDPLATFORM:-}" debian:jessie\n' },
    { name: '$TARGETPLATFORM is redundant-target-platform\'s', code: 'FROM --platform=$TARGETPLATFORM debian:jessie\n' },
  ],
  invalid: [
    {
      // BuildKit docs, from-platform-flag-const-disallowed.md: "Bad: using a constant argument for --platform"
      name: 'BuildKit docs example',
      code: 'FROM --platform=linux/amd64 alpine AS base\nRUN apk add --no-cache git\n',
      findings: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 28,
          message: 'FROM --platform=linux/amd64 pins the stage to one platform, so the image cannot be built for others: drop it and pass docker build --platform, or use $BUILDPLATFORM',
        },
      ],
    },
    {
      // BuildKit docs, from-platform-flag-const-disallowed.md: "Good: used in a multi-stage build with a target architecture" (good for BuildKit; hadolint's DL3029 still reports it)
      name: 'a stage named for its platform is only DL3029',
      code: dockerfile`
        FROM --platform=linux/amd64 alpine AS build_amd64
        FROM --platform=linux/arm64 alpine AS build_arm64
        FROM build_${'${TARGETARCH}'} AS build
        FROM --platform=$TARGETARCH alpine AS other
      `,
      findings: [
        { line: 1, message: "FROM --platform=linux/amd64 chooses the base image's platform in the Dockerfile: drop it (docker build --platform sets it) or use $BUILDPLATFORM / $TARGETPLATFORM" },
        { line: 2, message: "FROM --platform=linux/arm64 chooses the base image's platform in the Dockerfile: drop it (docker build --platform sets it) or use $BUILDPLATFORM / $TARGETPLATFORM" },
        { line: 4, message: "FROM --platform=$TARGETARCH chooses the base image's platform in the Dockerfile: drop it (docker build --platform sets it) or use $BUILDPLATFORM / $TARGETPLATFORM" },
      ],
    },
  ],
} satisfies RuleFixtures;
