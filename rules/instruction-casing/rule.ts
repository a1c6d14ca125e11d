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
    const known = document.instructions.filter((instruction) => KNOWN_INSTRUCTIONS.has(instruction.keyword));
    // the editor runs this on every keystroke: a keyword's casing is read from its chars, and its
    // text is cut out only for the few instructions reported
    const casings = known.map((instruction) => casingOf(document.text, document.lines.offsetAt(instruction.keywordRange.start), document.lines.offsetAt(instruction.keywordRange.end)));
    // as BuildKit: keywords all lower or all upper case vote; a tie goes to upper case
    const lower = casings.filter((casing) => casing === LOWER).length;
    const upper = casings.filter((casing) => casing === UPPER).length;
    const majorityLower = lower > upper;
    known.forEach((instruction, at) => {
      if (casings[at] === (majorityLower ? LOWER : UPPER)) return;
      const word = document.text.slice(document.lines.offsetAt(instruction.keywordRange.start), document.lines.offsetAt(instruction.keywordRange.end));
      const [lowerCase, upperCase] = [word.toLowerCase(), word.toUpperCase()];
      const wanted = majorityLower ? lowerCase : upperCase;
      if (word === wanted) return;
      const mixed = word !== lowerCase && word !== upperCase;
      report({
        range: instruction.keywordRange,
        message: `\`${word}\` ${mixed ? 'mixes upper and lower case' : 'is cased unlike the others'}: write \`${wanted}\`; ${reason(lower, upper)}`,
        fix: { safety: 'safe', description: `write ${wanted}`, edits: [{ range: instruction.keywordRange, newText: wanted }] },
      });
    });
  },
});

const LOWER = 1;
const UPPER = 2;
/** Neither: mixed case, or a word whose case does not change (none of the known keywords) */
const OTHER = 0;

/**
 * LOWER when the word equals its lower case and not its upper case (String's case mappings, as
 * the message's), UPPER the other way round, else OTHER. ASCII letters are classified by their
 * codes; a word with any other char goes through the case mappings (`ſ` upper-cases to `S`).
 */
function casingOf(text: string, start: number, end: number): number {
  let lowers = 0;
  let uppers = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 97 && code <= 122) lowers++;
    else if (code >= 65 && code <= 90) uppers++;
    else if (code > 127) return casingByMappings(text.slice(start, end));
  }
  if (lowers > 0 && uppers === 0) return LOWER;
  if (uppers > 0 && lowers === 0) return UPPER;
  return OTHER;
}

function casingByMappings(word: string): number {
  const lowerCase = word.toLowerCase();
  const upperCase = word.toUpperCase();
  if (word === lowerCase && word !== upperCase) return LOWER;
  if (word === upperCase && word !== lowerCase) return UPPER;
  return OTHER;
}

function reason(lower: number, upper: number): string {
  if (lower > upper) return "most of this file's instructions are lower case";
  return lower === upper && lower > 0 ? 'upper case wins when the file is split evenly' : "most of this file's instructions are upper case";
}
