import { defineRule, joinWords, parseImageReference, ReferenceError, stageNamed } from '@dflint/core/rule-kit';
import { expandFromWord, fromEnvironment, fromParts, unsetIn } from '../stages-shared';

export default defineRule({
  meta: {
    name: 'invalid-default-arg-in-from',
    description: 'FROM whose image name, with the ARG defaults, is empty or invalid',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['InvalidDefaultArgInFrom'],
  },
  check({ document, report }) {
    const environment = fromEnvironment(document);
    if (!environment) return;
    const { env, unsetBehind } = environment;
    for (const stage of document.stages) {
      const { image } = fromParts(stage.from);
      if (!image || !image.value.includes('$')) continue;
      const value = expandFromWord(image.value, env, document.escapeChar);
      if (value === undefined || value.toLowerCase() === 'scratch' || stageNamed(document, value, stage.index) !== undefined || isValid(value)) continue;
      const unset = unsetIn(image.value, env, unsetBehind, document.escapeChar);
      const advice = unset.length
        ? `give ${joinWords(unset.map((name) => `ARG ${name}`))} a default before the first FROM, or write a fallback (\${${unset[0]}:-…})`
        : 'fix the default';
      const result = value === '' ? 'an empty name' : `"${value}", not a valid image name`;
      report({ range: image.range, message: `FROM ${image.value} is ${result} when no --build-arg is given: ${advice}` });
    }
  },
});

function isValid(reference: string): boolean {
  try {
    parseImageReference(reference);
    return true;
  } catch (error) {
    if (error instanceof ReferenceError) return false;
    throw error;
  }
}
