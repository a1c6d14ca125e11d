import { defineStageRule, joinWords, stageEnvironments, type Instruction, type ParsedDocument, type ShellCommand, type ShellWord } from '@dflint/core/rule-kit';
import { parseCommandOptions, runsWithCommands } from '../run-shell-shared';

// shadow's useradd: the short options that take a value, and the long ones
const SHORT_VALUES = 'bcdefgGkKpPRsuZ';
const LONG_VALUES = ['base-dir', 'comment', 'home-dir', 'expiredate', 'inactive', 'gid', 'groups', 'skel', 'key', 'password', 'prefix', 'root', 'shell', 'uid', 'selinux-user', 'btrfs-subvolume-home'];

/** hadolint's threshold: a UID of more than five digits (100000 and up). */
const LONG_UID = /^\d{6,}$/;

/** The UID a word gives: its text, or the known value of the one variable it is (`$APP_UID`, `${APP_UID}`). */
function uidOf(document: ParsedDocument, run: Instruction, word: ShellWord | true): string | undefined {
  if (word === true) return undefined;
  if (!word.dynamic) return word.value;
  const variable = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/.exec(word.raw) ?? /^"\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})"$/.exec(word.raw);
  if (!variable) return undefined;
  return stageEnvironments(document).get(run)?.env.get(variable[1] ?? variable[2]);
}

/** The long UID a useradd without -l gives, if it does. */
function longUidWithoutL(document: ParsedDocument, run: Instruction, command: ShellCommand): string | undefined {
  if (command.name !== 'useradd') return undefined;
  const { options } = parseCommandOptions(command, SHORT_VALUES, LONG_VALUES);
  if (options.has('-l') || options.has('--no-log-init')) return undefined;
  const uids = [...(options.get('-u') ?? []), ...(options.get('--uid') ?? [])].map((word) => uidOf(document, run, word));
  return uids.find((uid) => uid !== undefined && LONG_UID.test(uid));
}

export default defineStageRule({
  meta: {
    name: 'useradd-without-no-log-init',
    description: 'useradd with a high UID and without -l: lastlog and faillog can grow into huge sparse files the layer stores in full',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['DL3046'],
  },
  checkStage({ document, instructions, report }) {
    for (const { run, commands } of runsWithCommands(document, instructions, { onbuild: true })) {
      const found = commands.flatMap((command) => {
        const uid = longUidWithoutL(document, run, command);
        return uid === undefined ? [] : [{ command, uid }];
      });
      if (found.length === 0) continue;
      const distinct = [...new Set(found.map(({ uid }) => uid))];
      const uids = `${distinct.length === 1 ? 'UID' : 'UIDs'} ${joinWords(distinct)}`;
      report({
        range: found[0].command.argv[0].range,
        message: `\`useradd\` with ${uids} but without -l (--no-log-init): useradd may grow /var/log/lastlog and faillog to the UID's record, sparse files that the layer stores in full; add -l`,
        fix: {
          safety: 'safe',
          description: `add -l to ${found.length === 1 ? 'useradd' : `the ${found.length} useradds`} (no lastlog or faillog record)`,
          edits: found.map(({ command }) => ({ range: { start: command.argv[0].range.end, end: command.argv[0].range.end }, newText: ' -l' })),
        },
      });
    }
  },
});
