import { type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit docs, reserved-stage-name.md: "Good: the stage name builder is not reserved."
    'FROM alpine AS builder\n',
    { name: 'scratch as the base is fine', code: 'FROM scratch AS empty\n' },
  ],
  invalid: [
    {
      // BuildKit docs, reserved-stage-name.md: "Bad: scratch and context are reserved names."
      name: 'BuildKit docs example',
      code: 'FROM alpine AS scratch\nFROM alpine AS context\n',
      findings: [
        { line: 1, column: 16, endLine: 1, endColumn: 23, message: 'stage name "scratch" is a reserved word (FROM scratch means the empty image): choose another name' },
        { line: 2, column: 16, message: 'stage name "context" is a reserved word ("context" names the build context in COPY --from and --build-context): choose another name' },
      ],
    },
    {
      name: 'in any case',
      code: 'FROM foo:bar AS Scratch\n',
      findings: [{ line: 1, message: 'stage name "Scratch" is a reserved word (FROM scratch means the empty image): choose another name' }],
    },
  ],
} satisfies RuleFixtures;
