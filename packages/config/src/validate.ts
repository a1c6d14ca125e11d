import type { ErrorObject } from 'ajv';
import type { ConfigText } from './config-text';
import { ConfigError, type KeyPath } from './errors';
import { describeSchemaError } from './schema-messages';
import type { DflintConfig } from './types';

/** ajv's standalone validator, whose errors are ajv's (the generated module does not import ajv's types) */
type SchemaValidator = { (data: unknown): boolean; errors?: ErrorObject[] | null };
let validator: SchemaValidator | undefined;

/**
 * The generated validator, required when the first config file is read: it is ~360 KB of code whose
 * loading a run without a config file (most runs) need not pay. A static string, so bundlers still inline it.
 */
function validateConfigSchema(): SchemaValidator {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (validator ??= (require('./validate-config.generated') as typeof import('./validate-config.generated')).validate as SchemaValidator);
}

/**
 * Checks a config file's contents against the schema; the first problem becomes a ConfigError
 * naming the key path and its line. `prefix` is where the config sits in the file (`dflint` in
 * package.json).
 */
export function validateConfig(text: ConfigText, file: string, value: unknown, prefix: KeyPath = []): DflintConfig {
  const data = value ?? {};
  const validate = validateConfigSchema();
  if (validate(data)) return data as DflintConfig;
  const error = (validate.errors ?? []).find((candidate) => candidate.keyword !== 'if');
  if (!error) throw new ConfigError(file, 'does not match the config schema', text.lineOf(prefix), prefix);
  const { keyPath, problem } = describeSchemaError(error, data);
  const fullPath = [...prefix, ...keyPath];
  throw new ConfigError(file, problem, text.lineOf(fullPath), fullPath);
}
