import { defineRule, type Pair, type Range } from '@dflint/core/rule-kit';
import { rangeInPair, valueOffset, variableReferences } from '../vars-shared';

export default defineRule({
  meta: {
    name: 'env-self-reference',
    description: 'ENV that uses a variable it sets itself (`ENV A=1 B=$A`): the reference reads the old value',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3044'],
  },
  check({ document, report }) {
    // as hadolint: a name an earlier ARG or ENV (anywhere above) already set is fine to refer to
    const defined = new Set<string>();
    for (const instruction of document.instructions) {
      const pairs = instruction.pairs ?? [];
      if (instruction.keyword === 'ENV') {
        const found = selfReferences(pairs, defined, document.escapeChar);
        if (found.length > 0) {
          const names = [...new Set(found.map((reference) => reference.name))];
          report({
            range: found[0].range,
            message:
              `ENV refers to ${names.map((name) => `$${name}`).join(', ')}, which the same ENV sets: ` +
              `the reference reads the value from before this ENV; set ${names.length === 1 ? 'it' : 'them'} in an ENV of ${names.length === 1 ? 'its' : 'their'} own first`,
          });
        }
      }
      if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') for (const pair of pairs) defined.add(pair.key);
    }
  },
});

/**
 * hadolint's DL3044: a key this ENV sets that another of its pairs (before or after it) refers to,
 * unless an earlier instruction defined that name. A pair referring to its own key (`PATH=/x:$PATH`) is fine.
 */
function selfReferences(pairs: readonly Pair[], defined: ReadonlySet<string>, escapeChar: string): Array<{ name: string; range: Range }> {
  const found: Array<{ name: string; range: Range }> = [];
  pairs.forEach((pair, at) => {
    if (pair.rawValue === undefined) return;
    const offset = valueOffset(pair);
    for (const reference of variableReferences(pair.rawValue, escapeChar)) {
      const setHere = pairs.some((other, otherAt) => otherAt !== at && other.key === reference.name);
      if (setHere && !defined.has(reference.name)) found.push({ name: reference.name, range: rangeInPair(pair, offset + reference.start, offset + reference.end) });
    }
  });
  return found;
}

