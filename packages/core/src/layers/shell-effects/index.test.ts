import { exact, UNKNOWN } from '../bytes';
import { effectsOf, runEffects } from './test-fixtures';

const MiB = 1024 * 1024;

describe('seed case', () => {
  test('mkdir, dd from /dev/zero, chmod -R, rm: exact bytes, in order', async () => {
    const effects = await effectsOf(
      [
        'RUN mkdir /data',
        'RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one',
        'RUN chmod -R 0777 /data',
        'RUN rm /data/one',
      ].join('\n'),
    );
    expect(effects).toEqual([
      { kind: 'mkdir', command: 'mkdir', path: '/data', fresh: true },
      { kind: 'write', command: 'dd', path: '/data/one', bytes: exact(MiB) },
      { kind: 'copy-up', command: 'chmod', path: '/data', recursive: true },
      { kind: 'delete', command: 'rm', path: '/data/one', recursive: false },
    ]);
  });

  test('the merged RUN gives the same effects, each with its own command range', async () => {
    const effects = await runEffects(
      'RUN mkdir /data \\\n && dd if=/dev/zero bs=1024 count=1024 of=/data/one \\\n && rm /data/one',
    );
    expect(effects.map((effect) => effect.kind)).toEqual(['mkdir', 'write', 'delete']);
    expect(effects.map((effect) => effect.range.start.line)).toEqual([1, 2, 3]);
    expect(effects[1].range.start.character).toBe(4);
    expect(effects[1].range.end).toEqual({ line: 2, character: 51 });
  });
});

describe('ground-truth cases', () => {
  test('echo hi > /app/f writes exactly 3 bytes', async () => {
    expect(await effectsOf('RUN echo hi > /app/f')).toEqual([
      { kind: 'write', command: '>', path: '/app/f', bytes: exact(3) },
    ]);
  });

  test('echo more >> /keep/b copies the file up and appends 5 bytes', async () => {
    expect(await effectsOf('RUN echo more >> /keep/b')).toEqual([
      { kind: 'copy-up', command: '>>', path: '/keep/b', recursive: false, creates: true, extraBytes: exact(5) },
    ]);
  });

  test('tar -xf then rm of the archive', async () => {
    expect(await effectsOf('RUN tar -xf /tmp/big.tar -C /opt && rm /tmp/big.tar')).toEqual([
      { kind: 'extract', command: 'tar', archive: '/tmp/big.tar', into: '/opt', format: 'tar' },
      { kind: 'delete', command: 'rm', path: '/tmp/big.tar', recursive: false },
    ]);
  });

  test('mv /keep/a /keep/a2 is a move', async () => {
    expect(await effectsOf('RUN mv /keep/a /keep/a2')).toEqual([
      { kind: 'copy', command: 'mv', from: '/keep/a', to: '/keep/a2', recursive: true, move: true },
    ]);
  });

  test('copy-up edge cases: rm -rf dir && mkdir dir, touch, chmod', async () => {
    expect(await effectsOf('RUN rm -rf /data && mkdir /data\nRUN touch /keep/a\nRUN chmod 644 /keep/b')).toEqual([
      { kind: 'delete', command: 'rm', path: '/data', recursive: true },
      { kind: 'mkdir', command: 'mkdir', path: '/data', fresh: true },
      { kind: 'copy-up', command: 'touch', path: '/keep/a', recursive: false, creates: true, extraBytes: exact(0) },
      { kind: 'copy-up', command: 'chmod', path: '/keep/b', recursive: false },
    ]);
  });

  test('apt-get update, install and list removal in one RUN: cache-write then delete', async () => {
    const effects = await effectsOf(
      'RUN apt-get update && apt-get install -y --no-install-recommends file && rm -rf /var/lib/apt/lists/*',
    );
    expect(effects).toEqual([
      {
        kind: 'cache-write',
        command: 'apt-get',
        dir: '/var/lib/apt/lists',
        manager: 'apt',
        cache: 'lists',
        action: 'refresh',
        what: 'apt package lists',
        bytes: UNKNOWN,
        cleanup: [{ kind: 'append', command: 'rm -rf /var/lib/apt/lists/*' }],
      },
      { kind: 'unknown-write', command: 'apt-get', cwd: '/', reason: 'apt-get install: installs files dflint cannot size' },
      { kind: 'delete', command: 'rm', path: '/var/lib/apt/lists/*', glob: true, recursive: true },
    ]);
  });
});

