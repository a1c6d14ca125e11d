import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { parseDocument } from '../../parse/document';
import type { ContextCopy } from '../types';
import { contextCopyKey } from './copy-key';
import { loadBuildContext, type LoadContextOptions } from './load-context';

type Spec = string | number | { symlink: string };

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp context: a string is file content, a number that many bytes, `{symlink}` a link. */
function makeContext(files: Record<string, Spec>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-context-'));
  made.push(root);
  for (const [rel, spec] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (typeof spec === 'object') fs.symlinkSync(spec.symlink, file);
    else fs.writeFileSync(file, typeof spec === 'number' ? Buffer.alloc(spec, 'x') : spec);
  }
  return root;
}

/** Loads the context for the Dockerfile and returns its COPY/ADD results in document order. */
async function copiesOf(dockerfile: string, root: string, options: Partial<LoadContextOptions> = {}) {
  const doc = await parseDocument(dockerfile);
  const context = await loadBuildContext(doc, { root, ...options });
  const copies = doc.instructions.flatMap((instruction) => {
    const copy = context.copies.get(contextCopyKey(instruction));
    return copy ? [copy] : [];
  });
  return { context, copies };
}

function placed(copy: ContextCopy): Array<[string, number]> {
  return copy.files.map((file) => [file.path, file.size]);
}

describe('loadBuildContext: where files land', () => {
  test('file to file, file into dir/, several sources into a dir', async () => {
    const root = makeContext({ 'a.txt': 3, 'b.txt': 5 });
    const { copies } = await copiesOf(
      'FROM busybox\nCOPY a.txt /app/renamed\nCOPY a.txt /app/\nCOPY a.txt b.txt /multi\n',
      root,
    );
    expect(placed(copies[0])).toEqual([['/app/renamed', 3]]);
    expect(placed(copies[1])).toEqual([['/app/a.txt', 3]]);
    expect(placed(copies[2])).toEqual([
      ['/multi/a.txt', 3],
      ['/multi/b.txt', 5],
    ]);
    expect(copies.map((copy) => copy.estimate)).toEqual(['exact', 'exact', 'exact']);
    expect(copies[0].files[0].contextPath).toBe('a.txt');
  });

  test('a directory source copies its contents', async () => {
    const root = makeContext({ 'src/main.go': 10, 'src/pkg/util.go': 7, 'other.txt': 1 });
    const { copies } = await copiesOf('FROM busybox\nCOPY src /app\nCOPY ./src/ /app2/\n', root);
    expect(placed(copies[0])).toEqual([
      ['/app/main.go', 10],
      ['/app/pkg/util.go', 7],
    ]);
    expect(placed(copies[1])).toEqual(placed(copies[0]).map(([p, s]) => [p.replace('/app', '/app2'), s]));
    expect(copies[0].files.map((file) => file.contextPath)).toEqual(['src/main.go', 'src/pkg/util.go']);
  });

  test('wildcards match one segment like Go filepath.Match and copy into the destination', async () => {
    const root = makeContext({ 'a.txt': 1, 'b.txt': 2, 'c.md': 4, 'lib/x.js': 8, 'lib/sub/y.js': 16, 'ab.txt': 32 });
    const { copies } = await copiesOf(
      'FROM busybox\nCOPY *.txt /t\nCOPY l?b/*.js /js\nCOPY [ab].txt /class/\nCOPY [^a]*.txt /neg/\nCOPY *.none /none/\n',
      root,
    );
    expect(placed(copies[0])).toEqual([
      ['/t/a.txt', 1],
      ['/t/ab.txt', 32],
      ['/t/b.txt', 2],
    ]);
    // `*` does not cross `/`: lib/sub/y.js is not matched
    expect(placed(copies[1])).toEqual([['/js/x.js', 8]]);
    expect(placed(copies[2]).map(([p]) => p)).toEqual(['/class/a.txt', '/class/b.txt']);
    expect(placed(copies[3]).map(([p]) => p)).toEqual(['/neg/b.txt']);
    expect(copies[4]).toMatchObject({ files: [], missing: ['*.none'], estimate: 'lower-bound' });
  });

  test('`.` is the whole context, Dockerfile and ignore file included unless ignored', async () => {
    const root = makeContext({ Dockerfile: 'FROM busybox\n', '.dockerignore': 'secret\n', 'app.py': 5, secret: 9 });
    const { copies, context } = await copiesOf('FROM busybox\nWORKDIR /app\nCOPY . .\n', root);
    expect(placed(copies[0])).toEqual([
      ['/app/.dockerignore', 7],
      ['/app/Dockerfile', 13],
      ['/app/app.py', 5],
    ]);
    expect(context.ignoreFile).toBe(path.join(root, '.dockerignore'));
    expect(context.notes).toEqual([]);
  });

  test('relative destinations join the WORKDIR; sources and destinations expand ARG/ENV', async () => {
    const root = makeContext({ 'config.yml': 6, 'v2/bin': 11 });
    const { copies } = await copiesOf(
      'FROM busybox\nARG VERSION=v2\nENV CONF=etc/app\nWORKDIR /srv\nCOPY config.yml $CONF/\nCOPY ${VERSION}/bin ./bin/run\nCOPY config.yml .\n',
      root,
    );
    expect(placed(copies[0])).toEqual([['/srv/etc/app/config.yml', 6]]);
    expect(placed(copies[1])).toEqual([['/srv/bin/run', 11]]);
    expect(placed(copies[2])).toEqual([['/srv/config.yml', 6]]);
  });

  test('an unknown variable in a source makes the copy unknown', async () => {
    const root = makeContext({ 'a.txt': 1 });
    const { copies } = await copiesOf('FROM busybox\nARG JAR\nCOPY target/$JAR /app.jar\n', root);
    expect(copies[0].estimate).toBe('unknown');
    expect(copies[0].notes.join('\n')).toMatch(/\$JAR/);
  });

  test('exec form, and --chmod/--chown/--link do not disturb the arguments', async () => {
    const root = makeContext({ 'a b.txt': 2, 'run.sh': 3 });
    const { copies } = await copiesOf(
      'FROM busybox\nCOPY ["a b.txt", "/x/"]\nCOPY --chmod=755 --chown=1000:1000 --link run.sh /usr/local/bin/run\n',
      root,
    );
    expect(placed(copies[0])).toEqual([['/x/a b.txt', 2]]);
    expect(placed(copies[1])).toEqual([['/usr/local/bin/run', 3]]);
  });

  test('COPY --from and ONBUILD COPY read nothing from the context', async () => {
    const root = makeContext({ 'a.txt': 1 });
    const doc = await parseDocument('FROM busybox AS b\nFROM busybox\nCOPY --from=b /a /a\nONBUILD COPY a.txt /a\n');
    const context = await loadBuildContext(doc, { root });
    expect(context.copies.size).toBe(0);
  });

  test('a missing source is reported and the figure is only a lower bound', async () => {
    const root = makeContext({ 'a.txt': 4 });
    const { copies } = await copiesOf('FROM busybox\nCOPY a.txt target/app.jar /app/\n', root);
    expect(copies[0]).toMatchObject({ missing: ['target/app.jar'], estimate: 'lower-bound' });
    expect(placed(copies[0])).toEqual([['/app/a.txt', 4]]);
    expect(copies[0].notes.join('\n')).toMatch(/target\/app\.jar was not found/);
  });
});

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

