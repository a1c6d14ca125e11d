import type { Rule } from '@dflint/core';
import type { RuleSettings } from './types';

/** The presets a config's `extends` can name. */
export const PRESETS = ['dflint:strict'] as const;
export type PresetName = (typeof PRESETS)[number];

/**
 * A preset's rule settings, from the rules' own option declarations. `dflint:strict`: every option
 * that declares a `strict` value takes it (consecutive-run and metadata-merge then also report
 * merges that save no bytes). A config's own `rules` and `overrides` apply over it.
 */
export function presetSettings(name: PresetName, rules: readonly Rule[]): RuleSettings {
  const settings: RuleSettings = {};
  if (name !== 'dflint:strict') return settings;
  for (const rule of rules) {
    const strict = Object.entries(rule.meta.options ?? {}).filter(([, schema]) => schema.strict !== undefined);
    if (strict.length > 0) settings[rule.meta.name] = { options: Object.fromEntries(strict.map(([option, schema]) => [option, schema.strict])) };
  }
  return settings;
}
