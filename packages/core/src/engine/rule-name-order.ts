const KEBAB_CASE = /^[a-z0-9-]*$/;

/**
 * The order `a.localeCompare(b)` gives, without initialising ICU (~9 ms, the first time) when both
 * names are kebab-case ASCII, as every built-in rule name is: for those characters the root
 * collation gives one weight per character, in code-unit order (`-` < digits < letters), so a
 * plain string comparison agrees with it. Any other name is compared by localeCompare, as before.
 */
export function compareRuleNames(a: string, b: string): number {
  if (KEBAB_CASE.test(a) && KEBAB_CASE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