describe('loadBuildContext: heredocs', () => {
  test('a heredoc is a file of its content bytes', async () => {
    const root = makeContext({});
    const { copies } = await copiesOf(
      'FROM busybox\nCOPY <<EOF /etc/motd\nhello, wörld\nEOF\nCOPY <<one <<two /d/\n1\none\n22\ntwo\n',
      root,
    );
    expect(copies[0]).toMatchObject({ estimate: 'exact', missing: [] });
    expect(copies[0].files).toEqual([{ path: '/etc/motd', size: Buffer.byteLength('hello, wörld\n'), contextPath: '<<EOF' }]);
    expect(placed(copies[1])).toEqual([
      ['/d/one', 2],
      ['/d/two', 3],
    ]);
  });

  test('unquoted heredocs expand known variables; unknown ones give a lower bound', async () => {
    const root = makeContext({});
    const { copies } = await copiesOf(
      "FROM busybox\nENV NAME=abcdef\nCOPY <<EOF /a\n$NAME\nEOF\nCOPY <<'EOF' /b\n$NAME\nEOF\nCOPY <<EOF /c\nx$UNSET\nEOF\n",
      root,
    );
    expect(placed(copies[0])).toEqual([['/a', 7]]);
    expect(placed(copies[1])).toEqual([['/b', 6]]);
    expect(copies[2].estimate).toBe('lower-bound');
    expect(placed(copies[2])).toEqual([['/c', 2]]);
  });
});

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

