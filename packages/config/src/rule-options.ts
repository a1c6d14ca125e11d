/** A JSON Schema (draft-07) fragment; loose on purpose, the schema is plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * The options each rule reads, as JSON Schema: the rules read their options leniently (a bad value
 * falls back to the default), so the config file is where a wrong value is caught. Keep each entry
 * in step with the rule's readOptions and its README's "Options" section.
 */
export const RULE_OPTIONS: Readonly<Record<string, JsonSchema>> = {
  'layer-count': {
    type: 'object',
    properties: {
      max: {
        type: 'integer',
        minimum: 1,
        default: 100,
        description: 'Report a stage with this many layers or more.',
      },
    },
    additionalProperties: false,
  },
  'copy-context-bloat': {
    type: 'object',
    properties: {
      maxFileBytes: {
        type: 'integer',
        minimum: 1,
        default: 10485760,
        description: 'A copied file larger than this many bytes is reported.',
      },
    },
    additionalProperties: false,
  },
  'volatile-arg-early': {
    type: 'object',
    properties: {
      names: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          'More build-argument names whose value changes every build, matched case-insensitively; `*` matches any text (`["CI_PIPELINE_*", "BUILD_NUMBER"]`).',
      },
    },
    additionalProperties: false,
  },
};
