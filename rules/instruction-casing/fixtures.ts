import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit's doc page (consistent-instruction-casing.md), good: all uppercase
    {
      name: 'BuildKit doc: all uppercase',
      code: dockerfile`
        FROM alpine
        RUN echo hello > /greeting.txt
        ENTRYPOINT ["cat", "/greeting.txt"]
      `,
    },
    // BuildKit's doc page, good: all lowercase
    {
      name: 'BuildKit doc: all lowercase',
      code: dockerfile`
        from alpine
        run echo hello > /greeting.txt
        entrypoint ["cat", "/greeting.txt"]
      `,
    },
    { name: 'an ONBUILD trigger is part of its instruction', code: 'FROM alpine\nONBUILD run make\n' },
  ],
  invalid: [
    {
      // BuildKit's doc page (consistent-instruction-casing.md), bad: don't mix uppercase and lowercase
      name: 'BuildKit doc: mixed casing',
      code: dockerfile`
        From alpine
        Run echo hello > /greeting.txt
        EntRYpOiNT ["cat", "/greeting.txt"]
      `,
      findings: [
        { line: 1, column: 1, endColumn: 5, message: "`From` mixes upper and lower case: write `FROM`; most of this file's instructions are upper case" },
        { line: 2, column: 1, message: "`Run` mixes upper and lower case: write `RUN`; most of this file's instructions are upper case" },
        { line: 3, column: 1, endColumn: 11, message: "`EntRYpOiNT` mixes upper and lower case: write `ENTRYPOINT`; most of this file's instructions are upper case" },
      ],
      output: 'FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n',
    },
    {
      // the vote counts a word as the message's case mappings see it: `ſ` upper-cases to `S`, so
      // `ſHELL` is neither its lower nor its upper case (counting only ASCII letters would call it upper case)
      name: 'a keyword with a letter outside ASCII is cased as its case mappings say',
      code: 'FROM alpine\nſHELL ["/bin/sh", "-c"]\nRUN true\n',
      findings: [{ line: 2, message: "`ſHELL` mixes upper and lower case: write `SHELL`; most of this file's instructions are upper case" }],
      output: 'FROM alpine\nSHELL ["/bin/sh", "-c"]\nRUN true\n',
    },
    {
      name: 'the majority is lower case',
      code: 'from alpine\nrun make\nCOPY . /app\ncmd ["app"]\n',
      findings: [{ line: 3, message: "`COPY` is cased unlike the others: write `copy`; most of this file's instructions are lower case" }],
      output: 'from alpine\nrun make\ncopy . /app\ncmd ["app"]\n',
    },
    {
      name: 'a tie goes to upper case',
      code: 'FROM alpine\nrun make\n',
      findings: [{ line: 2, message: '`run` is cased unlike the others: write `RUN`; upper case wins when the file is split evenly' }],
      output: 'FROM alpine\nRUN make\n',
    },
  ],
} satisfies RuleFixtures;