/** Regular-file bytes under a directory, symlinks not followed. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(full);
    else if (entry.isFile()) total += fs.lstatSync(full).size;
  }
  return total;
}

describe('loadBuildContext: real contexts from the corpus', () => {
  const corpus = '/work/shared/corpus';
  const manifest = path.join(corpus, 'contexts/contexts.json');
  const available = fs.existsSync(manifest);
  if (!available) console.warn(`${manifest} is absent: skipping the real-context check`);
  const entries: Array<{ context: string; dockerfiles: string[] }> = available
    ? JSON.parse(fs.readFileSync(manifest, 'utf8'))
    : [];
  const cases = entries.flatMap((entry) => entry.dockerfiles.map((dockerfile) => ({ ...entry, dockerfile })));

  (available ? test : test.skip)('the manifest lists contexts', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  // jest rejects an empty table, so the per-context tests exist only when the corpus does
  const eachContext = cases.length > 0 ? test.each(cases.map((c) => [`${c.context}/${c.dockerfile}`, c] as const)) : undefined;
  eachContext?.('%s', async (_name, entry) => {
    const root = path.join(corpus, entry.context);
    const dockerfilePath = path.join(root, entry.dockerfile);
    const doc = await parseDocument(fs.readFileSync(dockerfilePath, 'utf8'));
    const context = await loadBuildContext(doc, { root, dockerfilePath });
    for (const copy of context.copies.values()) {
      for (const file of copy.files) {
        expect(file.path.startsWith('/')).toBe(true);
        expect(file.size).toBeGreaterThanOrEqual(0);
        if (!file.contextPath.startsWith('<<')) {
          expect(fs.lstatSync(path.join(root, file.contextPath)).size).toBe(file.size);
        }
      }
      const total = copy.files.reduce((sum, file) => sum + file.size, 0);
      expect(total).toBeLessThanOrEqual(bytesUnder(root));
    }
    // every context was picked because its Dockerfile copies something from it
    expect([...context.copies.values()].some((copy) => copy.files.length > 0)).toBe(true);
  });
});

describe('loadBuildContext: destinations that already are directories', () => {
  test('a WORKDIR, an earlier copy or a usual base-image directory receives the file', async () => {
    const root = makeContext({ 'a.txt': 1, 'conf/x.yml': 2, 'run.sh': 3 });
    const { copies } = await copiesOf(
      'FROM busybox\nWORKDIR /app\nWORKDIR /\nCOPY a.txt /app\nCOPY conf /etc/myapp\nCOPY a.txt /etc/myapp\nCOPY run.sh /usr/local/bin\nCOPY a.txt /new\n',
      root,
    );
    expect(copies.map((copy) => placed(copy)[0][0])).toEqual([
      '/app/a.txt',
      '/etc/myapp/x.yml',
      '/etc/myapp/a.txt',
      '/usr/local/bin/run.sh',
      '/new',
    ]);
    expect(copies[3].notes.join('\n')).toMatch(/usual base images/);
  });

  test('scratch has no directories; FROM <stage> inherits what the stage created', async () => {
    const root = makeContext({ 'a.txt': 1 });
    const { copies } = await copiesOf(
      'FROM scratch AS s\nCOPY a.txt /usr/local/bin\nFROM busybox AS b\nWORKDIR /srv\nFROM b\nCOPY a.txt /srv\n',
      root,
    );
    expect(placed(copies[0])[0][0]).toBe('/usr/local/bin');
    expect(placed(copies[1])[0][0]).toBe('/srv/a.txt');
  });
});

describe('loadBuildContext: more argument forms', () => {
  test('<<- strips leading tabs from the heredoc body', async () => {
    const root = makeContext({});
    const { copies } = await copiesOf('FROM busybox\nCOPY <<-EOT /t\n\t\tab\n\tEOT\n', root);
    expect(placed(copies[0])).toEqual([['/t', 3]]);
  });

  test('--parents keeps each source path under the destination', async () => {
    const root = makeContext({ 'a/x/f.txt': 1, 'b/y/g.txt': 2 });
    const { copies } = await copiesOf('FROM busybox\nCOPY --parents a/x/f.txt b/y /dst/\n', root);
    expect(placed(copies[0])).toEqual([
      ['/dst/a/x/f.txt', 1],
      ['/dst/b/y/g.txt', 2],
    ]);
  });

  test('--exclude leaves matching files out', async () => {
    const root = makeContext({ 'src/a.go': 1, 'src/a_test.go': 2, 'src/sub/b_test.go': 4 });
    const { copies } = await copiesOf('FROM busybox\nCOPY --exclude=*_test.go --exclude=**/*_test.go src /app/\n', root);
    expect(placed(copies[0])).toEqual([['/app/a.go', 1]]);
  });

  test('sources climbing above the root stay in the context, as Docker roots them there', async () => {
    const root = makeContext({ 'a.txt': 1 });
    const { copies } = await copiesOf('FROM busybox\nCOPY ../a.txt /x\nCOPY /a.txt /y\n', root);
    expect(placed(copies[0])).toEqual([['/x', 1]]);
    expect(placed(copies[1])).toEqual([['/y', 1]]);
  });

  test('an unknown variable in the destination keeps the bytes and says so', async () => {
    const root = makeContext({ 'a.txt': 5 });
    const { copies } = await copiesOf('FROM busybox\nARG DEST\nCOPY a.txt $DEST/\n', root);
    expect(copies[0].estimate).toBe('exact');
    expect(placed(copies[0])).toEqual([['/$DEST/a.txt', 5]]);
    expect(copies[0].notes.join('\n')).toMatch(/\$DEST/);
  });
});
