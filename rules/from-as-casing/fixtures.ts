import { type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, from-as-casing.md: "Good: FROM and AS are both uppercase"
    'FROM debian:latest AS deb-builder\n',
    // BuildKit docs, from-as-casing.md: "Good: FROM and AS are both lowercase."
    'from debian:latest as deb-builder\n',
    { name: 'a FROM in mixed case is not judged here', code: 'From debian:12 as builder\n' },
  ],
  invalid: [
    {
      // BuildKit docs, from-as-casing.md: "Bad: FROM is uppercase, AS is lowercase."
      name: 'BuildKit docs example',
      code: 'FROM debian:latest as builder\n',
      findings: [{ line: 1, column: 20, endLine: 1, endColumn: 22, message: "'as' does not match the case of 'FROM': write 'AS'" }],
      output: 'FROM debian:latest AS builder\n',
    },
    {
      name: 'lower-case from, and a mixed-case As',
      code: 'from debian:12 AS builder\nFROM debian:12 As other\n',
      findings: [
        { line: 1, column: 16, message: "'AS' does not match the case of 'from': write 'as'" },
        { line: 2, column: 16, message: "'As' does not match the case of 'FROM': write 'AS'" },
      ],
      output: 'from debian:12 as builder\nFROM debian:12 AS other\n',
    },
  ],
} satisfies RuleFixtures;
