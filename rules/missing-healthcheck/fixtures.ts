import { dockerfile, type RuleFixtures } from '../harness';

const MISSING = 'the image has no HEALTHCHECK: add `HEALTHCHECK CMD <command>` so Docker can tell a hung container from a healthy one, or `HEALTHCHECK NONE` to say so on purpose';

export default {
  valid: [
    { name: 'HEALTHCHECK NONE says it on purpose (DL3057Spec)', code: 'FROM scratch\nHEALTHCHECK NONE\n' },
    { name: 'a HEALTHCHECK (DL3057Spec)', code: 'FROM scratch\nHEALTHCHECK CMD /bin/bla\n' },
    { name: 'set in the stage the image is built on (DL3057Spec)', code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base\n' },
    { name: 'through several stages (DL3057Spec)', code: 'FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\nHEALTHCHECK NONE\n' },
    {
      name: 'a builder stage needs none',
      code: dockerfile`
        FROM golang:1.22 AS build
        RUN go build -o /app .
        FROM gcr.io/distroless/static
        COPY --from=build /app /app
        HEALTHCHECK CMD ["/app", "-health"]
      `,
    },
  ],
  invalid: [
    {
      name: 'no HEALTHCHECK (DL3057Spec)',
      code: 'FROM scratch\n',
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 13, severity: 'info', message: MISSING }],
    },
    {
      name: 'only a stage the image is not built on has one (DL3057Spec)',
      code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\n',
      findings: [{ line: 3, column: 1, message: MISSING }],
    },
    {
      name: 'a sibling branch has one, the image does not (DL3057Spec)',
      code: 'FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3.1\nFROM base2 AS base3.2\n\nFROM base3.1 AS end1\nHEALTHCHECK NONE\n\nFROM base3.2 AS end2\n',
      findings: [{ line: 9, column: 1, message: MISSING }],
    },
    {
      name: 'ONBUILD HEALTHCHECK is for another image',
      code: 'FROM nginx:1.27\nONBUILD HEALTHCHECK CMD curl -f http://localhost/\n',
      findings: [{ line: 1, column: 1, message: MISSING }],
    },
  ],
} satisfies RuleFixtures;
