/** What a rule option can hold: plain values a config file can write. */
export type OptionValue = number | string | boolean | readonly string[] | StringMap;

/** A map of names to strings (label-schema's `labels`: label → type). */
export type StringMap = { readonly [key: string]: string };

/** A rule's options, by name, once the engine has filled in their defaults. */
export type RuleOptions = { readonly [name: string]: OptionValue };

/**
 * One option as JSON Schema (draft-07) with its default: what the config schema, the docs and the
 * engine's defaults are built from. The kinds of schema are few on purpose, so the engine can check
 * a value completely without a schema library. `strict` (not a schema keyword; the config schema
 * leaves it out) is the value the `dflint:strict` preset gives it.
 */
export type OptionSchema<T extends OptionValue = OptionValue> = T extends number
  ? { type: 'integer' | 'number'; minimum?: number; default: T; strict?: T; description: string }
  : T extends string
    ? { type: 'string'; minLength?: number; default: T; strict?: T; description: string }
    : T extends boolean
      ? { type: 'boolean'; default: boolean; strict?: boolean; description: string }
      : T extends readonly string[]
        ? { type: 'array'; items: { type: 'string'; minLength?: number }; default: T; strict?: T; description: string }
        : // a map: keys are free, each value a string (one of `enum` when given)
          { type: 'object'; additionalProperties: { type: 'string'; enum?: readonly string[] }; default: T; strict?: T; description: string };

/** A schema for each of a rule's options. */
export type OptionsDeclaration<Options extends RuleOptions> = { readonly [Name in keyof Options]: OptionSchema<Options[Name]> };

/**
 * The options a rule runs with: each declared option as configured when the value fits its schema,
 * else its default; keys the rule does not declare are dropped. A config file's values were checked
 * against the same schema, so a misfit only comes from elsewhere (an editor's settings), and there
 * the rule's default is what the user would get with no setting at all.
 */
export function resolveOptions<Options extends RuleOptions>(declared: OptionsDeclaration<Options> | undefined, configured: unknown): Options {
  const given = isObject(configured) ? configured : {};
  const resolved: Record<string, OptionValue> = {};
  for (const [name, schema] of Object.entries<OptionSchema>(declared ?? {})) {
    const value = given[name];
    resolved[name] = fits(schema, value) ? value : schema.default;
  }
  return resolved as Options;
}

/** The configured options the engine does not use as given (undeclared, or not fitting their schema), for a warning. */
export function misfitOptions(declared: OptionsDeclaration<RuleOptions> | undefined, configured: unknown): string[] {
  if (!isObject(configured)) return [];
  return Object.entries(configured)
    .filter(([name, value]) => {
      const schema = declared?.[name];
      return !schema || !fits(schema, value);
    })
    .map(([name]) => name);
}

function fits(schema: OptionSchema, value: unknown): value is OptionValue {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return typeof value === 'number' && (schema.type === 'number' ? Number.isFinite(value) : Number.isInteger(value)) && value >= (schema.minimum ?? -Infinity);
    case 'string':
      return typeof value === 'string' && value.length >= (schema.minLength ?? 0);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length >= (schema.items.minLength ?? 0));
    case 'object': {
      const allowed = schema.additionalProperties.enum;
      return isObject(value) && Object.values(value).every((item) => typeof item === 'string' && (!allowed || allowed.includes(item)));
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
