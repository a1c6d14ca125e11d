import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nRUN wget --progress=dot:giga https://example.com/a.tar.gz\n',
    'FROM debian:bookworm\nRUN wget -q https://example.com/a.tar.gz && wget -qO- https://example.com/b | sh\n',
    'FROM debian:bookworm\nRUN wget -nv https://example.com/a && wget --no-verbose https://example.com/b\n',
    'FROM debian:bookworm\nRUN wget -o /tmp/wget.log https://example.com/a && wget --append-output=/tmp/w.log https://example.com/b\n',
    'FROM debian:bookworm\nRUN wget --progress bar:force https://example.com/a\n',
    { name: 'wget as an argument does not run', code: 'FROM debian:bookworm\nRUN apt-get install -y wget\n' },
  ],
  invalid: [
    {
      name: 'wget without a progress option',
      code: dockerfile`
        FROM debian:bookworm
        RUN wget -O /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz
      `,
      findings: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 9,
          message:
            '`wget` without `--progress`, `-nv` or `-q` writes its progress display into the build log (GNU wget: a line of dots per 50 KiB): use `wget --progress=dot:giga`, or `-nv` (`-q` hides errors too)',
        },
      ],
    },
    {
      name: 'one finding per RUN',
      code: 'FROM debian:bookworm\nRUN wget -O q https://example.com/a && \\\n    wget -c https://example.com/b\n',
      findings: [
        {
          line: 2,
          column: 5,
          message:
            '`wget` (2 commands) without `--progress`, `-nv` or `-q` writes its progress display into the build log (GNU wget: a line of dots per 50 KiB): use `wget --progress=dot:giga`, or `-nv` (`-q` hides errors too)',
        },
      ],
    },
    {
      name: 'inside ONBUILD',
      code: 'FROM debian:bookworm\nONBUILD RUN wget https://example.com/a\n',
      findings: [
        {
          line: 2,
          column: 13,
          message:
            '`wget` without `--progress`, `-nv` or `-q` writes its progress display into the build log (GNU wget: a line of dots per 50 KiB): use `wget --progress=dot:giga`, or `-nv` (`-q` hides errors too)',
        },
      ],
    },
  ],
} satisfies RuleFixtures;
