import { type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM alpine\nENV BLA=blubb\nENV BLUBB="${BLA}/blubb"\n',
    { name: 'a pair may refer to its own old value', code: 'FROM alpine\nENV PATH=/opt/bin:${PATH}\n' },
    { name: 'a name defined by an earlier ARG', code: 'FROM alpine\nARG BLA\nENV BLA=x BLUBB=${BLA}\n' },
    { name: 'longer names that start with the same letters', code: 'FROM alpine\nENV BLA=blubb BLUBB="$BLAFOO/${FOOBLA}"\n' },
    { name: 'escaped and single-quoted dollars are not references', code: "FROM alpine\nENV A=1 B=\\$A C='$A'\n" },
  ],
  invalid: [
    {
      name: 'a later pair refers to an earlier one',
      code: 'FROM alpine\nENV APP_HOME=/app APP_BIN="$APP_HOME/bin"\n',
      findings: [
        {
          line: 2,
          column: 28,
          endColumn: 37,
          severity: 'error',
          message: 'ENV refers to $APP_HOME, which the same ENV sets: the reference reads the value from before this ENV; set it in an ENV of its own first',
        },
      ],
    },
    {
      name: 'two names, braces and defaults, one finding',
      code: 'FROM alpine\nENV A=1 B=2 C=${A:-0}/${B}\n',
      findings: [{ line: 2, column: 15, message: 'ENV refers to $A, $B, which the same ENV sets: the reference reads the value from before this ENV; set them in an ENV of their own first' }],
    },
    {
      name: 'the same name set twice in one ENV',
      code: 'FROM alpine\nENV PATH=/a:${PATH} PATH=/b:${PATH}\n',
      findings: [{ line: 2, column: 13, message: 'ENV refers to $PATH, which the same ENV sets: the reference reads the value from before this ENV; set it in an ENV of its own first' }],
    },
  ],
} satisfies RuleFixtures;
