import { dockerfile, type RuleFixtures } from '../harness';

const RELATIVE = (dest: string) => `COPY to relative \`${dest}\` with no WORKDIR in this stage: it lands under the base image's working directory, whatever that is; set WORKDIR first or use an absolute path`;

export default {
  valid: [
    { name: 'absolute destinations, quoted or not (DL3045Spec)', code: 'FROM scratch\nCOPY bla.sh /usr/local/bin/blubb.sh\nCOPY bla.sh "/usr/local/bin/blubb.sh"\n' },
    { name: 'Windows drives (DL3045Spec)', code: 'FROM scratch\nCOPY bla.sh c:\\system32\\blubb.sh\nCOPY bla.sh "d:\\mypath\\blubb.sh"\nCOPY bla.sh c:/system32/blubb.sh\n' },
    { name: 'a variable (DL3045Spec)', code: 'FROM scratch\nCOPY src.sh ${SRC_BASE_ENV}\nCOPY src.sh "$SRC_BASE_ENV"\n' },
    { name: 'after a WORKDIR (DL3045Spec)', code: 'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n' },
    {
      name: 'a WORKDIR in a stage it is built on (DL3045Spec)',
      code: dockerfile`
        FROM debian:buster AS base1
        WORKDIR /usr
        FROM base1 AS base2
        RUN foo
        FROM base2
        COPY foo bar
      `,
    },
    {
      name: 'a stage named through a global ARG, as BuildKit expands it',
      code: 'ARG VARIANT=alpine\nFROM golang:1.22-alpine AS build-alpine\nWORKDIR /go/src/app\nFROM build-${VARIANT} AS e2e\nCOPY --from=build-alpine /out ./build/\n',
    },
    { name: 'ONBUILD COPY runs in another build (DL3045Spec)', code: 'FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n' },
  ],
  invalid: [
    {
      name: 'no WORKDIR (DL3045Spec)',
      code: 'FROM scratch\nCOPY bla.sh blubb.sh\n',
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 21, severity: 'warning', message: RELATIVE('blubb.sh') }],
    },
    {
      name: 'quoted (DL3045Spec)',
      code: 'FROM scratch\nCOPY bla.sh "blubb.sh"\n',
      findings: [{ line: 2, column: 13, message: RELATIVE('blubb.sh') }],
    },
    {
      name: "another stage's WORKDIR does not count (DL3045Spec)",
      code: 'FROM debian:buster AS stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n',
      findings: [{ line: 4, column: 10, message: RELATIVE('bar') }],
    },
    {
      name: 'COPY . . and JSON form; a WORKDIR after it does not help',
      code: 'FROM node:20\nCOPY . .\nCOPY ["package.json", "app/"]\nWORKDIR /app\nCOPY x y\n',
      findings: [
        { line: 2, column: 8, message: RELATIVE('.') },
        { line: 3, column: 23, message: RELATIVE('app/') },
      ],
    },
  ],
} satisfies RuleFixtures;
