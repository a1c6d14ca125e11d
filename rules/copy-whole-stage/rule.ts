import { defineRule } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'copy-whole-stage',
    description: 'COPY --from=<stage> / /: the whole filesystem of another stage or image',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3067'],
  },
  check({ document, report }) {
    for (const copy of document.instructions) {
      const from = copy.keyword === 'COPY' ? copy.flags.find((flag) => flag.name === 'from' && flag.value) : undefined;
      if (!from || copy.args.length < 2) continue;
      const sources = copy.args.slice(0, -1);
      const destination = copy.args[copy.args.length - 1];
      const root = sources.find((source) => unquoted(source.value) === '/');
      if (!root || unquoted(destination.value) !== '/') continue;
      report({
        range: root.range,
        message: `COPY --from=${from.value} / / copies the whole filesystem of ${from.value}, its base image included, into a new layer: copy only the paths you need`,
      });
    }
  },
});

function unquoted(word: string): string {
  return word.replace(/^(["'])(.*)\1$/, '$2');
}
