import type { DockerfileModel, Comment, Range } from '../parse/types';
import { BUILDKIT_CHECKS, isHadolintCode, malformedDirective, readCheckComment, readCheckValue, readLintDirective } from './lint-directive';
import type { Finding, Rule } from './rule';
import { ruleCode } from './aliases';

/** The pseudo-rule of findings about lint directive comments that do not do what they say. */
export const LINT_DIRECTIVE = 'lint-directive';

/**
 * A warning per name a lint directive comment gives that nothing answers to (`# dflint-ignore
 * no-such-rule`: a typo would silently leave the finding on), and per comment that looks like a
 * directive but is not one. hadolint codes dflint does not implement are fine: hadolint users have them.
 * `known`: names of findings besides the rules' (the engine's pseudo-rules).
 */
export function directiveProblems(model: DockerfileModel, rules: readonly Rule[], known: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const comment of model.comments) {
    const malformed = malformedDirective(comment.text);
    if (malformed) {
      findings.push(warning(comment.range, malformed));
      continue;
    }
    const directive = readLintDirective(comment.text);
    if (!directive) continue;
    const { names, codes } = namesOf(rules, known);
    const at = nameRanges(model, comment, directive.names);
    directive.names.forEach((name, index) => {
      if (names.has(name) || codes.has(name.toUpperCase()) || rules.some((rule) => ruleCode(rule.meta, name))) return;
      if (directive.tool === 'hadolint') {
        if (!isHadolintCode(name)) findings.push(warning(at[index], `'${name}' in a hadolint ignore comment is not a hadolint code (DL3008, SC2086, …): hadolint then ignores the whole comment, and so does dflint`));
      } else {
        findings.push(warning(at[index], `unknown rule '${name}' in a ${directive.scope === 'file' ? 'dflint-ignore-file' : 'dflint-ignore'} comment: it switches nothing off (dflint --list-rules shows the rules)`));
      }
    });
  }
  return [...findings, ...checkProblems(model)];
}

interface KnownNames {
  known: readonly string[];
  names: Set<string>;
  /** the rules' aliases, upper-cased */
  codes: Set<string>;
}

// a run lints every file with the same rules: the sets are built once per rule list, not per file
const NAMES_BY_RULES = new WeakMap<readonly Rule[], KnownNames>();

function namesOf(rules: readonly Rule[], known: readonly string[]): KnownNames {
  const cached = NAMES_BY_RULES.get(rules);
  if (cached && cached.known.length === known.length && cached.known.every((name, index) => name === known[index])) return cached;
  const names = new Set([...rules.map((rule) => rule.meta.name), ...known, LINT_DIRECTIVE]);
  const codes = new Set(rules.flatMap((rule) => rule.meta.aliases.map((code) => code.toUpperCase())));
  const built = { known: [...known], names, codes };
  NAMES_BY_RULES.set(rules, built);
  return built;
}

/** What is malformed in BuildKit `# check=` directives and `# check=skip=… // reason` comments, and check names BuildKit does not have. */
function checkProblems(model: DockerfileModel): Finding[] {
  const found: Finding[] = [];
  const read = (value: string, range: Range, comment: boolean) => {
    const directive = readCheckValue(value);
    directive.problems.forEach((problem) => found.push(warning(range, problem)));
    if (comment && (directive.error || directive.experimental.all || directive.experimental.names.length)) {
      found.push(warning(range, 'a check= comment above an instruction only skips checks there: set error= and experimental= in the # check= parser directive at the top of the file'));
    }
    for (const name of [...directive.skip.names, ...directive.experimental.names]) {
      if (BUILDKIT_CHECKS.includes(name)) continue;
      const meant = BUILDKIT_CHECKS.find((check) => check.toLowerCase() === name.toLowerCase());
      found.push(warning(range, meant ? `check names are case-sensitive: '${name}' should be '${meant}'` : `'${name}' is not a BuildKit check: # check= names checks such as JSONArgsRecommended (or all)`));
    }
  };
  for (const directive of model.directives) if (directive.name === 'check') read(directive.value, directive.range, false);
  for (const comment of model.comments) {
    const value = readCheckComment(comment.text);
    if (value !== undefined) read(value, comment.range, true);
  }
  return found;
}

function warning(range: Range, message: string): Finding {
  return { rule: LINT_DIRECTIVE, severity: 'warning', message, range };
}

/** Where each name stands in the comment (comments are one line), found left to right after the directive word. */
function nameRanges(model: DockerfileModel, comment: Comment, names: readonly string[]): Range[] {
  const raw = model.lines.textIn(comment.range);
  const start = model.lines.offsetAt(comment.range.start);
  let cursor = raw.search(/ignore/) + 'ignore'.length;
  return names.map((name) => {
    const found = raw.indexOf(name, cursor);
    if (found < 0) return comment.range;
    cursor = found + name.length;
    return model.lines.rangeOf(start + found, start + cursor);
  });
}
