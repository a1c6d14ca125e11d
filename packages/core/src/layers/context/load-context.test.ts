import * as path from 'node:path';
import { parseDocument } from '../../parse/document';
import { loadBuildContext } from './load-context';
import { copiesOf, makeContext, placed, removeMadeContexts } from './test-context-helpers';

afterAll(removeMadeContexts);

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
