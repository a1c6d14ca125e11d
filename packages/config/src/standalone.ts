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
  code: { source: true, esm: false, lines: true },
} as const;

/**
 * The config validator as a TypeScript module: ajv's standalone code, so a run with a config file
 * does not load and compile ajv (about 300 ms). Written to validate-config.generated.ts. The code is
 * kept as a string that the module runs once: as TypeScript, its long chains of
 * `vErrors = vErrors === null ? … : …` (one per rule and code) sent tsc's flow analysis so deep that
 * a clean build overflowed the stack.
 */
export function renderValidatorModule(schema: JsonSchema): string {
  const ajv = new Ajv(AJV_OPTIONS);
  const code = standaloneCode(ajv, ajv.compile(schema));
  // the modules the code requires, required here where bundlers see them (the VS Code extension's server has no node_modules)
  const required = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))].sort();
  return [
    '/* eslint-disable */',
    '// Generated from schema.ts by `npm run docs` (ajv standalone code); do not edit. A test fails when it is stale.',
    '',
    'const MODULES: Record<string, unknown> = {',
    ...required.map((id) => `  ${JSON.stringify(id)}: require(${JSON.stringify(id)}),`),
    '};',
    '',
    'export interface StandaloneValidator {',
    '  (data: unknown): boolean;',
    '  errors?: unknown;',
    '}',
    '',
    `const SOURCE = ${JSON.stringify(code)};`,
    '',
    'function load(): StandaloneValidator {',
    '  const module = { exports: {} as { default?: StandaloneValidator } };',
    '  const requireKnown = (id: string) => {',
    '    if (!(id in MODULES)) throw new Error(`the config validator requires ${id}, which the generated module does not provide`);',
    '    return MODULES[id];',
    '  };',
    "  new Function('module', 'exports', 'require', SOURCE)(module, module.exports, requireKnown);",
    '  return module.exports as unknown as StandaloneValidator;',
    '}',
    '',
    'export const validate: StandaloneValidator = load();',
    '',
  ].join('\n');
}
