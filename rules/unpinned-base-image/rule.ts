import { defineRule, parseImageReference, ReferenceError } from '@dflint/core/rule-kit';
import { fromParts } from '../stages-shared';

export default defineRule({
  meta: {
    name: 'unpinned-base-image',
    description: 'FROM an image without a tag or digest, or with the mutable tag latest',
    category: 'build-cache',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3006', 'DL3007'],
    aliasesPerFinding: true,
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      const { image } = fromParts(stage.from);
      // FROM scratch and FROM <stage> pull nothing; a variable's value is the build's to choose
      if (!image || stage.baseStage !== undefined || image.value.toLowerCase() === 'scratch' || image.value.includes('$')) continue;
      const written = image.value;
      const at = written.indexOf('@');
      const name = at < 0 ? written : written.slice(0, at);
      const colon = name.lastIndexOf(':');
      const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
      if (at >= 0) continue;
      if (tag === undefined) {
        if (!isReference(written)) continue;
        report({
          range: image.range,
          message: `FROM ${written} has no tag or digest: pin it (${written}:<version>, or @sha256:… as well) so every build starts from the same image`,
          aliases: ['DL3006'],
        });
      } else if (tag === 'latest') {
        report({
          range: image.range,
          message: `FROM ${written} uses the tag latest, which moves with every release: pin a version tag (or add @sha256:…)`,
          aliases: ['DL3007'],
        });
      }
    }
  },
});

/** Names Docker refuses are syntax-error's to report, not this rule's. */
function isReference(text: string): boolean {
  try {
    parseImageReference(text);
    return true;
  } catch (error) {
    if (error instanceof ReferenceError) return false;
    throw error;
  }
}
