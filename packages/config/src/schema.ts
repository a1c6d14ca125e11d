import { SEVERITIES, type Rule } from '@dflint/core';
import { FILE_SIZE_PATTERN } from './file-size';
import { PRESETS } from './presets';
import { PLATFORM_EXAMPLES } from './registry-settings';

/** A JSON Schema (draft-07) fragment; loose on purpose, the schema is plain data. */
export type JsonSchema = { [keyword: string]: unknown };

export const RULE_SEVERITIES = [...SEVERITIES, 'off'] as const;
export const THRESHOLDS = [...SEVERITIES, 'none'] as const;

/**
 * The config file's JSON Schema (draft-07), built from the rules so a new rule or alias is in it.
 * Shipped as schema/dflint.schema.json for editors and compiled into the standalone validator;
 * `npm run docs` regenerates both, and a test fails when either is stale.
 */
export function buildConfigSchema(rules: readonly Rule[]): JsonSchema {
  const definitions: Record<string, JsonSchema> = {
    severity: {
      title: 'severity',
      description: '`off` switches the rule off; any other severity switches it on at that severity.',
      enum: [...RULE_SEVERITIES],
    },
    rules: {
      description:
        'Rule settings by rule name, or by a hadolint/BuildKit code the rule aliases: a severity, or `[severity, options]`. Rules not named keep their default severity.',
      type: 'object',
      properties: ruleProperties(rules),
      ...patternProperties(rules),
      additionalProperties: false,
    },
  };
  for (const rule of rules) definitions[ruleDefinition(rule.meta.name)] = ruleEntrySchema(rule);

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'dflint configuration',
    description:
      'A .dflintrc.json, .dflintrc.yaml or .dflintrc.yml file, or the "dflint" key of package.json. The nearest one above a Dockerfile applies to it.',
    type: 'object',
    properties: {
      $schema: { description: 'The schema this file follows, for editors.', type: 'string' },
      extends: {
        description:
          '`dflint:strict`: also report what the default profile leaves out as noise (consecutive RUNs, ENVs or LABELs whose merge saves no bytes). This file\'s `rules` and `overrides` apply over it.',
        enum: [...PRESETS],
      },
      rules: { $ref: '#/definitions/rules' },
      ignorePatterns: {
        description:
          'Dockerfiles not to lint: .gitignore-style patterns, relative to the folder of this config file.',
        type: 'array',
        items: { type: 'string' },
      },
      overrides: {
        description: 'Rule settings for some files only; a later override wins over an earlier one and over `rules`.',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            files: {
              description: 'The Dockerfiles it applies to: .gitignore-style patterns, relative to the folder of this config file.',
              type: ['string', 'array'],
              items: { type: 'string' },
              minItems: 1,
            },
            rules: { $ref: '#/definitions/rules' },
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
      context: {
        description:
          "The build context COPY and ADD read from, relative to the folder of this config file (default: each Dockerfile's folder). --context wins over it.",
        type: 'string',
      },
      failureThreshold: {
        description:
          'Exit 1 when a finding is at or above this severity (`none`: never); default `info`. --failure-threshold wins over it.',
        enum: [...THRESHOLDS],
      },
      maxFileSize: {
        title: 'a size such as 20MB, 512KB or a number of bytes',
        description:
          'The largest Dockerfile dflint reads: a number of bytes, or a size with K, M or G (powers of 1024); default 10MB. A larger file is an error (exit 2) and is not read; so is a file with more lines than one per 200 bytes of the limit. --max-file-size wins over it.',
        type: ['integer', 'string'],
        minimum: 1,
        pattern: FILE_SIZE_PATTERN,
      },
      ...REGISTRY_KEYS,
    },
    additionalProperties: false,
    definitions,
  };
}

/** The `options` of `[severity, options]`, from the options the rule declares; undefined when it takes none. */
function optionsSchema(rule: Rule): JsonSchema | undefined {
  const declared = rule.meta.options ?? {};
  if (Object.keys(declared).length === 0) return undefined;
  // `strict` is the preset's value (presets.ts), not a JSON Schema keyword
  const properties = Object.fromEntries(Object.entries<JsonSchema>(declared).map(([name, { strict: _preset, ...schema }]) => [name, schema]));
  return { type: 'object', properties, additionalProperties: false };
}

