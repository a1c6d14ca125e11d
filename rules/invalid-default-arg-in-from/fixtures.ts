import { type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, invalid-default-arg-in-from.md: "Good: include a default for the ARG"
    'ARG TAG=latest\nFROM busybox:${TAG}\n',
    // BuildKit docs, invalid-default-arg-in-from.md: "Good: ARG can be empty if the image would be valid with it empty"
    'ARG VARIANT\nFROM busybox:stable${VARIANT}\n',
    // BuildKit docs, invalid-default-arg-in-from.md: "Good: Use a default value if the build arg is not present"
    'ARG TAG\nFROM alpine:${TAG:-3.14}\n',
    { name: 'a stage picked by platform', code: 'FROM alpine:3.20 AS build_amd64\nFROM build_${TARGETARCH} AS build\n' },
  ],
  invalid: [
    {
      // BuildKit docs, invalid-default-arg-in-from.md: "Bad: don't rely on an ARG being set for an image reference to be valid"
      name: 'BuildKit docs example',
      code: 'ARG TAG\nFROM busybox:${TAG}\n',
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 20, message: 'FROM busybox:${TAG} is "busybox:", not a valid image name when no --build-arg is given: give ARG TAG a default before the first FROM, or write a fallback (${TAG:-…})' }],
    },
    {
      name: 'an empty name',
      code: 'ARG BASE\nFROM ${BASE}\n',
      findings: [{ line: 2, message: 'FROM ${BASE} is an empty name when no --build-arg is given: give ARG BASE a default before the first FROM, or write a fallback (${BASE:-…})' }],
    },
  ],
} satisfies RuleFixtures;
