import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.2.3" maintainer=ops version=2\n',
    { name: 'legacy form with a valid key', code: 'FROM alpine:3.20\nLABEL description A small image\n' },
    { name: 'keys with digits and single separators', code: 'FROM alpine:3.20\nLABEL org.valid-key.label3="foo" a1=b\n' },
  ],
  invalid: [
    {
      name: 'upper case, underscore and a reserved namespace in one LABEL: one finding naming each',
      code: dockerfile`
        FROM debian:bookworm
        LABEL Version=1 build_date=2024 \
              com.docker.extension=x ok=y
      `,
      findings: [
        {
          line: 2,
          column: 7,
          endLine: 3,
          endColumn: 27,
          message:
            "invalid label keys 'Version' ('V' is not allowed), 'build_date' ('_' is not allowed), 'com.docker.extension' (the com.docker. namespace is reserved for Docker): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version",
        },
      ],
    },
    {
      name: 'first and last character, repeated separators',
      code: 'FROM alpine\nLABEL .hidden=1\nLABEL 1st=1\nLABEL end-=1\nLABEL a..b=1 c--d=2\n',
      findings: [
        { line: 2, column: 7, endColumn: 14, message: "invalid label key '.hidden' (it must start with a lower-case letter): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version" },
        { line: 3, column: 7, message: "invalid label key '1st' (it must start with a lower-case letter): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version" },
        { line: 4, column: 7, message: "invalid label key 'end-' (it must end with a lower-case letter or digit): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version" },
        {
          line: 5,
          column: 7,
          endColumn: 18,
          message: "invalid label keys 'a..b' ('..' repeats a separator), 'c--d' ('--' repeats a separator): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version",
        },
      ],
    },
    {
      name: 'quoted key, legacy form and ONBUILD LABEL',
      code: 'FROM alpine\nLABEL "io.docker.x"="y"\nLABEL Author Jane Doe\nONBUILD LABEL My.Label=1\n',
      findings: [
        { line: 2, column: 7, endColumn: 20, message: "invalid label key 'io.docker.x' (the io.docker. namespace is reserved for Docker): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version" },
        { line: 3, column: 7, endColumn: 13, message: "invalid label key 'Author' ('A' is not allowed): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version" },
        { line: 4, column: 15, endColumn: 23, message: "invalid label key 'My.Label' ('M', 'L' are not allowed): use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version" },
      ],
    },
  ],
} satisfies RuleFixtures;
