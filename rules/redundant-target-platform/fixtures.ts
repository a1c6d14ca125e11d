import { type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, redundant-target-platform.md: "Good: omit the --platform argument."
    'FROM alpine AS builder\nRUN apk add --no-cache git\n',
    'FROM --platform=$BUILDPLATFORM alpine:3.20\n',
    { name: 'another variable or a constant', code: 'FROM --platform=$FOOBAR alpine:3.20\nFROM --platform=foobar/arm64 alpine:3.20\n' },
    { name: 'a global ARG gives TARGETPLATFORM a default', code: 'ARG TARGETPLATFORM=linux/arm64\nFROM --platform=$TARGETPLATFORM alpine:3.20\n' },
  ],
  invalid: [
    {
      // BuildKit docs, redundant-target-platform.md: "Bad: this usage of --platform is redundant since $TARGETPLATFORM is the default."
      name: 'BuildKit docs example',
      code: 'FROM --platform=$TARGETPLATFORM alpine AS builder\nRUN apk add --no-cache git\n',
      findings: [{ line: 1, column: 6, endLine: 1, endColumn: 32, message: '--platform=$TARGETPLATFORM is what FROM uses by default: remove the flag' }],
      output: 'FROM alpine AS builder\nRUN apk add --no-cache git\n',
    },
    {
      name: 'braced and quoted',
      code: 'FROM --platform="${TARGETPLATFORM}" alpine:3.20\n',
      findings: [{ line: 1, message: '--platform=${TARGETPLATFORM} is what FROM uses by default: remove the flag' }],
      output: 'FROM alpine:3.20\n',
    },
  ],
} satisfies RuleFixtures;
