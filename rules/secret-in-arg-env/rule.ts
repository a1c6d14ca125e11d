import { defineRule, instructionsWithTriggers, type Pair, type Range } from '@dflint/core/rule-kit';
import { buildkitFlags, hadolintFlags, notASecret } from './secret-names';

const HADOLINT = 'DL3064';
const BUILDKIT = 'SecretsUsedInArgOrEnv';

export default defineRule({
  meta: {
    name: 'secret-in-arg-env',
    description: 'ARG or ENV whose name says it holds a secret (token, password, key): the value stays in the image',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: [HADOLINT, BUILDKIT],
    aliasesPerFinding: true,
  },
  check({ document, report }) {
    for (const { instruction, onbuild } of instructionsWithTriggers(document, 'ARG', 'ENV')) {
      // keys grouped by the codes that find them: one finding per group, carrying those codes
      const groups = new Map<string, Pair[]>();
      for (const pair of instruction.pairs ?? []) {
        if (notASecret(pair.key, pair.value)) continue;
        // BuildKit runs a trigger only in the child's build, where it checks it as that build's own
        const codes = [hadolintFlags(pair.key) && HADOLINT, !onbuild && buildkitFlags(pair.key) && BUILDKIT].filter((code): code is string => !!code);
        if (codes.length === 0) continue;
        const key = codes.join(',');
        groups.set(key, [...(groups.get(key) ?? []), pair]);
      }
      for (const [codes, pairs] of groups) {
        const names = pairs.map((pair) => `\`${pair.key}\``).join(', ');
        const kind = pairs.length === 1 ? 'name looks' : 'names look';
        report({
          range: keyRange(pairs[0]),
          message:
            `${instruction.keyword} ${names}: the ${kind} like a secret, and ${instruction.keyword} values stay in the image's ` +
            `${instruction.keyword === 'ENV' ? 'config' : 'build history'}; pass secrets with RUN --mount=type=secret instead`,
          aliases: codes.split(','),
        });
      }
    }
  },
});

/** The key's range: the start of the pair's word, as long as the key as written. */
function keyRange(pair: Pair): Range {
  const { start } = pair.range;
  const length = pair.raw.startsWith(pair.key) ? pair.key.length : pair.raw.indexOf('=') > 0 ? pair.raw.indexOf('=') : pair.raw.length;
  return { start, end: { line: start.line, character: start.character + length } };
}
