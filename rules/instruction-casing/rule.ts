import { defineRule, KNOWN_INSTRUCTIONS } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'instruction-casing',
    description: 'instruction keywords not in the casing most of the file uses (`Run`, or `run` among `RUN`s)',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['ConsistentInstructionCasing'],
  },
  check({ document, report }) {
    // an unknown keyword is syntax-error's (a README's words would otherwise vote on the casing)
    const written = document.instructions.filter((instruction) => KNOWN_INSTRUCTIONS.has(instruction.keyword)).map((instruction) => {
      const word = document.text.slice(document.lines.offsetAt(instruction.keywordRange.start), document.lines.offsetAt(instruction.keywordRange.end));
      // each case of the word made once: a file of many instructions is linted on every keystroke in the editor
      return { instruction, word, lowerCase: word.toLowerCase(), upperCase: word.toUpperCase() };
    });
    // as BuildKit: keywords all lower or all upper case vote; a tie goes to upper case
    const lower = written.filter(({ word, lowerCase, upperCase }) => word === lowerCase && word !== upperCase).length;
    const upper = written.filter(({ word, lowerCase, upperCase }) => word === upperCase && word !== lowerCase).length;
    const majorityLower = lower > upper;
    for (const { instruction, word, lowerCase, upperCase } of written) {
      const wanted = majorityLower ? lowerCase : upperCase;
      if (word === wanted) continue;
      const mixed = word !== lowerCase && word !== upperCase;
      report({
        range: instruction.keywordRange,
        message: `\`${word}\` ${mixed ? 'mixes upper and lower case' : 'is cased unlike the others'}: write \`${wanted}\`; ${reason(lower, upper)}`,
        fix: { safety: 'safe', description: `write ${wanted}`, edits: [{ range: instruction.keywordRange, newText: wanted }] },
      });
    }
  },
});

function reason(lower: number, upper: number): string {
  if (lower > upper) return "most of this file's instructions are lower case";
  return lower === upper && lower > 0 ? 'upper case wins when the file is split evenly' : "most of this file's instructions are upper case";
}
