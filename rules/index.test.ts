import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRulesIndex, withReadmeRulesTable } from './docs-index';
import { rules } from './index';

test("the README's rule table is generated from the current index (run `npm run docs` to refresh it)", () => {
  const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
  expect(readme).toBe(withReadmeRulesTable(readme, rules));
  for (const rule of rules) expect(readme).toContain(`| [\`${rule.meta.name}\`](rules/${rule.meta.name}/README.md) |`);
});

test('docs/rules.md is generated from the current index (run `npm run docs` to refresh it)', () => {
  const written = readFileSync(path.resolve(__dirname, '../docs/rules.md'), 'utf8');
  expect(written).toBe(renderRulesIndex(rules));
});

test('every rule folder is in the index, under its folder name', () => {
  const folders = readdirSync(__dirname).filter((name) => existsSync(path.join(__dirname, name, 'rule.ts')));
  expect(rules.map((rule) => rule.meta.name)).toEqual(folders.sort());
});
