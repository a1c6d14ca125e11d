import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRulesIndex } from './docs-index';
import { rules } from './index';

test("the README's rule table lists exactly the rules in the index, with their metadata", () => {
  const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\(rules\/\1\/README\.md\) \| ([a-z-]+) \| ([a-z]+) \| (.+) \|$/gm)];
  expect(rows.map((row) => row[1])).toEqual(rules.map((rule) => rule.meta.name));
  for (const [, name, category, severity, description] of rows) {
    const rule = rules.find((r) => r.meta.name === name)!;
    expect({ name, category, severity, description }).toEqual({
      name,
      category: rule.meta.category,
      severity: rule.meta.severity,
      description: rule.meta.description,
    });
  }
});

test('docs/rules.md is generated from the current index (run `npm run docs` to refresh it)', () => {
  const written = readFileSync(path.resolve(__dirname, '../docs/rules.md'), 'utf8');
  expect(written).toBe(renderRulesIndex(rules));
});
