import { aliasLabels, type Rule } from '@dflint/core/rule-kit';
import { codeMappings } from './foreign-codes';

/** docs/rules.md: the rules index, generated from the rules' metadata (`npm run docs`). */
export function renderRulesIndex(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const { name, category, severity, fixable, description } = rule.meta;
    const labels = aliasLabels(rule.meta);
    const codes = labels.length ? labels.map((code) => `\`${code}\``).join(', ') : '—';
    return `| [\`${name}\`](../rules/${name}/README.md) | ${category} | ${rule.meta.defaultOff ? `off (${severity})` : severity} | ${fixable || 'no'} | ${codes} | ${description} |`;
  });
  return [
    '# Rules',
    '',
    '<!-- generated from rules/index.ts by `npm run docs`; a test checks it is current -->',
    '',
    'Each rule has a page with what it finds, why it matters, an example, the fix and its aliases.',
    'Aliases are the hadolint (`DLxxxx`) and BuildKit check names the rule answers to in `--rule`,',
    '`--disable`, config files and `# hadolint ignore=` comments. Each finding carries the codes it',
    'is (JSON `aliases`); a code switches off or re-levels the findings of that code only.',
    '',
    '| rule | category | default severity | fix | aliases | finds |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## hadolint and BuildKit codes',
    '',
    'Every hadolint rule code and BuildKit build check, and the dflint rule that answers to it (or why',
    'none does). ShellCheck codes (`SC1000`–`SC9999`) are the [`shellcheck`](../rules/shellcheck/README.md)',
    "rule's when the `shellcheck` program is installed. How dflint's findings compare with hadolint's own",
    'test cases: [hadolint-compatibility.md](hadolint-compatibility.md).',
    '',
    '| code | from | checks | dflint rule |',
    '|---|---|---|---|',
    ...codeMappings(rules).map(
      ({ code, tool, checks, rule, reason }) => `| \`${code}\` | ${tool} | ${checks} | ${rule ? `[\`${rule}\`](../rules/${rule}/README.md)` : `none: ${reason ?? 'not yet'}`} |`,
    ),
    '',
  ].join('\n');
}

const README_TABLE_START = '<!-- rules table: generated from rules/index.ts by `npm run docs` -->';
const README_TABLE_END = '<!-- end of rules table -->';

/** The README's short rule table: name, category, severity, what it finds. */
export function renderReadmeRulesTable(rules: readonly Rule[]): string {
  const rows = rules.map(({ meta }) => `| [\`${meta.name}\`](rules/${meta.name}/README.md) | ${meta.category} | ${meta.defaultOff ? `off (${meta.severity})` : meta.severity} | ${meta.description} |`);
  return ['| rule | category | severity | finds |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README with its rule table (between the two marker comments) written anew. */
export function withReadmeRulesTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(README_TABLE_START);
  const end = readme.indexOf(README_TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no rules table markers (${README_TABLE_START} … ${README_TABLE_END})`);
  return `${readme.slice(0, start)}${README_TABLE_START}\n${renderReadmeRulesTable(rules)}\n${readme.slice(end)}`;
}
