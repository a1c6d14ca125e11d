import { exact, UNKNOWN } from '../bytes';
import { effectsOf } from './test-fixtures';

const MiB = 1024 * 1024;

describe('redirects', () => {
  test.each([
    ['echo -n hi > /f', exact(2)],
    ['echo > /f', exact(1)],
    ['echo a "b  c" > /f', exact(7)],
    ['echo "a\\nb" > /f', UNKNOWN],
    ['echo -e x > /f', UNKNOWN],
    ['printf "abc" > /f', exact(3)],
    ['printf "%s\\n" x > /f', exact(2)],
    ["printf '%s\\n' a bb > /f", exact(5)],
    ["printf 'a\\tb\\n' > /f", exact(4)],
    ["printf '\\0101 100%% é' > /f", exact(10)],
    ["printf '%s-%s\\n' a b c > /f", exact(7)],
    ["printf '%d\\n' 5 > /f", UNKNOWN],
    ["printf '%5s' a > /f", UNKNOWN],
    ["printf '\\x41' > /f", UNKNOWN],
    ["printf 'no conversion' extra > /f", UNKNOWN],
    ['printf "$NOPE" > /f', UNKNOWN],
    [': > /f', exact(0)],
    ['true > /f', exact(0)],
    ['> /f', exact(0)],
    ['ls -la > /f', UNKNOWN],
    ['echo $HOME > /f', exact(6)],
    ['echo $NOPE > /f', UNKNOWN],
    ['head -c 100 /dev/urandom > /f', exact(100)],
    ['head -c 1K < /dev/zero > /f', exact(1024)],
    ['head -c 100 /etc/passwd > /f', UNKNOWN],
    ['dd if=/dev/zero bs=1M count=2 > /f', exact(2 * MiB)],
    ['echo hi >| /f', exact(3)],
    ['echo hi &> /f', exact(3)],
  ])('%s', async (line, bytes) => {
    expect(await effectsOf(`RUN ${line}`)).toEqual([{ kind: 'write', command: '>', path: '/f', bytes }]);
  });

  test('cat FILE > OUT copies; cat of several files or a heredoc is unknown', async () => {
    expect(await effectsOf('RUN cat /etc/a > b && cat x y > /c', { workdir: '/w' })).toEqual([
      { kind: 'copy', command: '>', from: '/etc/a', to: '/w/b', recursive: false, move: false, intoDirectory: false },
      { kind: 'write', command: '>', path: '/c', bytes: UNKNOWN },
    ]);
    expect(await effectsOf('RUN cat <<EOF > /etc/conf\nline\nEOF')).toEqual([
      { kind: 'write', command: '>', path: '/etc/conf', bytes: UNKNOWN },
    ]);
  });

  test('/dev/null, fd duplications and input redirects write nothing', async () => {
    expect(await effectsOf('RUN ls > /dev/null 2>&1 < /etc/hosts && echo x >&2 && echo y 1>/dev/stderr')).toEqual([]);
  });

  test('stderr to a file: nothing from echo, unknown from other commands', async () => {
    expect(await effectsOf('RUN echo x 2> /e1 && make 2> /e2')).toMatchObject([
      { kind: 'write', path: '/e1', bytes: exact(0) },
      { kind: 'unknown-write', command: 'make' },
      { kind: 'write', path: '/e2', bytes: UNKNOWN },
    ]);
  });

  test('2>&1 mixes stderr in: still exact for echo', async () => {
    expect(await effectsOf('RUN echo hi > /f 2>&1')).toEqual([{ kind: 'write', command: '>', path: '/f', bytes: exact(3) }]);
  });

  test('a dynamic redirect target is an unknown write', async () => {
    expect(await effectsOf('RUN echo x > "$OUT"')).toMatchObject([{ kind: 'unknown-write', command: '>' }]);
  });
});
