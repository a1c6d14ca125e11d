import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit's doc page (invalid-definition-description.md), good: an empty line separating non-descriptive comments
    {
      name: 'BuildKit doc: empty lines between the comments and the instructions',
      code: dockerfile`
        # a non-descriptive comment

        FROM scratch AS base

        # another non-descriptive comment

        ARG VERSION=1
      `,
    },
    // BuildKit's doc page, good: comments describing ARG keys and stages immediately preceding the command
    {
      name: 'BuildKit doc: descriptions that start with the name',
      code: dockerfile`
        # base is a stage for compiling source
        FROM scratch AS base
        # VERSION This is the version number.
        ARG VERSION=1
      `,
    },
    { name: 'an unnamed stage, other instructions, an empty # line', code: '# the base\nFROM scratch\n# copy it\nCOPY a /\n# notes\n#\nARG bit=bat\n' },
    { name: 'parser and lint directives are no descriptions', code: '# syntax=docker/dockerfile:1\nARG A=1\nFROM scratch\n# hadolint ignore=DL3006\nARG B\n# check=skip=UndefinedVar\nARG C\n' },
    { name: 'one of several ARG keys', code: 'FROM scratch\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n' },
  ],
  invalid: [
    {
      // BuildKit's doc page (invalid-definition-description.md), bad: a non-descriptive comment on the line preceding FROM (and ARG)
      name: 'BuildKit doc: non-descriptive comments right above FROM and ARG',
      code: dockerfile`
        # a non-descriptive comment
        FROM scratch AS base

        # another non-descriptive comment
        ARG VERSION=1
      `,
      findings: [
        { line: 1, column: 1, endColumn: 28, severity: 'info', message: 'this comment reads as the description of stage `base` but does not start with its name: write `# base <description>`, or put an empty line between them' },
        { line: 4, message: 'this comment reads as the description of ARG `VERSION` but does not start with its name: write `# VERSION <description>`, or put an empty line between them' },
      ],
    },
    {
      // BuildKit's integration test (dockerfile_check_test.go): stage names compare lower-cased, several keys
      name: 'a stage name in other case; several ARG keys',
      code: '# BasE this is the BasE image\nFROM scratch AS BASE\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n',
      findings: [
        { line: 1, message: 'this comment reads as the description of stage `base` but does not start with its name: write `# base <description>`, or put an empty line between them' },
        { line: 3, message: 'this comment reads as the description of these ARGs but does not start with one of their names: write `# <arg_key> <description>`, or put an empty line between them' },
      ],
    },
  ],
} satisfies RuleFixtures;
