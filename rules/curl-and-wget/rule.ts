import { defineStageRule, type ShellWord } from '@dflint/core/rule-kit';
import { checkedRuns } from '../pm-flags-shared';

type Tool = 'curl' | 'wget';

export default defineStageRule({
  meta: {
    name: 'curl-and-wget',
    description: 'curl and wget both used in one stage: one download tool is enough',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: ['DL4001'],
  },
  checkStage({ document, instructions, report, mentionLine }) {
    // per stage, and apart for ONBUILD triggers (they run in another image); where each tool is first used
    const seen = new Map<string, Map<Tool, ShellWord>>();
    for (const run of checkedRuns(document, instructions)) {
      const stageKey = `${(run.onbuild ?? run.run).stageIndex}${run.onbuild ? ' onbuild' : ''}`;
      const firstUse = seen.get(stageKey) ?? new Map<Tool, ShellWord>();
      seen.set(stageKey, firstUse);
      const uses = new Map<Tool, ShellWord>();
      for (const command of run.commands) {
        if ((command.name === 'curl' || command.name === 'wget') && !uses.has(command.name)) uses.set(command.name, command.argv[0]);
      }
      for (const [tool, word] of uses) if (!firstUse.has(tool)) firstUse.set(tool, word);
      if (uses.size === 0 || firstUse.size < 2) continue;
      const [[tool, word]] = uses;
      const other: Tool = tool === 'curl' ? 'wget' : 'curl';
      const otherWord = uses.get(other) ?? firstUse.get(other)!;
      const line = mentionLine(word.range);
      const otherLine = mentionLine(otherWord.range);
      report({
        range: word.range,
        message: `${otherLine === line ? `\`${tool}\` and \`${other}\` at line ${line}` : `\`${tool}\` at line ${line} and \`${other}\` at line ${otherLine}`}, in the same stage: use one download tool, so the image carries one`,
      });
    }
  },
});
