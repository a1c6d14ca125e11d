import { dockerfile, type RuleFixtures } from '../harness';

const FIRST = "is relative and no WORKDIR comes before it: it resolves against the base image's working directory, which can change upstream; use an absolute path";

export default {
  valid: [
    // BuildKit's docs, WorkdirRelativePath (docs/rules/workdir-relative-path.md), the good example
    'FROM nginx AS web\nWORKDIR /usr/share/nginx/html\nCOPY public .\n',
    { name: 'a variable, as hadolint reads it (DL3000Spec)', code: 'FROM scratch\nWORKDIR ${work}\nWORKDIR "${dir}"\n' },
    { name: 'quoted absolute paths', code: 'FROM scratch\nWORKDIR \'/usr/local\'\nWORKDIR "/usr/local"\n' },
    { name: 'Windows drives, the quoted one ending in the escape char too', code: 'FROM scratch\nWORKDIR C:/\nWORKDIR "C:/"\nWORKDIR \'C:\\\'\nWORKDIR "C:\\"\n' },
    { name: 'the word in a RUN is not the instruction', code: 'FROM alpine\nRUN echo WORKDIR app\n' },
  ],
  invalid: [
    {
      // BuildKit's docs, WorkdirRelativePath: the bad example
      name: 'the first WORKDIR of the stage is relative: both codes',
      code: dockerfile`
        FROM nginx AS web
        WORKDIR usr/share/nginx/html
        COPY public .
      `,
      findings: [{ line: 2, column: 9, endLine: 2, endColumn: 29, severity: 'error', message: `WORKDIR \`usr/share/nginx/html\` ${FIRST}` }],
    },
    {
      name: 'quoted relative paths (DL3000Spec)',
      code: "FROM scratch\nWORKDIR 'relative/dir'\nWORKDIR \"relative/dir\"\n",
      findings: [
        { line: 2, column: 9, message: `WORKDIR \`relative/dir\` ${FIRST}` },
        { line: 3, column: 9, message: 'WORKDIR `relative/dir` is relative to the WORKDIR before it: write the absolute path so it reads on its own' },
      ],
    },
    {
      name: 'after an absolute WORKDIR the path is known: written out, also through FROM <stage>',
      code: dockerfile`
        FROM golang:1.22 AS build
        WORKDIR /src
        WORKDIR app/../cmd
        FROM build
        WORKDIR tool
      `,
      findings: [
        { line: 3, column: 9, endColumn: 19, message: 'WORKDIR `app/../cmd` is relative to `/src`: write the absolute path `/src/cmd` so it reads on its own' },
        { line: 5, column: 9, message: 'WORKDIR `tool` is relative to `/src/cmd`: write the absolute path `/src/cmd/tool` so it reads on its own' },
      ],
      output: dockerfile`
        FROM golang:1.22 AS build
        WORKDIR /src
        WORKDIR /src/cmd
        FROM build
        WORKDIR /src/cmd/tool
      `,
    },
    {
      name: 'after a WORKDIR with a variable the path is not known: no fix',
      code: 'FROM alpine\nWORKDIR $HOME/app\nWORKDIR src\n',
      findings: [{ line: 3, column: 9, message: 'WORKDIR `src` is relative to the WORKDIR before it: write the absolute path so it reads on its own' }],
    },
    {
      name: 'each stage starts over; ONBUILD WORKDIR is left alone (it runs in another build)',
      code: 'FROM alpine AS a\nWORKDIR /a\nFROM alpine\nONBUILD WORKDIR x\nWORKDIR b\n',
      findings: [{ line: 5, column: 9, message: `WORKDIR \`b\` ${FIRST}` }],
    },
  ],
} satisfies RuleFixtures;
