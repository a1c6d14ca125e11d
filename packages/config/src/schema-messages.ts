import type { ErrorObject } from 'ajv';
import type { KeyPath } from './errors';
import { RULE_SEVERITIES } from './schema';
import { editDistance } from '@dflint/core';

export interface SchemaProblem {
  keyPath: KeyPath;
  problem: string;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};
const SEVERITY_OR_TUPLE = `a severity (${RULE_SEVERITIES.join(', ')}) or [severity, options]`;

/** Turns ajv's first error into the key it is about and a sentence a person can act on. */
export function describeSchemaError(error: ErrorObject, data: unknown): SchemaProblem {
  const at = keyPathOf(error.instancePath, data);
  const entry = ruleEntryAt(at);
  const got = ` (got ${describeValue(error.data)})`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keyPath = [...at, key];
      if (isRulesObject(at)) return { keyPath, problem: `unknown rule '${key}'${suggest(key, Object.keys(propertiesOf(error)))}; dflint --list-rules shows them all` };
      const allowed = Object.keys(propertiesOf(error));
      if (entry?.rest.length === 1) return { keyPath, problem: `unknown option '${key}' for ${entry.rule}; it takes ${allowed.join(', ')}` };
      return { keyPath, problem: `unknown key '${key}'${suggest(key, allowed)}; allowed: ${allowed.join(', ')}` };
    }
    case 'required':
      return { keyPath: at, problem: `needs a '${String(params.missingProperty)}' key` };
    case 'type':
      if (entry?.rest.length === 0) return { keyPath: at, problem: `must be ${SEVERITY_OR_TUPLE}${got}` };
      return { keyPath: at, problem: `must be ${typeNames(params.type)}${got}` };
    case 'enum': {
      const title = (error.parentSchema as { title?: string } | undefined)?.title;
      const allowed = (params.allowedValues as unknown[]).join(', ');
      return { keyPath: at, problem: `${title ? `${title} ` : ''}must be one of ${allowed}${got}` };
    }
    case 'additionalItems':
      if (entry?.rest.length === 0) {
        const takesOptions = ((error.parentSchema as { items?: unknown[] }).items ?? []).length > 1;
        return { keyPath: at, problem: takesOptions ? 'must be [severity] or [severity, options]' : `${entry.rule} takes no options: write just its severity` };
      }
      return { keyPath: at, problem: `must have at most ${String(params.limit)} items` };
    case 'minItems':
      if (entry?.rest.length === 0) return { keyPath: at, problem: `must not be empty: write ${SEVERITY_OR_TUPLE}` };
      return { keyPath: at, problem: `must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'minLength':
      return { keyPath: at, problem: 'must not be empty' };
    case 'pattern': {
      const title = (error.parentSchema as { title?: string } | undefined)?.title;
      return { keyPath: at, problem: `must be ${title ?? `text matching ${String(params.pattern)}`}${got}` };
    }
    case 'minimum':
      return { keyPath: at, problem: `must be ${String(params.limit)} or more${got}` };
    default:
      return { keyPath: at, problem: error.message ?? `fails the schema's ${error.keyword} check` };
  }
}

/** ajv's `/rules/layer-count/1` as a key path, with array positions as numbers. */
function keyPathOf(instancePath: string, data: unknown): KeyPath {
  if (instancePath === '') return [];
  const keyPath: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      keyPath.push(Number(key));
      node = node[Number(key)];
    } else {
      keyPath.push(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return keyPath;
}

/** `rules` at the top, or in an override. */
function isRulesObject(keyPath: KeyPath): boolean {
  const entry = ruleEntryAt([...keyPath, '']);
  return entry !== undefined && entry.rest.length === 0;
}

/** For a path into a rule's setting: the rule as written and the rest of the path. */
function ruleEntryAt(keyPath: KeyPath): { rule: string; rest: KeyPath } | undefined {
  const base = keyPath[0] === 'rules' ? 1 : keyPath[0] === 'overrides' && typeof keyPath[1] === 'number' && keyPath[2] === 'rules' ? 3 : -1;
  if (base < 0 || keyPath.length <= base) return undefined;
  return { rule: String(keyPath[base]), rest: keyPath.slice(base + 1) };
}

function propertiesOf(error: ErrorObject): Record<string, unknown> {
  return (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
}

function typeNames(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((name) => TYPE_NAMES[String(name)] ?? String(name)).join(' or ');
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** ` (did you mean 'layer-count'?)` for a near miss (case, or two edits away). */
function suggest(key: string, candidates: readonly string[]): string {
  const lower = key.toLowerCase();
  const near = candidates.find((candidate) => candidate.toLowerCase() === lower) ?? candidates.find((candidate) => editDistance(lower, candidate.toLowerCase()) <= 2);
  return near ? ` (did you mean '${near}'?)` : '';
}
