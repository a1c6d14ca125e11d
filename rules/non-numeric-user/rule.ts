import { defineRule, expandVariables, looksLikeWindowsImage, stageEnvironments } from '@dflint/core/rule-kit';
import { stageChain } from '../instruction-shared';

export default defineRule({
  meta: {
    name: 'non-numeric-user',
    description: 'USER names a user instead of a numeric id',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['DL3066'],
  },
  check({ document, report }) {
    const environments = stageEnvironments(document);
    for (const instruction of document.instructions) {
      const user = instruction.keyword === 'USER' ? instruction.args[0] : undefined;
      if (!user) continue;
      // Windows users (ContainerUser, ContainerAdministrator) have no numeric id
      const root = instruction.stageIndex < 0 ? undefined : document.stages[stageChain(document, instruction.stageIndex)[0]];
      if (root && looksLikeWindowsImage(root.base)) continue;
      const uid = user.value.split(':', 1)[0];
      // a variable is judged by its value when dflint knows it (an ARG's default, an ENV), else left alone
      const expanded = expandVariables(uid, environments.get(instruction)?.env ?? new Map(), { escapeChar: document.escapeChar });
      const value = expanded.value;
      // root is root on every host; whether the image should run as root is root-user's question
      if (expanded.unknown.length > 0 || /^\d*$/.test(value) || value === 'root') continue;
      report({
        range: user.range,
        message: `USER \`${user.value}\` names a user${value === uid ? '' : ` (\`${uid}\` is \`${value}\`)`}, not a numeric id: the host cannot resolve it, and Kubernetes' runAsNonRoot cannot verify it is not root; use the numeric id`,
      });
    }
  },
});
