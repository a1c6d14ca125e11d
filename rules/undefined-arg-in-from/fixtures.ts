import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, undefined-arg-in-from.md: "Good: the VARIANT build argument is defined."
    'ARG VARIANT="-alpine3.20"\nFROM node:22${VARIANT} AS jsbuilder\n',
    { name: 'declared without a default, and automatic platform ARGs', code: 'ARG TAG\nFROM --platform=$BUILDPLATFORM alpine:${TAG:-3.20}\nFROM build_${TARGETARCH}\n' },
    { name: 'a placeholder BuildKit cannot expand is not an ARG', code: 'FROM mcr.microsoft.com/devcontainers/cpp:2-${templateOption:imageVariant}\n' },
    { name: 'an ARG inside a stage does not reach FROM, but one before the first FROM does', code: 'ARG BASE=alpine:3.20\nFROM $BASE\nARG OTHER\nFROM ${BASE}\n' },
  ],
  invalid: [
    {
      // BuildKit docs, undefined-arg-in-from.md: "Bad: the VARIANT build argument is undefined."
      name: 'BuildKit docs example',
      code: 'FROM node:22${VARIANT} AS jsbuilder\n',
      findings: [{ line: 1, column: 6, endLine: 1, endColumn: 23, message: 'FROM uses $VARIANT, which no ARG before the first FROM declares: it is always empty; declare it with ARG before the first FROM' }],
    },
    {
      name: 'a misspelt automatic ARG and a misspelt declared one',
      code: dockerfile`
        ARG ALPINE_VERSION=3.20
        FROM --platform=$BUIDPLATFORM alpine:\${ALPINE_VERSON}
        FROM alpine:3.20
        ARG LATER=1
        FROM alpine:$LATER
      `.replace(/\\\$/g, '$'),
      findings: [
        { line: 2, column: 6, message: 'FROM uses $BUIDPLATFORM (did you mean $BUILDPLATFORM?) and $ALPINE_VERSON (did you mean $ALPINE_VERSION?), which no ARG before the first FROM declares: it is always empty; declare it with ARG before the first FROM' },
        { line: 5, message: 'FROM uses $LATER, which no ARG before the first FROM declares: it is always empty; declare it with ARG before the first FROM' },
      ],
    },
  ],
} satisfies RuleFixtures;
