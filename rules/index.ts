import type { Rule } from '@dflint/core/rule-kit';
import * as all from './all';

/** Every dflint rule (listed in all.ts), by name. */
export const rules: readonly Rule[] = Object.values(all).sort((a, b) => (a.meta.name < b.meta.name ? -1 : 1));

export function findRule(name: string): Rule | undefined {
  return rules.find((rule) => rule.meta.name === name);
}
