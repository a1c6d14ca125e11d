import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, duplicate-stage-name.md: "Good: stages have unique names."
    dockerfile`
      FROM debian:latest AS deb-builder
      RUN apt-get update; apt-get install -y curl

      FROM golang:latest AS go-builder
    `,
    { name: 'unnamed stages', code: 'FROM alpine:3.20\nFROM alpine:3.20\n' },
  ],
  invalid: [
    {
      // BuildKit docs, duplicate-stage-name.md: "Bad: builder is declared as a stage name twice."
      name: 'BuildKit docs example',
      code: dockerfile`
        FROM debian:latest AS builder
        RUN apt-get update; apt-get install -y curl

        FROM golang:latest AS builder
      `,
      findings: [{ line: 4, column: 23, endLine: 4, endColumn: 30, message: 'stage name "builder" is already the name of an earlier stage: stage names must be unique, rename one' }],
    },
    {
      name: 'names differing only in case are the same name',
      code: 'FROM node:20 AS foo\nFROM scratch AS FOO\nFROM scratch AS foo\n',
      findings: [
        { line: 2, message: 'stage name "FOO" is already the name of an earlier stage: stage names must be unique, rename one' },
        { line: 3, message: 'stage name "foo" is already the name of an earlier stage: stage names must be unique, rename one' },
      ],
    },
  ],
} satisfies RuleFixtures;