function ruleDefinition(name: string): string {
  return `rule-${name}`;
}

function ruleProperties(rules: readonly Rule[]): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const rule of rules) properties[rule.meta.name] = { $ref: `#/definitions/${ruleDefinition(rule.meta.name)}` };
  for (const rule of rules) {
    for (const alias of rule.meta.aliases) {
      properties[alias] = {
        description: rule.meta.aliasesPerFinding
          ? `${alias} is one of the codes of ${rule.meta.name}: its severity applies to that rule's ${alias} findings only.`
          : `${alias} is an alias of ${rule.meta.name}: the setting applies to that rule.`,
        $ref: `#/definitions/${ruleDefinition(rule.meta.name)}`,
      };
    }
  }
  return properties;
}

/** Codes too many to list (shellcheck's SC2086, …), by the rule's aliasPattern. */
function patternProperties(rules: readonly Rule[]): { patternProperties?: Record<string, JsonSchema> } {
  const patterns = rules.filter((rule) => rule.meta.aliasPattern);
  if (patterns.length === 0) return {};
  return {
    patternProperties: Object.fromEntries(
      patterns.map((rule) => [
        (rule.meta.aliasPattern as RegExp).source,
        {
          description: `a code of ${rule.meta.name}: its severity applies to that rule's findings of that code only.`,
          $ref: `#/definitions/${ruleDefinition(rule.meta.name)}`,
        },
      ]),
    ),
  };
}

/** A severity string, or `[severity]`, or `[severity, options]` for a rule that takes options. */
function ruleEntrySchema(rule: Rule): JsonSchema {
  const { description, severity, aliases, docs } = rule.meta;
  const options = optionsSchema(rule);
  const also = aliases.length ? ` Aliases: ${aliases.join(', ')}.` : '';
  return {
    description: `${description}. Default: ${severity}.${also} ${docs}`,
    if: { type: 'string' },
    then: { $ref: '#/definitions/severity' },
    else: {
      type: 'array',
      items: options ? [{ $ref: '#/definitions/severity' }, options] : [{ $ref: '#/definitions/severity' }],
      minItems: 1,
      additionalItems: false,
    },
  };
}

/** How FROM images are resolved from registries; the command-line flags of the same names win over them. */
const REGISTRY_KEYS: Record<string, JsonSchema> = {
  offline: {
    description:
      'Resolve no base image and fetch no package index over the network (nor from the cache): figures that need them are unknown, "base image not resolved (offline)", "package index not fetched (offline)". --offline and DFLINT_OFFLINE=1 do the same; --no-offline wins over it.',
    type: 'boolean',
  },
  registryMirrors: {
    description:
      'Registry → mirror URL, e.g. `{"docker.io": "https://mirror.example.com"}`: images of that registry are fetched from the mirror, as Docker\'s registry-mirrors. Plain http:// only for localhost, 127.0.0.1 and `insecureRegistries`. --registry-mirror REGISTRY=URL adds to them and wins for its registry.',
    title: 'registry → URL',
    type: 'object',
    additionalProperties: { title: 'an http:// or https:// URL', type: 'string', pattern: '^[hH][tT][tT][pP][sS]?://[^\\s/]' },
  },
  insecureRegistries: {
    description: 'Registries (host or host:port) spoken to over plain http; localhost and 127.0.0.1 always are. --insecure-registry adds to them.',
    type: 'array',
    items: { type: 'string', minLength: 1 },
  },
  networkBudget: {
    title: 'a size such as 1GB, 500MiB or a number of bytes',
    description:
      'The compressed layer bytes one run may download (K, M or G; powers of 1024); default 1GB. A base image whose layers are not cached and do not fit stays unresolved, with a note; 0 downloads no layer (only cached base images resolve). --network-budget wins over it.',
    type: ['integer', 'string'],
    minimum: 0,
    pattern: FILE_SIZE_PATTERN,
  },
  platform: {
    title: `a platform such as ${PLATFORM_EXAMPLES}`,
    description: "The platform the image is built for (docker build --platform), which picks a base image's manifest and sets $TARGETPLATFORM; default: this machine's (linux/<its architecture>). --platform wins over it.",
    type: 'string',
    pattern: '^\\s*[\\w.-]+/[\\w.-]+(/[\\w.-]+)?\\s*$',
  },
};
