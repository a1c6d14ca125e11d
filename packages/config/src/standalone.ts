import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import type { JsonSchema } from './schema';

/** The options the validator is compiled with; validate.ts relies on `verbose` (parentSchema in errors). */
const AJV_OPTIONS = {
  verbose: true,
  allErrors: false,
  // `[severity]` and `[severity, options]` are both fine: the tuple is shorter than its items on purpose
  strictTuples: false,
  allowUnionTypes: true,
  code: { source: true, esm: true, lines: true },
} as const;

/**
 * The config validator as TypeScript source: ajv's standalone code, so a run with a config file
 * does not load and compile ajv (about 300 ms). Written to validate-config.generated.ts.
 */
export function renderValidatorModule(schema: JsonSchema): string {
  const ajv = new Ajv(AJV_OPTIONS);
  const code = standaloneCode(ajv, ajv.compile(schema));
  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    '// Generated from schema.ts by `npm run docs` (ajv standalone code); do not edit. A test fails when it is stale.',
    code,
    '',
  ].join('\n');
}
