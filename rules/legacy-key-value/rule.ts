import { defineRule, isDockerSpace, ok, refuse, type DockerfileModel, type Fix, type FixOutcome, type Instruction, type Pair } from '@dflint/core/rule-kit';
import { requoteLegacyValue } from '../docker-quote';

export default defineRule({
  meta: {
    name: 'legacy-key-value',
    description: 'ENV or LABEL in the legacy `key value` form (no `=`), which Docker deprecates',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['LegacyKeyValueFormat'],
  },
  check({ document, report }) {
    for (const instruction of document.instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL') continue;
      const pair = instruction.pairs?.[0];
      if (!pair?.legacy || pair.rawValue === undefined) continue;
      const keyword = document.text.slice(document.lines.offsetAt(instruction.keywordRange.start), document.lines.offsetAt(instruction.keywordRange.end));
      const rewrite = rewritten(document, instruction, pair);
      report({
        range: keyRange(pair),
        message: `\`${keyword} ${keyOf(pair)} value\` is the legacy form without =, which Docker deprecates: write \`${keyword} ${keyOf(pair)}=value\``,
        fix: rewrite.ok
          ? ok<Fix>({
              safety: 'safe',
              description: `rewrite as ${keyword} ${rewrite.value.text}`,
              edits: [{ range: { start: pair.range.start, end: instruction.range.end }, newText: rewrite.value.text }],
            })
          : rewrite,
      });
    }
  },
});

/** The key as written: the pair's text up to the first blank. */
function keyOf(pair: Pair): string {
  const end = [...pair.raw].findIndex((ch) => isDockerSpace(ch));
  return end === -1 ? pair.raw : pair.raw.slice(0, end);
}

function keyRange(pair: Pair) {
  const { start } = pair.range;
  return { start, end: { line: start.line, character: start.character + keyOf(pair).length } };
}

/** `key="value"` reading back exactly what the legacy form sets, or why it cannot be written with certainty. */
function rewritten(document: DockerfileModel, instruction: Instruction, pair: Pair): FixOutcome<{ text: string }> {
  const value = pair.rawValue!;
  if (pair.unterminated) return refuse('its value ends inside a quote or with an escape character');
  if (value === '' || isDockerSpace(value[value.length - 1])) return refuse('its value cannot be read with certainty');
  const comment = document.comments.find((each) => each.range.start.line > instruction.range.start.line && each.range.start.line <= instruction.range.end.line);
  if (comment) return refuse(`the comment on line ${comment.range.start.line + 1} inside it would be lost`);
  const quoted = requoteLegacyValue(value, document.escapeChar);
  if (quoted === undefined) return refuse(`the value of ${keyOf(pair)} cannot be requoted with certainty`);
  return ok({ text: `${keyOf(pair)}=${quoted}` });
}
