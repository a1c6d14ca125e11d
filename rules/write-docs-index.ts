import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRulesIndex, withReadmeRulesTable } from './docs-index';
import { rules } from './index';

const target = path.resolve(__dirname, '../../docs/rules.md');
writeFileSync(target, renderRulesIndex(rules));
console.log(`wrote ${path.relative(process.cwd(), target)} (${rules.length} rules)`);
const readme = path.resolve(__dirname, '../../README.md');
writeFileSync(readme, withReadmeRulesTable(readFileSync(readme, 'utf8'), rules));
console.log(`wrote the rules table in ${path.relative(process.cwd(), readme)}`);
