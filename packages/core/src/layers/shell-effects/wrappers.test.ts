import { exact } from '../bytes';
import { effectsOf } from './test-fixtures';

describe('wrappers and unknown commands', () => {
  test('sudo, env, nohup, time, exec run the wrapped command', async () => {
    const effects = await effectsOf('RUN sudo -u root rm /a && env X=1 rm /b && nohup rm /c && time rm /d && exec rm /e');
    expect(effects.map((effect) => ('path' in effect ? effect.path : effect.kind))).toEqual(['/a', '/b', '/c', '/d', '/e']);
  });

  test('wrapper options: sudo -S reads a password, env -C changes directory, xargs is unknown', async () => {
    expect(await effectsOf('RUN sudo -S -u app rm /a && env -C /opt rm x && env -i A=1 rm y && echo /z | xargs rm -f', { workdir: '/w' })).toEqual([
      { kind: 'delete', command: 'rm', path: '/a', recursive: false },
      { kind: 'delete', command: 'rm', path: '/opt/x', recursive: false },
      { kind: 'delete', command: 'rm', path: '/w/y', recursive: false },
      { kind: 'unknown-write', command: 'xargs', cwd: '/w', reason: 'xargs: runs a command with arguments read at build time' },
    ]);
  });

  test("env's assignments reach the wrapped command", async () => {
    expect(await effectsOf('RUN env PIP_NO_CACHE_DIR=off pip install x')).toMatchObject([{ kind: 'unknown-write', command: 'pip' }]);
  });

  test('a redirect on a wrapper takes what the wrapped command prints', async () => {
    expect(await effectsOf('RUN sudo echo hi > /f')).toEqual([{ kind: 'write', command: '>', path: '/f', bytes: exact(3) }]);
  });

  test('an unknown command is an unknown write, counted in the directory it runs in', async () => {
    expect(await effectsOf('RUN ./configure --prefix=/usr', { workdir: '/src' })).toEqual([
      { kind: 'unknown-write', command: 'configure', cwd: '/src', reason: '`configure` writes files dflint cannot see' },
    ]);
  });

  test('sh -c is not re-parsed', async () => {
    expect(await effectsOf("RUN sh -c 'rm /x'")).toEqual([
      { kind: 'unknown-write', command: 'sh', cwd: '/', reason: 'sh -c: dflint does not read the inner script' },
    ]);
  });

  test('read-only commands and --version write nothing', async () => {
    const script = 'set -eux; true; false || :; echo x; ls -la /; test -f /x && [ -d /y ]; grep -q a /b; which git; id; uname -a; node --version; go version; env; find / -name x; export A=1; unset A; sleep 1';
    expect(await effectsOf(`RUN ${script}`)).toEqual([]);
  });

  test('a dynamic command name is an unknown write', async () => {
    expect(await effectsOf('RUN $INSTALLER --yes')).toMatchObject([
      { kind: 'unknown-write', reason: 'the command name is not known statically' },
    ]);
  });

  test('commands in substitutions, conditions and || branches count', async () => {
    const effects = await effectsOf('RUN if [ -f /x ]; then rm /x; else touch /y; fi; test -d /z || mkdir -p /z; echo $(touch /s)');
    expect(effects.map((effect) => ('path' in effect ? effect.path : ''))).toEqual(['/x', '/y', '/z', '/s']);
  });

  test('nested wrappers: the innermost assignment wins, env -C of an outer one still applies', async () => {
    expect((await effectsOf('RUN sudo HOME=/h env HOME=/g npm install x'))[0]).toMatchObject({ kind: 'cache-write', dir: '/g/.npm' });
    expect((await effectsOf('RUN env HOME=/h sudo npm install x'))[0]).toMatchObject({ kind: 'cache-write', dir: '/h/.npm' });
    expect(await effectsOf('RUN env -C /o sudo rm x')).toEqual([{ kind: 'delete', command: 'rm', path: '/o/x', recursive: false }]);
  });

  test('20,000 nested wrappers are peeled in a loop, not a stack overflow (issue 13 item 5)', async () => {
    expect(await effectsOf(`RUN ${'sudo env A=1 '.repeat(10_000)}rm /a`)).toEqual([
      { kind: 'delete', command: 'rm', path: '/a', recursive: false },
    ]);
  });
});
