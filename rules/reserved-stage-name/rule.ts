import { defineRule } from '@dflint/core/rule-kit';
import { fromParts } from '../stages-shared';

/** BuildKit's reservedStageNames: `FROM scratch` is the empty image, `context` the build context. */
const RESERVED = new Map([
  ['scratch', 'FROM scratch means the empty image'],
  ['context', '"context" names the build context in COPY --from and --build-context'],
]);

export default defineRule({
  meta: {
    name: 'reserved-stage-name',
    description: 'a stage named scratch or context, words Docker reserves',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3063', 'ReservedStageName'],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      const { name } = fromParts(stage.from);
      const why = stage.name === undefined ? undefined : RESERVED.get(stage.name);
      if (!name || !why) continue;
      report({ range: name.range, message: `stage name "${name.value}" is a reserved word (${why}): choose another name` });
    }
  },
});
