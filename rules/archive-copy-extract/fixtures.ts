import { dockerfile, type RuleFixtures } from '../harness';

const MiB = 1024 * 1024;

/**
 * A tar archive laid out as GNU tar writes one (512-byte headers, 10240-byte records), so
 * `payload/` + a 3 MiB `payload/data.bin` is exactly the 3153920 bytes measured in groundtruth.
 */
function tarArchive(files: Record<string, number>): Uint8Array {
  const blocks: Uint8Array[] = [];
  const dirs = new Set(Object.keys(files).flatMap((path) => (path.includes('/') ? [`${path.slice(0, path.lastIndexOf('/'))}/`] : [])));
  for (const dir of dirs) blocks.push(header(dir, 0, '5'));
  for (const [path, size] of Object.entries(files)) {
    blocks.push(header(path, size, '0'), new Uint8Array(Math.ceil(size / 512) * 512));
  }
  const used = blocks.reduce((sum, block) => sum + block.length, 0) + 1024;
  const total = Math.ceil(used / 10240) * 10240;
  const archive = new Uint8Array(total);
  let offset = 0;
  for (const block of blocks) {
    archive.set(block, offset);
    offset += block.length;
  }
  return archive;
}

function header(name: string, size: number, type: string): Uint8Array {
  const block = new Uint8Array(512);
  const put = (text: string, at: number) => block.set(Buffer.from(text, 'ascii'), at);
  const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0');
  put(name, 0);
  put(octal(type === '5' ? 0o755 : 0o644, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(size, 12), 124);
  put(octal(0, 12), 136);
  put('        ', 148);
  put(type, 156);
  put('ustar\u000000', 257);
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  put(`${octal(checksum, 7)}\u0000 `, 148);
  return block;
}

const bigTar = tarArchive({ 'payload/data.bin': 3 * MiB });

export default {
  valid: [
    {
      name: 'ADD extracts a local tar itself: no archive is stored',
      code: 'FROM busybox\nADD big.tar /opt/\n',
      context: { 'big.tar': bigTar },
    },
    { name: 'an archive copied and kept, never extracted', code: 'FROM busybox\nCOPY big.tar /srv/\n', context: { 'big.tar': bigTar } },
    {
      name: 'extracting from a bind mount stores no archive',
      code: 'FROM busybox\nRUN --mount=type=bind,source=big.tar,target=/tmp/big.tar tar -xf /tmp/big.tar -C /opt\n',
      context: { 'big.tar': bigTar },
    },
    {
      name: 'a build stage only used by COPY --from ships none of its layers',
      code: dockerfile`
        FROM busybox AS build
        COPY big.tar /tmp/
        RUN tar -xf /tmp/big.tar -C /opt
        FROM busybox
        COPY --from=build /opt /opt
      `,
      context: { 'big.tar': bigTar },
    },
  ],
  invalid: [
    {
      name: 'copy-archive-extract (measured: the 3153920-byte tar stays in the COPY layer)',
      code: dockerfile`
        FROM busybox
        COPY big.tar /tmp/
        RUN tar -xf /tmp/big.tar -C /opt && rm /tmp/big.tar
      `,
      context: { 'big.tar': bigTar },
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 19,
          message:
            '/tmp/big.tar (3.0 MiB) is copied in by COPY at line 2 only to be extracted by tar at line 3 ' +
            '(deleting it at line 3 does not shrink that layer): 3.0 MiB wasted',
          severity: 'warning',
          wastedBytes: { value: 3153920, estimate: 'exact' },
        },
      ],
      // unsafe fix: ADD extracts a local tar itself
      output: 'FROM busybox\nADD big.tar /opt/\n',
    },
    {
      name: 'extracted and kept',
      code: 'FROM busybox\nCOPY app.tar.gz /tmp/app.tar.gz\nRUN tar -xzf /tmp/app.tar.gz -C /srv\n',
      context: { 'app.tar.gz': 4096 },
      findings: [
        {
          line: 2,
          message: '/tmp/app.tar.gz (4.0 KiB) is copied in by COPY at line 2 only to be extracted by tar at line 3: 4.0 KiB wasted',
          wastedBytes: { value: 4096, estimate: 'exact' },
        },
      ],
      output: 'FROM busybox\nADD app.tar.gz /srv/\n',
    },
    {
      name: 'a zip unpacked with unzip',
      code: 'FROM busybox\nWORKDIR /tmp\nCOPY site.zip .\nRUN unzip site.zip -d /var/www && rm site.zip\n',
      context: { 'site.zip': 2048 },
      findings: [
        {
          line: 3,
          message: '/tmp/site.zip (2.0 KiB) is copied in by COPY at line 3 only to be extracted by unzip at line 4 (deleting it at line 4 does not shrink that layer): 2.0 KiB wasted',
          noFix: 'ADD extracts only tar archives; the RUN at line 4 unpacks with unzip',
        },
      ],
    },
    {
      name: 'without a build context the archive size is unknown, but the pattern is still found',
      code: 'FROM busybox\nCOPY big.tar /tmp/\nRUN tar -xf /tmp/big.tar -C /opt && rm /tmp/big.tar\n',
      findings: [
        {
          line: 2,
          message: '/tmp/big.tar (size unknown) is copied in by COPY at line 2 only to be extracted by tar at line 3: an unknown amount wasted',
          wastedBytes: { value: 0, estimate: 'unknown' },
        },
      ],
      output: 'FROM busybox\nADD big.tar /opt/\n',
    },
    {
      name: 'no ADD fix when the RUN does more than extract, or an ENV stands between',
      code: dockerfile`
        FROM busybox
        COPY a.tar /tmp/
        RUN tar -xf /tmp/a.tar -C /opt && make -C /opt
        COPY b.tar /tmp/
        ENV X=1
        RUN tar -xf /tmp/b.tar -C /srv
      `,
      context: { 'a.tar': 2048, 'b.tar': 2048 },
      findings: [
        { line: 2, message: '/tmp/a.tar (2.0 KiB) is copied in by COPY at line 2 only to be extracted by tar at line 3: 2.0 KiB wasted', noFix: 'the RUN at line 3 does more than tar -x and rm of the archive' },
        { line: 4, message: '/tmp/b.tar (2.0 KiB) is copied in by COPY at line 4 only to be extracted by tar at line 6: 2.0 KiB wasted', noFix: 'instructions other than metadata stand between the COPY and the RUN at line 6' },
      ],
    },
  ],
} satisfies RuleFixtures;
