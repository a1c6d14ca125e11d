import { defineStageRule, insertFlagEdit, joinWords, refuse, unansweredPrompt, type Range } from '@dflint/core/rule-kit';
import { checkedRuns, commandPhrase, failureFailsRun, packageCommandsOf, uneditableRun, type FoundPackageCommand } from '../pm-flags-shared';

/** hadolint's code for each program's missing yes switch; a finding carries its program's code only. */
const CODE_BY_PROGRAM: Readonly<Record<string, string>> = {
  'apt-get': 'DL3014',
  yum: 'DL3030',
  zypper: 'DL3034',
  dnf: 'DL3038',
  microdnf: 'DL3038',
  dnf5: 'DL3038',
};

interface Unanswered {
  at: FoundPackageCommand;
  range: Range;
  phrase: string;
  option: string;
  edit: ReturnType<typeof insertFlagEdit> | undefined;
}

export default defineStageRule({
  meta: {
    name: 'install-without-yes',
    description: 'apt-get, yum, dnf or zypper installs or removes without the switch that answers its confirmation prompt (-y, zypper -n)',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    aliases: [...new Set(Object.values(CODE_BY_PROGRAM))].sort(),
    aliasesPerFinding: true,
  },
  checkStage({ document, instructions, report }) {
    for (const run of checkedRuns(document, instructions)) {
      // one finding per RUN and code, naming every command that would ask
      const byCode = new Map<string, Unanswered[]>();
      for (const at of packageCommandsOf(run)) {
        const code = CODE_BY_PROGRAM[at.found.program];
        const prompt = code ? unansweredPrompt(at.found, at.programWord) : undefined;
        if (!code || !prompt) continue;
        const edit = prompt.insertAfter && insertFlagEdit(prompt.insertAfter, prompt.option);
        const list = byCode.get(code) ?? [];
        list.push({ at, range: { start: (at.programWord ?? prompt.lastWord).range.start, end: prompt.lastWord.range.end }, phrase: commandPhrase(at.found, prompt.subcommand), option: prompt.option, edit });
        byCode.set(code, list);
      }
      for (const [code, found] of byCode) {
        const [first] = found;
        const option = first.option;
        const where = option === '-n' ? ` after \`${first.at.found.program}\`` : '';
        const phrases = joinWords([...new Set(found.map((each) => each.phrase))]);
        report({
          range: first.range,
          message: `${phrases} may stop to ask for confirmation, which a build cannot give: add \`${option}\`${where}`,
          aliases: [code],
          fix: () => fixOf(found, document, run.run),
        });
      }
    }
  },
});

function fixOf(found: Unanswered[], document: Parameters<typeof failureFailsRun>[0], run: Parameters<typeof failureFailsRun>[1]) {
  const uneditable = uneditableRun(run);
  if (uneditable) return refuse(uneditable);
  if (found.some((each) => !each.edit)) return refuse('the program is named by a wrapper dflint cannot edit');
  // the switch only answers a prompt that made the command fail; that failure must have failed the build
  const tolerated = found.find((each) => !failureFailsRun(document, run, each.at.command));
  if (tolerated) return refuse(`the RUN may go on when ${tolerated.phrase} fails, so answering its prompt can change the image`);
  return {
    safety: 'safe' as const,
    description: `add ${found[0].option} to ${joinWords(found.map((each) => each.phrase))}`,
    edits: found.map((each) => each.edit!),
  };
}
