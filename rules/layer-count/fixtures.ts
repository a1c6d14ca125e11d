import { dockerfile, type RuleFixtures } from '../harness';

const runs = (count: number) => 'FROM busybox\n' + 'RUN true\n'.repeat(count);

export default {
  valid: [
    { name: '99 layers', code: runs(99) },
    { name: 'under a configured maximum', code: runs(4), options: { max: 5 } },
    {
      name: 'metadata instructions make no layers',
      code: 'FROM busybox\nENV A=1\nLABEL a=b\nWORKDIR /app\nRUN true\n',
      options: { max: 2 },
    },
  ],
  invalid: [
    {
      name: '100 layers',
      code: runs(100),
      findings: [
        {
          line: 1,
          column: 1,
          message: 'stage 0 makes 100 layers: at most 100 recommended; overlay storage fails at about 127, base image layers included',
          severity: 'warning',
        },
      ],
    },
    {
      name: '127 layers is an error',
      code: runs(127),
      findings: [
        {
          line: 1,
          message: "stage 0 makes 127 layers: overlay storage fails at about 127 layers, the base image's own included",
          severity: 'error',
        },
      ],
    },
    {
      name: 'a configured maximum, counting COPY and ADD too',
      code: 'FROM busybox AS app\nCOPY a /a\nADD b /b\nRUN true\n',
      options: { max: 3 },
      findings: [{ line: 1, message: 'stage app makes 3 layers: at most 3 recommended; overlay storage fails at about 127, base image layers included' }],
    },
    {
      name: 'layers inherited through FROM <stage> count',
      code: dockerfile`
        FROM busybox AS base
        RUN a
        RUN b
        FROM base
        RUN c
        RUN d
      `,
      options: { max: 3 },
      findings: [{ line: 4, message: 'stage 1 makes 4 layers (2 of them from the stages it is built on): at most 3 recommended; overlay storage fails at about 127, base image layers included' }],
    },
  ],
} satisfies RuleFixtures;
