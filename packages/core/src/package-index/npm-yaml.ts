import type * as Yaml from 'yaml';
import { NpmLockError } from './npm-lockfile';

let yaml: typeof Yaml | undefined;

/** A YAML lockfile (Yarn 2+, pnpm) as a plain object; `yaml` is required only here, when one is read. */
export function parseYamlLockfile(text: string, name: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  yaml ??= require('yaml') as typeof Yaml;
  let parsed: unknown;
  try {
    parsed = yaml.parse(text, { uniqueKeys: false, maxAliasCount: 100 });
  } catch (error) {
    throw new NpmLockError(`${name} is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new NpmLockError(`${name} is not a YAML mapping`);
  return parsed as Record<string, unknown>;
}
