import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRulesIndex } from './docs-index';
import { rules } from './index';

const target = path.resolve(__dirname, '../../docs/rules.md');
writeFileSync(target, renderRulesIndex(rules));
console.log(`wrote ${path.relative(process.cwd(), target)} (${rules.length} rules)`);
