import * as path from 'node:path';
import type { Rule } from '@dflint/core';
import { renderConfigDocs } from './docs';
import { buildConfigSchema } from './schema';
import { renderValidatorModule } from './standalone';

const CLI_ROOT = path.resolve(__dirname, '../..');

/** Every file generated from the config schema, by absolute path: what `npm run docs` writes. */
export function generatedConfigFiles(rules: readonly Rule[]): Map<string, string> {
  const schema = buildConfigSchema(rules);
  return new Map([
    [path.join(CLI_ROOT, 'schema/dflint.schema.json'), `${JSON.stringify(schema, null, 2)}\n`],
    [path.join(CLI_ROOT, 'src/config/validate-config.generated.ts'), renderValidatorModule(schema)],
    [path.join(CLI_ROOT, '../../docs/configuration.md'), renderConfigDocs(schema, rules)],
  ]);
}
