import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, stage-name-casing.md: "Good: stage name is all in lowercase."
    'FROM alpine AS builder-base\n',
    { name: 'references in other case to a lower-case name are fine', code: 'FROM alpine AS base\nFROM BASE\n' },
  ],
  invalid: [
    {
      // BuildKit docs, stage-name-casing.md: "Bad: mixing uppercase and lowercase characters in the stage name."
      name: 'BuildKit docs example',
      code: 'FROM alpine AS BuilderBase\n',
      findings: [{ line: 1, column: 16, endLine: 1, endColumn: 27, message: 'stage name "BuilderBase" has upper-case letters: write it "builderbase"' }],
      output: 'FROM alpine AS builderbase\n',
    },
    {
      name: 'every reference is lower-cased too',
      code: dockerfile`
        FROM golang:1.22 AS Build
        RUN go build -o /out/app .
        FROM Build AS Test
        RUN --mount=type=bind,from=Build,source=/out,target=/out /out/app -test
        FROM alpine:3.20
        COPY --from=BUILD /out/app /app
        COPY --from=other:1.0 /x /x
      `,
      findings: [
        { line: 1, column: 21, message: 'stage name "Build" has upper-case letters: write it "build", as the fix does here and where it is referenced' },
        { line: 3, column: 15, message: 'stage name "Test" has upper-case letters: write it "test"' },
      ],
      output: dockerfile`
        FROM golang:1.22 AS build
        RUN go build -o /out/app .
        FROM build AS test
        RUN --mount=type=bind,from=build,source=/out,target=/out /out/app -test
        FROM alpine:3.20
        COPY --from=build /out/app /app
        COPY --from=other:1.0 /x /x
      `,
    },
  ],
} satisfies RuleFixtures;
