import type { Rule } from '@dflint/core';
import consecutiveRun from './consecutive-run/rule';
import maintainerDeprecated from './maintainer-deprecated/rule';

/** Every dflint rule. Adding a rule: its folder, plus one line here. */
export const rules: readonly Rule[] = [
  consecutiveRun,
  maintainerDeprecated,
];

export function findRule(name: string): Rule | undefined {
  return rules.find((rule) => rule.meta.name === name);
}
