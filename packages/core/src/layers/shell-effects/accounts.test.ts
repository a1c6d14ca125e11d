import { UNKNOWN } from '../bytes';
import { effectsOf } from './test-fixtures';

/** What a tool does to each database it changes: keeps the old one as `<file>-` and writes it anew. */
const rewrites = (command: string, ...paths: string[]) =>
  paths.flatMap((path) => [
    { kind: 'copy', command, from: path, to: `${path}-`, recursive: false, move: false, intoDirectory: false },
    { kind: 'copy-up', command, path, recursive: false, extraBytes: UNKNOWN },
  ]);
const USERS = ['/etc/passwd', '/etc/shadow'];
const GROUPS = ['/etc/group', '/etc/gshadow'];
const SUBORDINATE_IDS = ['/etc/subuid', '/etc/subgid'];

describe('account tools', () => {
  test('groupadd rewrites group and gshadow, each with its - backup', async () => {
    expect(await effectsOf('RUN groupadd -r app')).toEqual(rewrites('groupadd', ...GROUPS));
  });

  test('useradd -m rewrites the user, group and subordinate-ID databases and copies /etc/skel into the home; no lastlog', async () => {
    expect(await effectsOf('RUN useradd -m -u 1000 -s /bin/bash app')).toEqual([
      ...rewrites('useradd', ...USERS, ...GROUPS, ...SUBORDINATE_IDS),
      { kind: 'mkdir', command: 'useradd', path: '/home/app', fresh: false },
      { kind: 'copy', command: 'useradd', from: '/etc/skel', to: '/home/app', recursive: true, move: false, intoDirectory: false },
    ]);
  });

  test('useradd: a system user gets no subordinate IDs; -g with no -G leaves the groups; -d, -b and -k move the home and skel', async () => {
    expect(await effectsOf('RUN useradd -r -g app svc')).toEqual(rewrites('useradd', ...USERS));
    expect(await effectsOf('RUN useradd -N -G wheel ops')).toEqual(rewrites('useradd', ...USERS, ...GROUPS, ...SUBORDINATE_IDS));
    expect(await effectsOf('RUN useradd -m -d /srv/app -k /opt/skel app && useradd --create-home --base-dir /users bob')).toMatchObject([
      ...rewrites('useradd', ...USERS, ...GROUPS, ...SUBORDINATE_IDS),
      { kind: 'mkdir', path: '/srv/app' },
      { kind: 'copy', from: '/opt/skel', to: '/srv/app' },
      ...rewrites('useradd', ...USERS, ...GROUPS, ...SUBORDINATE_IDS),
      { kind: 'mkdir', path: '/users/bob' },
      { kind: 'copy', from: '/etc/skel', to: '/users/bob' },
    ]);
  });

  test('useradd -m with a home dflint cannot name writes somewhere unknown under the base directory', async () => {
    const reason = 'useradd: creates the home directory from /etc/skel';
    expect((await effectsOf('RUN useradd -m "$NAME"')).at(-1)).toEqual({ kind: 'unknown-write', command: 'useradd', reason, path: '/home' });
    expect((await effectsOf('RUN useradd -m -d "$HOMES/app" app', { workdir: '/w' })).at(-1)).toEqual({ kind: 'unknown-write', command: 'useradd', reason, cwd: '/w' });
  });

  test('adduser makes the home unless told not to (Debian and busybox spellings); adduser USER GROUP only rewrites the groups', async () => {
    expect((await effectsOf('RUN adduser --disabled-password --home /srv/app app')).at(-1)).toMatchObject({ kind: 'unknown-write', path: '/srv/app' });
    expect(await effectsOf('RUN adduser -D -H app')).toEqual(rewrites('adduser', ...USERS, ...GROUPS, ...SUBORDINATE_IDS));
    expect(await effectsOf('RUN adduser --system svc')).toEqual(rewrites('adduser', ...USERS, ...GROUPS));
    expect(await effectsOf('RUN adduser app wheel')).toEqual(rewrites('adduser', ...GROUPS));
  });

  test('usermod, userdel, passwd: what they rewrite depends on their options and the accounts, so it is unknown', async () => {
    expect(await effectsOf('RUN usermod -aG docker app')).toEqual(
      [...USERS, ...GROUPS].map((path) => ({ kind: 'unknown-write', command: 'usermod', reason: 'usermod: rewrites the account databases it changes', path })),
    );
  });
});
