import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { copiesOf, makeContext, placed, removeMadeContexts } from './test-context-helpers';

afterAll(removeMadeContexts);

describe('loadBuildContext: archives and remote sources', () => {
  function withTar(gzip: boolean, name: string): string {
    const root = makeContext({ 'payload/one.bin': 1000, 'payload/sub/two.bin': 2000 });
    fs.symlinkSync('one.bin', path.join(root, 'payload/link'));
    tar.c({ file: path.join(root, name), cwd: root, sync: true, gzip }, ['payload']);
    fs.rmSync(path.join(root, 'payload'), { recursive: true });
    return root;
  }

  test('ADD of a local tar extracts its regular files into the destination', async () => {
    const root = withTar(false, 'bundle.tar');
    const { copies } = await copiesOf('FROM busybox\nADD bundle.tar /opt\n', root);
    expect(placed(copies[0])).toEqual([
      ['/opt/payload/one.bin', 1000],
      ['/opt/payload/sub/two.bin', 2000],
    ]);
    expect(copies[0].estimate).toBe('exact');
  });

  test('ADD of a gzipped tar with an unusual name is detected by content', async () => {
    const root = withTar(true, 'bundle.data');
    const { copies } = await copiesOf('FROM busybox\nADD --chown=1:1 bundle.data /opt/\n', root);
    expect(placed(copies[0]).map(([p]) => p)).toEqual(['/opt/payload/one.bin', '/opt/payload/sub/two.bin']);
  });

  test('ADD of a plain file copies it; bzip2 is unknown', async () => {
    const root = makeContext({ 'notes.txt': 12, 'x.tar.bz2': 'BZh91AY&SY not really' });
    const { copies } = await copiesOf('FROM busybox\nADD notes.txt /n\nADD x.tar.bz2 /opt/\n', root);
    expect(placed(copies[0])).toEqual([['/n', 12]]);
    expect(copies[1]).toMatchObject({ files: [], estimate: 'unknown' });
    expect(copies[1].notes.join('\n')).toMatch(/bzip2/);
  });

  test('COPY of a tar copies the file and lists its members for a later tar -x', async () => {
    const root = withTar(false, 'big.tar');
    const size = fs.statSync(path.join(root, 'big.tar')).size;
    const { copies } = await copiesOf('FROM busybox\nCOPY big.tar /tmp/\n', root);
    expect(copies[0].files).toEqual([
      {
        path: '/tmp/big.tar',
        size,
        contextPath: 'big.tar',
        archive: {
          files: [
            { path: 'payload/one.bin', size: 1000 },
            { path: 'payload/sub/two.bin', size: 2000 },
          ],
          complete: true,
        },
      },
    ]);
  });

  test('archive listings stop at maxArchiveMembers', async () => {
    const root = withTar(true, 'big.tgz');
    const { copies } = await copiesOf('FROM busybox\nCOPY big.tgz /tmp/\nADD big.tgz /opt/\n', root, {
      limits: { maxArchiveMembers: 2 },
    });
    expect(copies[0].files[0].archive?.complete).toBe(false);
    expect(copies[1].estimate).toBe('lower-bound');
  });

  test('ADD of a URL or git repository is unknown', async () => {
    const root = makeContext({});
    const { copies } = await copiesOf(
      'FROM busybox\nADD https://example.com/x.tar.gz /opt/\nADD git@github.com:moby/buildkit.git /src\n',
      root,
    );
    for (const copy of copies) {
      expect(copy).toMatchObject({ files: [], missing: [], estimate: 'unknown' });
      expect(copy.notes.join('\n')).toMatch(/remote source: size unknown/);
    }
  });
});

describe('loadBuildContext: limits', () => {
  test('walking stops after maxFiles entries with a lower bound and a note', async () => {
    const files: Record<string, number> = {};
    for (let i = 0; i < 30; i++) files[`many/f${String(i).padStart(2, '0')}`] = 1;
    const root = makeContext(files);
    const { copies, context } = await copiesOf('FROM busybox\nCOPY . /c/\n', root, { limits: { maxFiles: 10 } });
    expect(copies[0].estimate).toBe('lower-bound');
    expect(copies[0].files.length).toBeGreaterThan(0);
    expect(copies[0].files.length).toBeLessThan(30);
    expect(copies[0].notes).toContain('stopped counting after 10 files: the figure is a lower bound');
    expect(context.notes).toContain('stopped counting after 10 files: the figure is a lower bound');
  });

  test('a missing context directory does not throw', async () => {
    const { copies, context } = await copiesOf('FROM busybox\nCOPY a /a\n', path.join(os.tmpdir(), 'dflint-no-such-dir'));
    expect(copies[0].missing).toEqual(['a']);
    expect(context.notes.join('\n')).toMatch(/not a directory/);
  });
});
