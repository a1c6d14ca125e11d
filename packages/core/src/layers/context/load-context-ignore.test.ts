import * as path from 'node:path';
import { copiesOf, makeContext, placed, removeMadeContexts } from './test-context-helpers';

afterAll(removeMadeContexts);

describe('loadBuildContext: .dockerignore with Docker semantics', () => {
  const tree = {
    'node_modules/a.js': 1,
    'pkg/node_modules/b.js': 2,
    'app.log': 4,
    'keep.log': 8,
    'docs/readme.md': 16,
    'docs/keep.md': 32,
    'build/out.bin': 64,
    'src/build/gen.go': 128,
    'src/main.go': 256,
  };
  const filesOf = async (ignore: string) => {
    const root = makeContext({ ...tree, '.dockerignore': ignore });
    const { copies } = await copiesOf('FROM busybox\nCOPY . /c/\n', root);
    return copies[0].files.map((file) => file.contextPath).filter((p) => p !== '.dockerignore');
  };

  test('a bare name is anchored at the root (gitignore would match it anywhere)', async () => {
    const files = await filesOf('node_modules\n');
    expect(files).not.toContain('node_modules/a.js');
    expect(files).toContain('pkg/node_modules/b.js');
  });

  test('**/name matches at any depth', async () => {
    const files = await filesOf('**/node_modules\n');
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
  });

  test('! re-includes, the last matching pattern wins', async () => {
    expect(await filesOf('*.log\n!keep.log\n')).toEqual(expect.arrayContaining(['keep.log']));
    expect(await filesOf('*.log\n!keep.log\n')).not.toContain('app.log');
    expect(await filesOf('!keep.log\n*.log\n')).not.toContain('keep.log');
  });

  test('an exception re-includes a file inside an excluded directory (gitignore cannot)', async () => {
    const files = await filesOf('docs\n!docs/keep.md\n');
    expect(files).toContain('docs/keep.md');
    expect(files).not.toContain('docs/readme.md');
  });

  test('a leading / and a trailing / change nothing; comments are skipped', async () => {
    const files = await filesOf('# build output\n/build/\n');
    expect(files).not.toContain('build/out.bin');
    expect(files).toContain('src/build/gen.go');
  });

  test('an ignored explicit source is missing', async () => {
    const root = makeContext({ ...tree, '.dockerignore': '*.log\n' });
    const { copies } = await copiesOf('FROM busybox\nCOPY app.log /x\nCOPY *.log /y/\n', root);
    expect(copies[0]).toMatchObject({ files: [], missing: ['app.log'] });
    expect(copies[1]).toMatchObject({ files: [], missing: ['*.log'] });
  });

  test('<Dockerfile>.dockerignore beside the Dockerfile wins over the root one', async () => {
    const root = makeContext({
      'docker/api.Dockerfile': 'FROM busybox\n',
      'docker/api.Dockerfile.dockerignore': 'a.txt\n',
      '.dockerignore': 'b.txt\n',
      'a.txt': 1,
      'b.txt': 2,
    });
    const dockerfile = 'FROM busybox\nCOPY a.txt b.txt /x/\n';
    const specific = await copiesOf(dockerfile, root, { dockerfilePath: path.join(root, 'docker/api.Dockerfile') });
    expect(specific.context.ignoreFile).toBe(path.join(root, 'docker/api.Dockerfile.dockerignore'));
    expect(placed(specific.copies[0])).toEqual([['/x/b.txt', 2]]);
    const plain = await copiesOf(dockerfile, root, { dockerfilePath: path.join(root, 'Dockerfile') });
    expect(plain.context.ignoreFile).toBe(path.join(root, '.dockerignore'));
    expect(placed(plain.copies[0])).toEqual([['/x/a.txt', 1]]);
  });

  test('without an ignore file the context says everything is sent', async () => {
    const root = makeContext({ 'a.txt': 1 });
    const { context } = await copiesOf('FROM busybox\nCOPY a.txt /\n', root);
    expect(context.ignoreFile).toBeUndefined();
    expect(context.notes).toContain('no .dockerignore: everything in the context is sent');
  });
});

describe('loadBuildContext: symlinks', () => {
  test('a source symlink pointing outside the context is missing, never followed', async () => {
    const outside = makeContext({ 'big.bin': 1000 });
    const root = makeContext({
      'abs-link': { symlink: path.join(outside, 'big.bin') },
      'rel-link': { symlink: `../${path.basename(outside)}/big.bin` },
    });
    const { copies } = await copiesOf('FROM busybox\nCOPY abs-link /a\nCOPY rel-link /b\n', root);
    for (const copy of copies) {
      expect(copy.files).toEqual([]);
      expect(copy.missing).toHaveLength(1);
      expect(copy.notes.join('\n')).toMatch(/points outside the build context/);
    }
  });

  test('a source symlink inside the context is followed; links inside a copied directory are not', async () => {
    const root = makeContext({
      'real/data.bin': 50,
      'current': { symlink: 'real' },
      'file-link': { symlink: 'real/data.bin' },
      'real/loop': { symlink: '..' },
      'real/escape': { symlink: '/etc/passwd' },
    });
    const { copies } = await copiesOf('FROM busybox\nCOPY current /dir\nCOPY file-link /one\n', root);
    expect(placed(copies[0])).toEqual([['/dir/data.bin', 50]]);
    expect(copies[0].estimate).toBe('exact');
    expect(placed(copies[1])).toEqual([['/one', 50]]);
  });
});
