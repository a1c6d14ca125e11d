import { defineStageRule } from '@dflint/core/rule-kit';
import { quotedNames, runsWithCommands } from '../run-shell-shared';

/** hadolint's list (DL3001): commands that act on a running system, or need a terminal. */
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

export default defineStageRule({
  meta: {
    name: 'pointless-command',
    description: 'RUN uses a command that makes no sense in an image build (ssh, vim, service, ps, top, …)',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['DL3001'],
  },
  checkStage({ document, instructions, report }) {
    for (const { commands } of runsWithCommands(document, instructions, { onbuild: true })) {
      // `kill` of a job the RUN itself started in the background (`server & …; kill $!`) is no mistake
      const startsJob = commands.some((command) => command.context.includes('background'));
      const found = commands.filter((command) => POINTLESS.has(command.name) && !(command.name === 'kill' && startsJob));
      if (found.length === 0) continue;
      const one = new Set(found.map((command) => command.name)).size === 1;
      report({
        range: found[0].argv[0].range,
        message: `${quotedNames(found.map((command) => command.name))} ${one ? 'makes' : 'make'} no sense in a RUN (a build step has no terminal, no running services and no process that outlives it); remove ${one ? 'it' : 'them'}`,
      });
    }
  },
});
