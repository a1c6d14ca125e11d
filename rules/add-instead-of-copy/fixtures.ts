import { dockerfile, type RuleFixtures } from '../harness';

const COPIES = (named: string) => `ADD of local ${named} only copies: use COPY (ADD also unpacks archives and fetches URLs, so a reader has to check which it does)`;

export default {
  valid: [
    { name: 'archives ADD unpacks (DL3020Spec)', code: 'FROM scratch\nADD file.tar /usr/src/app/\nADD file.gz /usr/src/app/\nADD file.bz2 /a/\nADD file.xz /a/\nADD file.tgz /a/\nADD "file.tgz" /a/\n' },
    { name: 'URLs (DL3020Spec)', code: 'FROM scratch\nADD http://file.com /usr/src/app/\nADD "http://file.com" /usr/src/app/\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /\n' },
    { name: 'a git repository', code: 'FROM alpine\nADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit\nADD git@github.com:user/repo.git /src\n' },
    'FROM alpine\nCOPY file /usr/src/app/\n',
    { name: 'a variable whose value is not known may name an archive', code: 'FROM oraclelinux:8\nARG OGG_TARFILE\nADD ${OGG_TARFILE} /u01/ogg/\n' },
    { name: 'a variable whose value is an archive', code: 'FROM alpine\nARG TARBALL=rootfs.tar.xz\nADD $TARBALL /\n' },
  ],
  invalid: [
    {
      name: 'a local file (DL3020Spec)',
      code: 'FROM scratch\nADD file /usr/src/app/\n',
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 4, severity: 'error', message: COPIES('`file`') }],
      output: 'FROM scratch\nCOPY file /usr/src/app/\n',
    },
    {
      name: 'a zip, which ADD does not unpack, quoted or not (DL3020Spec)',
      code: 'FROM scratch\nADD file.zip /usr/src/app/\nADD "file.zip" /usr/src/app/\n',
      findings: [
        { line: 2, column: 1, message: COPIES('`file.zip`') },
        { line: 3, column: 1, message: COPIES('`file.zip`') },
      ],
      output: 'FROM scratch\nCOPY file.zip /usr/src/app/\nCOPY "file.zip" /usr/src/app/\n',
    },
    {
      name: 'flags COPY takes too are kept; lower case stays lower case; a heredoc',
      code: dockerfile`
        FROM alpine
        add --chown=1000:1000 --chmod=644 --link . /app
        ADD <<EOF /etc/motd
        hello
        EOF
      `,
      findings: [
        { line: 2, column: 1, message: COPIES('`.`') },
        { line: 3, column: 1, message: COPIES('the heredoc `<<EOF`') },
      ],
      output: dockerfile`
        FROM alpine
        copy --chown=1000:1000 --chmod=644 --link . /app
        COPY <<EOF /etc/motd
        hello
        EOF
      `,
    },
    {
      name: 'a local file beside an archive: no fix, COPY cannot unpack',
      code: 'FROM alpine\nADD rootfs.tar.gz config.yml /\n',
      findings: [{ line: 2, column: 1, message: 'ADD of local `config.yml` only copies: use COPY, in an instruction of its own (ADD also unpacks archives and fetches URLs, so a reader has to check which it does)', noFix: 'it also adds an archive or a URL, which COPY cannot' }],
    },
    {
      name: 'a variable whose value is a plain file',
      code: 'FROM alpine\nENV CONF=app.conf\nADD ${CONF} /etc/\n',
      findings: [{ line: 3, column: 1, message: COPIES('`${CONF}`') }],
      output: 'FROM alpine\nENV CONF=app.conf\nCOPY ${CONF} /etc/\n',
    },
    {
      name: 'a flag only ADD takes: no fix',
      code: 'FROM alpine\nADD --keep-git-dir=true ./repo /src\n',
      findings: [{ line: 2, column: 1, message: COPIES('`./repo`'), noFix: 'COPY has no --keep-git-dir' }],
    },
  ],
} satisfies RuleFixtures;
