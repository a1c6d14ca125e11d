import type { ShellWord } from '../../parse/shell-types';
import { UNKNOWN } from '../bytes';
import type { Effect } from '../types';
import { origin, resolveText, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { parseOptions } from './options';

// The account tools (shadow's useradd, groupadd, …; Debian's adduser on top of them; busybox's)
// rewrite each database they change and keep its previous version as `<file>-`, so a layer stores
// both and hides the lower copies of each. The new size is not worked out (it depends on the
// names, IDs and defaults): the rewrite adds an unknown amount. Measured in the ground-truth case
// debian-useradd-home. Modern shadow (≥ 4.6, Debian buster on) leaves /var/log/lastlog and faillog
// alone when they are shorter than the UID's record, as they are in images (0 bytes).
const USERS = ['/etc/passwd', '/etc/shadow'];
const GROUPS = ['/etc/group', '/etc/gshadow'];
const SUBORDINATE_IDS = ['/etc/subuid', '/etc/subgid'];

function rewrite(call: Call, databases: readonly string[]): Effect[] {
  return databases.flatMap((path): Effect[] => [
    { kind: 'copy', ...origin(call), from: path, to: `${path}-`, recursive: false, move: false, intoDirectory: false },
    { kind: 'copy-up', ...origin(call), path, recursive: false, extraBytes: UNKNOWN },
  ]);
}

/** The home directory a tool makes for `user`, `home` when given; undefined when not known. */
function homePath(call: Call, home: ShellWord | undefined, user: ShellWord | undefined, base: string): string | undefined {
  if (home) {
    const text = textOf(call, home);
    return text === undefined ? undefined : resolveText(call, text);
  }
  const name = textOf(call, user);
  return name === undefined ? undefined : `${base}/${name}`;
}

function useradd(call: Call): Effect[] {
  const args = parseOptions(call.args, {
    shortValues: 'bcdefgGkKpPRsuZ',
    longValues: ['base-dir', 'comment', 'home-dir', 'expiredate', 'inactive', 'gid', 'groups', 'skel', 'key', 'password', 'prefix', 'root', 'shell', 'uid', 'selinux-user'],
  });
  const createsGroup = !args.has('-g', '--gid', '-N', '--no-user-group');
  const groups = createsGroup || args.has('-G', '--groups') ? GROUPS : [];
  const subordinate = args.has('-r', '--system') ? [] : SUBORDINATE_IDS;
  const effects = rewrite(call, [...USERS, ...groups, ...subordinate]);
  if (!args.has('-m', '--create-home')) return effects;
  const base = textOf(call, args.value('-b', '--base-dir')) ?? '/home';
  const home = homePath(call, args.value('-d', '--home-dir'), args.operands.at(-1), base);
  const skelWord = args.value('-k', '--skel');
  const skel = skelWord ? textOf(call, skelWord) : '/etc/skel';
  if (home === undefined || skel === undefined) {
    // an unnamed home still lies under the base directory, unless -d puts it elsewhere
    const under = home ?? (args.has('-d', '--home-dir') ? undefined : base);
    return [...effects, unknownWrite(call, 'useradd: creates the home directory from /etc/skel', under)];
  }
  // the home is made and /etc/skel's files copied into it
  effects.push({ kind: 'mkdir', ...origin(call), path: home, fresh: false });
  effects.push({ kind: 'copy', ...origin(call), from: skel, to: home, recursive: true, move: false, intoDirectory: false });
  return effects;
}

/** Debian's adduser and busybox's: both make the home unless told not to. `adduser USER GROUP` only adds to a group. */
function adduser(call: Call): Effect[] {
  const args = parseOptions(call.args, {
    shortValues: 'hgsGuk',
    longValues: ['home', 'gecos', 'shell', 'uid', 'gid', 'ingroup', 'firstuid', 'lastuid', 'conf', 'comment', 'firstgid', 'lastgid'],
  });
  if (args.operands.length > 1) return rewrite(call, GROUPS);
  const system = args.has('-S', '--system');
  const effects = rewrite(call, [...USERS, ...GROUPS, ...(system ? [] : SUBORDINATE_IDS)]);
  const home = args.value('-h', '--home');
  if (args.has('-H', '--no-create-home') || (system && home === undefined)) return effects;
  const path = homePath(call, home, args.operands[0], '/home');
  return [...effects, unknownWrite(call, `${call.name}: creates the home directory from /etc/skel`, path)];
}

/** Tools whose changes depend on their options or on the accounts already there: they may rewrite any database. */
function mayRewriteAccounts(call: Call): Effect[] {
  return [...USERS, ...GROUPS].map((path) => unknownWrite(call, `${call.name}: rewrites the account databases it changes`, path));
}

export const ACCOUNT_COMMANDS: Readonly<Record<string, Handler>> = {
  useradd,
  adduser,
  groupadd: (call) => rewrite(call, GROUPS),
  addgroup: (call) => rewrite(call, GROUPS),
  groupmod: (call) => rewrite(call, GROUPS),
  groupdel: (call) => rewrite(call, GROUPS),
  usermod: mayRewriteAccounts,
  userdel: mayRewriteAccounts,
  deluser: mayRewriteAccounts,
  delgroup: mayRewriteAccounts,
  passwd: mayRewriteAccounts,
  chpasswd: mayRewriteAccounts,
  gpasswd: mayRewriteAccounts,
  chage: mayRewriteAccounts,
};
