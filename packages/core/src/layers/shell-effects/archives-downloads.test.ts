import { UNKNOWN } from '../bytes';
import { cloneDirectoryName, urlBaseName } from './downloads';
import { effectsOf } from './test-fixtures';

const tarExtract = (archive: string, into: string) => ({ kind: 'extract', command: 'tar', archive, into, format: 'tar' });

describe('tar', () => {
  test.each([
    ['tar xzf /tmp/a.tgz -C /opt', tarExtract('/tmp/a.tgz', '/opt')],
    ['tar -xvzf a.tar.gz', tarExtract('/w/a.tar.gz', '/w')],
    ['tar xf /a.tar', tarExtract('/a.tar', '/w')],
    ['tar -C /opt -xJf /a.tar.xz', tarExtract('/a.tar.xz', '/opt')],
    ['tar --extract --file=/c.tar --directory /x --strip-components=1', { ...tarExtract('/c.tar', '/x'), stripComponents: 1 }],
    ['tar -xf /c.tar --strip-components "$N"', { kind: 'unknown-write', command: 'tar', reason: 'tar: --strip-components `"$N"` is not a number dflint knows', path: '/w' }],
    ['tar -x -f /a.tar --directory=/y', tarExtract('/a.tar', '/y')],
    ['tar -xf - < /in.tar', tarExtract('/in.tar', '/w')],
  ])('%s', async (line, effect) => {
    expect(await effectsOf(`RUN ${line}`, { workdir: '/w' })).toEqual([effect]);
  });

  test('an archive from a pipe is an unknown write under the -C directory', async () => {
    expect(await effectsOf('RUN curl -fsSL https://e.com/x.tgz | tar -xz -C /usr/local')).toEqual([
      { kind: 'unknown-write', command: 'tar', reason: 'tar: extracts an archive read from stdin', path: '/usr/local' },
    ]);
  });

  test('extracting only some members is an unknown write', async () => {
    expect(await effectsOf('RUN tar -xf /a.tar -C /o bin/tool')).toEqual([
      { kind: 'unknown-write', command: 'tar', reason: 'tar: extracts only some members of the archive', path: '/o' },
    ]);
  });

  test('tar -c writes the archive with unknown bytes; to stdout it goes to the redirect; -t writes nothing', async () => {
    expect(await effectsOf('RUN tar -czf /out.tgz /src && tar -cf - /src > /o.tar && tar -tf /a.tar')).toEqual([
      { kind: 'write', command: 'tar', path: '/out.tgz', bytes: UNKNOWN },
      { kind: 'write', command: '>', path: '/o.tar', bytes: UNKNOWN },
    ]);
  });
});

describe('unzip and single-file compressors', () => {
  test('unzip into -d DIR or the current directory', async () => {
    expect(await effectsOf('RUN unzip -q /a.zip -d /opt && unzip -o b.zip', { workdir: '/w' })).toEqual([
      { kind: 'extract', command: 'unzip', archive: '/a.zip', into: '/opt', format: 'zip' },
      { kind: 'extract', command: 'unzip', archive: '/w/b.zip', into: '/w', format: 'zip' },
    ]);
  });

  test('unzip of some members, -j or listing', async () => {
    expect(await effectsOf('RUN unzip /a.zip -x "*.md" && unzip -l /a.zip && unzip -j /a.zip -d /bin')).toMatchObject([
      { kind: 'unknown-write', command: 'unzip', path: '/' },
      { kind: 'unknown-write', path: '/bin' },
    ]);
  });

  test('gunzip writes the plain file and deletes the .gz; gzip -k keeps its input', async () => {
    expect(await effectsOf('RUN gunzip /x.gz && gzip -k /y && xz -d /z.txz && zstd -d /w.zst && gunzip -c /q.gz > /q')).toEqual([
      { kind: 'write', command: 'gunzip', path: '/x', bytes: UNKNOWN },
      { kind: 'delete', command: 'gunzip', path: '/x.gz', recursive: false },
      { kind: 'write', command: 'gzip', path: '/y.gz', bytes: UNKNOWN },
      { kind: 'write', command: 'xz', path: '/z.tar', bytes: UNKNOWN },
      { kind: 'delete', command: 'xz', path: '/z.txz', recursive: false },
      { kind: 'write', command: 'zstd', path: '/w', bytes: UNKNOWN },
      { kind: 'write', command: '>', path: '/q', bytes: UNKNOWN },
    ]);
  });
});

