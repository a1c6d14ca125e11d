import { defineStageRule, joinWords, refuse, rewrittenCommands, type ShellCommand, type TextEdit } from '@dflint/core/rule-kit';
import { checkedRuns, packageCommandsOf, uneditableRun } from '../pm-flags-shared';

/** Subcommands apt-get runs as apt does, so `apt` → `apt-get` is a fix (unsafe: see the README). */
const SAME_IN_APT_GET: ReadonlySet<string> = new Set(['install', 'reinstall', 'remove', 'purge', 'update', 'upgrade', 'autoremove', 'autopurge', 'clean', 'autoclean']);

export default defineStageRule({
  meta: {
    name: 'apt-in-script',
    description: 'apt, the interactive front end, in a RUN: its command line is not stable; use apt-get or apt-cache',
    category: 'correctness',
    severity: 'warning',
    fixable: 'unsafe',
    aliases: ['DL3027'],
  },
  checkStage({ document, instructions, report }) {
    for (const run of checkedRuns(document, instructions)) {
      const found = packageCommandsOf(run).filter(({ found }) => found.program === 'apt');
      if (found.length === 0) continue;
      const phrases = [...new Set(found.map(({ found: each }) => `\`${['apt', each.subcommand].filter(Boolean).join(' ')}\``))];
      const edits: TextEdit[] = [];
      const rewritten: ShellCommand[] = [];
      for (const { found: each, programWord, command } of found) {
        if (programWord && each.subcommand !== undefined && SAME_IN_APT_GET.has(each.subcommand)) {
          edits.push({ range: { start: programWord.range.end, end: programWord.range.end }, newText: '-get' });
          rewritten.push(command);
        }
      }
      const [first] = found;
      const at = first.programWord ?? first.command.argv[0];
      report({
        range: at.range,
        message: `${joinWords(phrases)}: apt is meant for people at a terminal and warns that its command line may change; use apt-get (or apt-cache) in scripts`,
        fix: uneditableRun(run.run)
          ? refuse(uneditableRun(run.run)!)
          : edits.length > 0
            ? { safety: 'unsafe', description: 'use apt-get instead of apt', edits, removes: rewrittenCommands(document, run.run, rewritten) }
            : refuse('no subcommand here that apt-get runs the same way'),
      });
    }
  },
});
