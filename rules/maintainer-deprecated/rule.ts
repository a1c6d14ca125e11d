import { defineRule } from '@dflint/core';

export default defineRule({
  meta: {
    name: 'maintainer-deprecated',
    description: 'MAINTAINER is deprecated; the OCI authors label replaces it',
    category: 'metadata',
    severity: 'warning',
    fixable: false,
    aliases: ['DL4000', 'MaintainerDeprecated'],
  },
  check({ document, report }) {
    for (const instruction of document.instructions) {
      const maintainer = instruction.keyword === 'MAINTAINER' ? instruction : instruction.trigger;
      if (maintainer?.keyword !== 'MAINTAINER') continue;
      const author = maintainer.argsText.trim();
      const label = author
        ? `LABEL org.opencontainers.image.authors=${JSON.stringify(author)}`
        : 'LABEL org.opencontainers.image.authors="…"';
      report({ range: maintainer.range, message: `MAINTAINER is deprecated: use ${label}` });
    }
  },
});
