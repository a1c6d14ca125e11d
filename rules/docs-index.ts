import type { Rule } from '@dflint/core';

/** docs/rules.md: the rules index, generated from the rules' metadata (`npm run docs`). */
export function renderRulesIndex(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const { name, category, severity, fixable, aliases, description } = rule.meta;
    const codes = aliases.length ? aliases.map((code) => `\`${code}\``).join(', ') : '—';
    return `| [\`${name}\`](../rules/${name}/README.md) | ${category} | ${severity} | ${fixable || 'no'} | ${codes} | ${description} |`;
  });
  return [
    '# Rules',
    '',
    '<!-- generated from rules/index.ts by `npm run docs`; a test checks it is current -->',
    '',
    'Each rule has a page with what it finds, why it matters, an example, the fix and its aliases.',
    'Aliases are the hadolint (`DLxxxx`) and BuildKit check names the rule answers to in `--rule`,',
    '`--disable` and `# hadolint ignore=` comments.',
    '',
    '| rule | category | default severity | fix | aliases | finds |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
