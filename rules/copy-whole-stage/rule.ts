import { defineRule, stageNamed, type ParsedDocument, type Stage } from '@dflint/core/rule-kit';
import { expandFromWord, fromEnvironment } from '../stages-shared';

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
    for (const stage of document.stages) {
      for (const copy of stage.instructions) {
        const from = copy.keyword === 'COPY' ? copy.flags.find((flag) => flag.name === 'from' && flag.value) : undefined;
        if (!from?.value || copy.args.length < 2) continue;
        const sources = copy.args.slice(0, -1);
        const destination = copy.args[copy.args.length - 1];
        const root = sources.find((source) => unquoted(source.value) === '/');
        if (!root || unquoted(destination.value) !== '/') continue;
        const source = stageNamed(document, from.value, stage.index);
        const base = source === undefined ? undefined : rootBase(document, source);
        // a stage built FROM scratch holds only what it made: copying it whole is how build output is exported
        if (base?.toLowerCase() === 'scratch') continue;
        const what = source === undefined ? `the image ${from.value}` : `the stage ${from.value}${base ? `, its base image ${base} included,` : ''}`;
        report({ range: root.range, message: `COPY --from=${from.value} / / copies the whole filesystem of ${what} into a new layer: copy only the paths you need` });
      }
    }
  },
});

/** The image a stage's FROM <stage> chain starts from (a variable naming a stage is followed with the ARG defaults). */
function rootBase(document: ParsedDocument, index: number): string | undefined {
  const environment = fromEnvironment(document);
  const seen = new Set<number>();
  for (let at: number | undefined = index; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const stage: Stage = document.stages[at];
    if (stage.baseStage !== undefined) {
      at = stage.baseStage;
      continue;
    }
    const expanded = stage.base.includes('$') && environment ? expandFromWord(stage.base, environment.env, document.escapeChar) : stage.base;
    if (expanded === undefined) return undefined;
    const named = stageNamed(document, expanded, at);
    if (named === undefined) return expanded.includes('$') ? undefined : expanded;
    at = named;
  }
  return undefined;
}

function unquoted(word: string): string {
  return word.replace(/^(["'])(.*)\1$/, '$2');
}
