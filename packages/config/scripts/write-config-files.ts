// Writes the config schema, its standalone validator and docs/configuration.md (`npm run docs`).
// Run from TypeScript through esbuild-register: `node -r esbuild-register packages/config/scripts/write-config-files.ts`.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { generatedConfigFiles } from '../src/generated-files';

for (const [file, text] of generatedConfigFiles(rules)) {
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
