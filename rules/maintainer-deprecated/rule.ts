import { defineStageRule, fixRemovals } from '@dflint/core/rule-kit';
import { doubleQuoted } from '../docker-quote';

export default defineStageRule({
  meta: {
    name: 'maintainer-deprecated',
    description: 'MAINTAINER is deprecated; the OCI authors label replaces it',
    category: 'metadata',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['DL4000', 'MaintainerDeprecated'],
  },
  checkStage({ document, instructions, report }) {
    for (const instruction of instructions) {
      const maintainer = instruction.keyword === 'MAINTAINER' ? instruction : instruction.trigger;
      if (maintainer?.keyword !== 'MAINTAINER') continue;
      // MAINTAINER's text is taken literally (no quotes, escapes or $ expansion)
      const author = maintainer.argsText.trim();
      if (!author) {
        report({ range: maintainer.range, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…"' });
        continue;
      }
      const label = `LABEL org.opencontainers.image.authors=${doubleQuoted(author, document.escapeChar)}`;
      report({
        range: maintainer.range,
        message: `MAINTAINER is deprecated: use ${label}`,
        // inside ONBUILD only the trigger is replaced
        fix: () => ({
          safety: 'safe',
          description: `replace MAINTAINER with ${label}`,
          edits: [{ range: maintainer.range, newText: label }],
          removes: fixRemovals(document, { deleted: [maintainer] }),
        }),
      });
    }
  },
});
