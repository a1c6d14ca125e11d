import type { ErrorObject } from 'ajv';
import type { ConfigText } from './config-text';
import { ConfigError, type KeyPath } from './errors';
import { describeSchemaError } from './schema-messages';
import type { DflintConfig } from './types';
import { validate } from './validate-config.generated';

/** ajv's standalone validator, whose errors are ajv's (the generated module does not import ajv's types) */
const validateConfigSchema = validate as { (data: unknown): boolean; errors?: ErrorObject[] | null };

/**
 * Checks a config file's contents against the schema; the first problem becomes a ConfigError
 * naming the key path and its line. `prefix` is where the config sits in the file (`dflint` in
 * package.json).
 */
export function validateConfig(text: ConfigText, file: string, value: unknown, prefix: KeyPath = []): DflintConfig {
  const data = value ?? {};
  if (validateConfigSchema(data)) return data as DflintConfig;
  const error = (validateConfigSchema.errors ?? []).find((candidate) => candidate.keyword !== 'if');
  if (!error) throw new ConfigError(file, 'does not match the config schema', text.lineOf(prefix), prefix);
  const { keyPath, problem } = describeSchemaError(error, data);
  const fullPath = [...prefix, ...keyPath];
  throw new ConfigError(file, problem, text.lineOf(fullPath), fullPath);
}