describe('downloads', () => {
  test('curl -o FILE, -O (the URL name), --output-dir, -o pairs with URLs in order', async () => {
    const effects = await effectsOf(
      'RUN curl -fsSL -o /tmp/a.tgz https://e.com/a.tgz && curl -O https://e.com/dl/b.zip?x=1 && curl -L --output-dir /opt -O https://e.com/d.bin && curl -o out1 -o /out2 https://a/1 https://a/2',
      { workdir: '/w' },
    );
    expect(effects).toEqual(
      ['/tmp/a.tgz', '/w/b.zip', '/opt/d.bin', '/w/out1', '/out2'].map((path) => ({ kind: 'write', command: 'curl', path, bytes: UNKNOWN })),
    );
  });

  test('curl to stdout writes nothing itself; piped to sh it is an unknown script', async () => {
    expect(await effectsOf('RUN curl -sSL https://e.com/install.sh | sh && curl -s https://e.com/x > /x')).toEqual([
      { kind: 'unknown-write', command: 'sh', cwd: '/', reason: 'sh: runs a script read from stdin' },
      { kind: 'write', command: '>', path: '/x', bytes: UNKNOWN },
    ]);
  });

  test('curl -O of a dynamic URL: the name is unknown, the directory is not', async () => {
    expect(await effectsOf('RUN curl -fsSLO "https://e.com/$V/e.tar"', { workdir: '/w' })).toMatchObject([
      { kind: 'unknown-write', command: 'curl', path: '/w' },
    ]);
  });

  test('wget: default name in cwd, -O FILE, -O - (stdout), -P DIR, -r', async () => {
    const effects = await effectsOf(
      'RUN wget -q https://e.com/f.deb && wget -O /g https://e.com/x && wget -qO- https://e.com/x > /dev/null && wget -P /dl https://e.com/ && wget -r https://e.com',
      { workdir: '/w' },
    );
    expect(effects).toEqual([
      { kind: 'write', command: 'wget', path: '/w/f.deb', bytes: UNKNOWN },
      { kind: 'write', command: 'wget', path: '/g', bytes: UNKNOWN },
      { kind: 'write', command: 'wget', path: '/dl/index.html', bytes: UNKNOWN },
      { kind: 'unknown-write', command: 'wget', reason: 'wget: which files it saves is decided at build time', path: '/w' },
    ]);
  });

  test('git clone into the repository name or the given directory; other git commands', async () => {
    const effects = await effectsOf(
      'RUN git clone --depth 1 https://github.com/a/repo.git && git clone -b v1 git@github.com:a/b.git /src/b && git -C /src/b checkout v2 && git log -1 && git config --global user.name x',
      { workdir: '/w' },
    );
    expect(effects).toEqual([
      { kind: 'unknown-write', command: 'git', reason: 'git clone: the repository files', path: '/w/repo' },
      { kind: 'unknown-write', command: 'git', reason: 'git clone: the repository files', path: '/src/b' },
      { kind: 'unknown-write', command: 'git', reason: 'git checkout: changes the working tree and .git', path: '/src/b' },
      { kind: 'copy-up', command: 'git', path: '/root/.gitconfig', recursive: false, creates: true, extraBytes: UNKNOWN },
    ]);
  });

  test.each([
    ['https://e.com/a/b.tar.gz?x=1#y', 'b.tar.gz'],
    ['https://e.com/', ''],
    ['https://e.com', ''],
    ['ftp://e.com/pub/file', 'file'],
  ])('urlBaseName(%s)', (url, name) => {
    expect(urlBaseName(url)).toBe(name);
  });

  test.each([
    ['https://github.com/a/repo.git', false, 'repo'],
    ['https://github.com/a/repo/', false, 'repo'],
    ['git@github.com:a/b.git', false, 'b'],
    ['host:project', false, 'project'],
    ['https://github.com/a/repo.git', true, 'repo.git'],
  ])('cloneDirectoryName(%s, bare %s)', (url, bare, name) => {
    expect(cloneDirectoryName(url, bare)).toBe(name);
  });
});
