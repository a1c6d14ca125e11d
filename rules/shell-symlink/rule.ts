import { defineStageRule, type ShellCommand } from '@dflint/core/rule-kit';
import { commandText, parseCommandOptions, quotedNames, runsWithCommands } from '../run-shell-shared';

/** The link `ln` makes: its last operand, unless `-t DIR` names a directory to link into. */
function linkName(command: ShellCommand): string | undefined {
  const { options, operands } = parseCommandOptions(command, 'St', ['suffix', 'target-directory']);
  if (options.has('-t') || options.has('--target-directory') || operands.length < 2) return undefined;
  const last = operands[operands.length - 1];
  return last.dynamic ? undefined : last.value;
}

export default defineStageRule({
  meta: {
    name: 'shell-symlink',
    description: 'RUN replaces /bin/sh with a link (ln … /bin/sh): use SHELL to change the shell RUN uses',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL4005'],
  },
  checkStage({ document, instructions, report }) {
    for (const { commands } of runsWithCommands(document, instructions, { onbuild: true })) {
      const links = commands.filter((command) => command.name === 'ln' && linkName(command) === '/bin/sh');
      if (links.length === 0) continue;
      report({
        range: links[0].range,
        message: `${quotedNames(links.map((link) => commandText(link)))} replaces /bin/sh, for every later RUN and for the container's scripts too: to run RUN under another shell, use SHELL (e.g. SHELL ["/bin/bash", "-c"])`,
      });
    }
  },
});
