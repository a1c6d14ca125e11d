import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    // BuildKit's docs, MultipleInstructionsDisallowed (docs/rules/multiple-instructions-disallowed.md): the good examples
    'FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!\\nHello, Sweden!"]\n',
    dockerfile`
      FROM python:alpine
      RUN apk add curl
      HEALTHCHECK --interval=1s --timeout=3s \
        CMD ["curl", "-f", "http://localhost:8080"]
      CMD ["python", "-m", "http.server", "8080"]
    `,
    { name: 'one of each per stage (DL3012Spec, DL4003Spec, DL4004Spec)', code: 'FROM debian AS distro1\nCMD bash\nENTRYPOINT bash\nHEALTHCHECK CMD /bin/bla1\nFROM debian AS distro2\nCMD another\nENTRYPOINT another\nHEALTHCHECK CMD /bin/bla2\n' },
    { name: 'a stage built on another sets its own', code: 'FROM debian AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\n' },
    { name: 'ONBUILD CMD runs in another build', code: 'FROM debian\nCMD ["a"]\nONBUILD CMD ["b"]\n' },
  ],
  invalid: [
    {
      // BuildKit's docs, MultipleInstructionsDisallowed: the bad example
      name: 'two ENTRYPOINTs: the first is reported',
      code: dockerfile`
        FROM alpine
        ENTRYPOINT ["echo", "Hello, Norway!"]
        ENTRYPOINT ["echo", "Hello, Sweden!"]
        # Only "Hello, Sweden!" will be printed
      `,
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 11, severity: 'error', message: 'the ENTRYPOINT at line 2 has no effect: the ENTRYPOINT at line 3 in the same stage replaces it; keep one' }],
    },
    {
      name: 'three CMDs, with other instructions between (DL4003Spec)',
      code: 'FROM debian\nCMD bash\nRUN foo\nCMD another\nCMD ["last"]\n',
      findings: [
        { line: 2, column: 1, severity: 'warning', message: 'the CMD at line 2 has no effect: the CMD at line 5 in the same stage replaces it; keep one' },
        { line: 4, column: 1, severity: 'warning', message: 'the CMD at line 4 has no effect: the CMD at line 5 in the same stage replaces it; keep one' },
      ],
    },
    {
      name: 'two HEALTHCHECKs, NONE counting as one (DL3012Spec)',
      code: 'FROM scratch\nHEALTHCHECK NONE\nhealthcheck CMD /bin/bla2\n',
      findings: [{ line: 2, column: 1, severity: 'error', message: 'the HEALTHCHECK at line 2 has no effect: the HEALTHCHECK at line 3 in the same stage replaces it; keep one' }],
    },
    {
      name: 'only the stage with two is reported (DL4004Spec)',
      code: 'FROM debian AS distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian AS distro2\nENTRYPOINT another\n',
      findings: [{ line: 2, column: 1, message: 'the ENTRYPOINT at line 2 has no effect: the ENTRYPOINT at line 4 in the same stage replaces it; keep one' }],
    },
  ],
} satisfies RuleFixtures;
