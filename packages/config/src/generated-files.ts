import * as path from 'node:path';
import type { Rule } from '@dflint/core';
import { renderConfigDocs } from './docs';
import { buildConfigSchema } from './schema';
import { renderValidatorModule } from './standalone';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * Every file generated from the config schema, by absolute path: what `npm run docs` writes. The
 * schema ships in the CLI package, where users' `$schema` references find it
 * (node_modules/dflint/schema/dflint.schema.json).
 */
export function generatedConfigFiles(rules: readonly Rule[]): Map<string, string> {
  const schema = buildConfigSchema(rules);
  return new Map([
    [path.join(REPO_ROOT, 'packages/cli/schema/dflint.schema.json'), `${JSON.stringify(schema, null, 2)}\n`],
    [path.join(REPO_ROOT, 'packages/config/src/validate-config.generated.ts'), renderValidatorModule(schema)],
    [path.join(REPO_ROOT, 'docs/configuration.md'), renderConfigDocs(schema, rules)],
  ]);
}
