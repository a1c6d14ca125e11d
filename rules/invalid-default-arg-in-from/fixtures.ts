import { type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, invalid-default-arg-in-from.md: "Good: include a default for the ARG"
    'ARG TAG=latest\nFROM busybox:${TAG}\n',
    // BuildKit docs, invalid-default-arg-in-from.md: "Good: ARG can be empty if the image would be valid with it empty"
    'ARG VARIANT\nFROM busybox:stable${VARIANT}\n',
    // BuildKit docs, invalid-default-arg-in-from.md: "Good: Use a default value if the build arg is not present"
    'ARG TAG\nFROM alpine:${TAG:-3.14}\n',
    { name: 'defaults made from other defaults', code: 'ARG REGISTRY=quay.io\nARG OWNER=jupyter\nARG BASE=$REGISTRY/$OWNER/scipy-notebook\nFROM $BASE\n' },
    { name: 'a default BuildKit cannot expand: it skips the check', code: 'ARG VARIANT=${templateOption:imageVariant}\nFROM node:${VARIANT}\n' },
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
      name: 'a default made from an ARG without one',
      code: 'ARG PROJECT_ID\nARG BASE_IMAGE=gcr.io/${PROJECT_ID}/mvn:3.3.9\nFROM ${BASE_IMAGE}\n',
      findings: [{ line: 3, message: 'FROM ${BASE_IMAGE} is "gcr.io//mvn:3.3.9", not a valid image name when no --build-arg is given: give ARG PROJECT_ID a default before the first FROM, or write a fallback (${PROJECT_ID:-…})' }],
    },
    {
      name: 'an empty name',
      code: 'ARG BASE\nFROM ${BASE}\n',
      findings: [{ line: 2, message: 'FROM ${BASE} is an empty name when no --build-arg is given: give ARG BASE a default before the first FROM, or write a fallback (${BASE:-…})' }],
    },
  ],
} satisfies RuleFixtures;
