import type { RuleFixtures } from '../harness';

const MAPPED = (words: string, written: string) =>
  `EXPOSE ${words} names an IP address or host port: EXPOSE takes the container port only (publish with \`docker run -p\`); write ${written}`;

export default {
  valid: [
    // BuildKit's docs, ExposeInvalidFormat and ExposeProtoCasing (docs/rules/expose-invalid-format.md, expose-proto-casing.md): the good examples
    'FROM alpine\nEXPOSE 80\n',
    'FROM alpine\nEXPOSE 80/tcp\n',
    { name: 'in range, a range, udp and sctp (DL3011Spec)', code: 'FROM scratch\nEXPOSE 60000 40000-60000/tcp 53/udp 9/sctp\n' },
    { name: 'variables are expanded by the build, not judged here (DL3011Spec)', code: 'FROM scratch\nEXPOSE ${FOOBAR} 40000-${FOOBAR} $PORT:80\n' },
  ],
  invalid: [
    {
      // BuildKit's docs, ExposeInvalidFormat: the first bad example
      name: 'an IP address and host-port mapping',
      code: 'FROM alpine\nEXPOSE 127.0.0.1:80:80\n',
      findings: [{ line: 2, column: 8, endLine: 2, endColumn: 23, severity: 'warning', message: MAPPED('`127.0.0.1:80:80`', '`80`') }],
      output: 'FROM alpine\nEXPOSE 80\n',
    },
    {
      // BuildKit's docs, ExposeInvalidFormat: the second bad example
      name: 'a host-port mapping',
      code: 'FROM alpine\nEXPOSE 80:80\n',
      findings: [{ line: 2, column: 8, message: MAPPED('`80:80`', '`80`') }],
      output: 'FROM alpine\nEXPOSE 80\n',
    },
    {
      // BuildKit's docs, ExposeProtoCasing: the bad example
      name: 'an upper-case protocol',
      code: 'FROM alpine\nEXPOSE 80/TcP\n',
      findings: [{ line: 2, column: 8, endColumn: 14, severity: 'warning', message: 'EXPOSE `80/TcP`: write the protocol in lower case (`tcp`)' }],
      output: 'FROM alpine\nEXPOSE 80/tcp\n',
    },
    {
      name: 'a port above 65535, alone and ending a range (DL3011Spec)',
      code: 'FROM scratch\nEXPOSE 80000\nEXPOSE 40000-80000/tcp\n',
      findings: [
        { line: 2, column: 8, endColumn: 13, severity: 'error', message: 'EXPOSE `80000`: valid ports range from 0 to 65535' },
        { line: 3, column: 8, severity: 'error', message: 'EXPOSE `80000`: valid ports range from 0 to 65535' },
      ],
    },
    {
      name: 'one finding per code for an EXPOSE, naming every word; a quoted word is not rewritten',
      code: 'FROM alpine\nEXPOSE 80/TCP 8080:80/UDP "443/TCP" 70000 99999\n',
      findings: [
        { line: 2, column: 8, endColumn: 36, message: 'EXPOSE `80/TCP`, `8080:80/UDP` and `443/TCP`: write the protocol in lower case (`tcp` and `udp`)' },
        { line: 2, column: 15, endColumn: 26, message: MAPPED('`8080:80/UDP`', '`80/UDP`') },
        { line: 2, column: 37, endColumn: 48, message: 'EXPOSE `70000` and `99999`: valid ports range from 0 to 65535' },
      ],
      output: 'FROM alpine\nEXPOSE 80/tcp 80/udp "443/TCP" 70000 99999\n',
    },
  ],
} satisfies RuleFixtures;