describe('current directory', () => {
  test('relative paths resolve against WORKDIR', async () => {
    expect(await effectsOf('RUN touch a ../b ./c/', { workdir: '/app/sub' })).toMatchObject([
      { path: '/app/sub/a' },
      { path: '/app/b' },
      { path: '/app/sub/c' },
    ]);
  });

  test('cd changes the directory for later commands; cd alone goes home', async () => {
    const effects = await effectsOf('RUN cd /opt && mkdir x && cd x && rm y; cd; rm z');
    expect(effects.map((effect) => ('path' in effect ? effect.path : ''))).toEqual(['/opt/x', '/opt/x/y', '/root/z']);
  });

  test('cd in a subshell does not last; each subshell starts from the outer directory', async () => {
    const effects = await effectsOf('RUN (cd /a && rm x) && (rm y) && rm z', { workdir: '/w' });
    expect(effects.map((effect) => ('path' in effect ? effect.path : ''))).toEqual(['/a/x', '/w/y', '/w/z']);
  });

  test('cd inside an if body still changes the directory', async () => {
    const effects = await effectsOf('RUN if true; then cd /srv; fi; rm f');
    expect(effects).toMatchObject([{ kind: 'delete', path: '/srv/f' }]);
  });

  test('after cd to a dynamic path, relative paths are unknown but absolute ones are not', async () => {
    const effects = await effectsOf('RUN cd "$(mktemp -d)" && rm -rf build && rm /abs');
    expect(effects).toMatchObject([
      { kind: 'unknown-write', command: 'mktemp' },
      { kind: 'unknown-write', command: 'rm', reason: expect.stringContaining('directory dflint does not know') },
      { kind: 'delete', path: '/abs' },
    ]);
  });
});

describe('variables', () => {
  test('$NAME, ${NAME}, ${NAME:-default} and ~ expand from ENV/ARG and HOME', async () => {
    const env = new Map([['APP', '/srv/app'], ['V', '1.2']]);
    const effects = await effectsOf('RUN rm "$APP/x" ${APP}/y-${V} ${MISSING_BUT:-} ~/z "$HOME/w"', { env, home: '/home/me' });
    expect(effects.map((effect) => ('path' in effect ? effect.path : effect.kind))).toEqual([
      '/srv/app/x',
      '/srv/app/y-1.2',
      'unknown-write',
      '/home/me/z',
      '/home/me/w',
    ]);
  });

  test('an unknown variable makes the path unknown, keeping the static directory it lies under', async () => {
    expect(await effectsOf('RUN rm -rf /opt/$VERSION/docs')).toEqual([
      {
        kind: 'unknown-write',
        command: 'rm',
        path: '/opt',
        reason: 'rm: `/opt/$VERSION/docs`: $VERSION has no value known to dflint',
      },
    ]);
  });

  test('command substitution is dynamic', async () => {
    expect(await effectsOf('RUN rm -f $(which foo)')).toMatchObject([
      { kind: 'unknown-write', reason: expect.stringContaining('command substitution') },
    ]);
  });

  test('assignments in the script are tracked; prefixes apply to their command only', async () => {
    const effects = await effectsOf('RUN D=/tmp/d && export E=/e && rm $D/x $E/y && PIP_NO_CACHE_DIR=1 pip install x && pip install y');
    expect(effects.map((effect) => effect.kind)).toEqual(['delete', 'delete', 'unknown-write', 'cache-write', 'unknown-write']);
    expect(effects.slice(0, 2)).toMatchObject([{ path: '/tmp/d/x' }, { path: '/e/y' }]);
  });

  test('a loop variable is not known', async () => {
    expect(await effectsOf('RUN for x in a b; do rm $x; done')).toMatchObject([
      { kind: 'unknown-write', command: 'rm', reason: expect.stringContaining('$x') },
    ]);
  });

  test('unquoted glob characters make a pattern; quoted ones do not', async () => {
    expect(await effectsOf('RUN rm -rf /tmp/* "/odd/*name" /a/file?.[ch]')).toEqual([
      { kind: 'delete', command: 'rm', path: '/tmp/*', glob: true, recursive: true },
      { kind: 'delete', command: 'rm', path: '/odd/*name', recursive: true },
      { kind: 'delete', command: 'rm', path: '/a/file?.[ch]', glob: true, recursive: true },
    ]);
  });
});

describe('shell state scopes', () => {
  test('nested subshells restore the directory of the enclosing one', async () => {
    const effects = await effectsOf('RUN (cd /a; (cd b; rm x); rm y); rm z', { workdir: '/w' });
    expect(effects.map((effect) => ('path' in effect ? effect.path : ''))).toEqual(['/a/b/x', '/a/y', '/w/z']);
  });

  test('a cd in a command substitution or a background command does not last', async () => {
    const effects = await effectsOf('RUN echo "$(cd /tmp && pwd)" && cd /bg & rm x', { workdir: '/w' });
    expect(effects).toMatchObject([{ kind: 'delete', path: '/w/x' }]);
  });

  test('read and unset change what variables are known', async () => {
    const env = new Map([['D', '/d']]);
    expect(await effectsOf('RUN read -r D < /etc/x; rm $D/a', { env })).toMatchObject([{ kind: 'unknown-write' }]);
    expect(await effectsOf('RUN unset D; rm /x$D', { env })).toMatchObject([{ kind: 'delete', path: '/x' }]);
  });
});
