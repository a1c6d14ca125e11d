import type { RuleFixtures } from '../harness';

const ONTO = (count: number, dest: string) => `COPY of ${count} sources to \`${dest}\`: without a trailing / BuildKit copies them onto \`${dest}\` one after another; write the directory as \`${dest}/\``;

export default {
  valid: [
    { name: 'one source (DL3021Spec)', code: 'FROM scratch\nCOPY foo bar\n' },
    { name: 'a trailing slash, quoted or not (DL3021Spec)', code: 'FROM scratch\nCOPY foo bar baz/\nCOPY foo bar "baz/"\n' },
    { name: '. and .. are directories', code: 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json .\nCOPY a b ..\nCOPY a b ./lib/..\n' },
    { name: 'ADD is not COPY (hadolint checks COPY only)', code: 'FROM scratch\nADD a b c\n' },
  ],
  invalid: [
    {
      name: 'two sources, no slash (DL3021Spec)',
      code: 'FROM scratch\nCOPY foo bar baz\n',
      findings: [{ line: 2, column: 14, endLine: 2, endColumn: 17, severity: 'error', message: ONTO(2, 'baz') }],
      output: 'FROM scratch\nCOPY foo bar baz/\n',
    },
    {
      name: 'a quoted destination: the slash goes inside the quotes (DL3021Spec)',
      code: 'FROM scratch\nCOPY foo bar "baz"\n',
      findings: [{ line: 2, column: 14, endColumn: 19, message: ONTO(2, 'baz') }],
      output: 'FROM scratch\nCOPY foo bar "baz/"\n',
    },
    {
      name: 'JSON form, --from and a heredoc source',
      code: 'FROM alpine\nCOPY ["a", "b", "/dest"]\nCOPY --from=build /a /b /out\nCOPY <<EOF conf /etc/app\nx=1\nEOF\n',
      findings: [
        { line: 2, column: 17, message: ONTO(2, '/dest') },
        { line: 3, column: 25, message: ONTO(2, '/out') },
        { line: 4, column: 17, message: ONTO(2, '/etc/app') },
      ],
      output: 'FROM alpine\nCOPY ["a", "b", "/dest/"]\nCOPY --from=build /a /b /out/\nCOPY <<EOF conf /etc/app/\nx=1\nEOF\n',
    },
    {
      name: 'a destination with an escape: no fix',
      code: 'FROM alpine\nCOPY a b my\\ dir\n',
      findings: [{ line: 2, column: 10, message: ONTO(2, 'my dir'), noFix: 'the destination is written with escapes' }],
    },
  ],
} satisfies RuleFixtures;
