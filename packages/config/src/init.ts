import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '@dflint/core';
import { CONFIG_FILE_NAMES } from './read-config';

export const STARTER_FILE = '.dflintrc.yaml';
const CONFIG_DOCS = 'https://github.com/dflint/dflint/blob/main/docs/configuration.md';

export class InitError extends Error {}

/**
 * `--init`: writes a commented .dflintrc.yaml into `dir`, or the starter to `file` when given
 * (`--init --config x.json`: YAML or JSON by its extension); never replaces or shadows a config.
 */
export function writeStarterConfig(dir: string, rules: readonly Rule[], file?: string): string {
  if (file === undefined) {
    const existing = CONFIG_FILE_NAMES.find((name) => holdsConfig(path.join(dir, name)));
    if (existing) throw new InitError(`${existing} already holds a dflint config here; --init does not overwrite or shadow it`);
  }
  const target = path.resolve(dir, file ?? STARTER_FILE);
  const text = starterFor(target, rules, file ?? STARTER_FILE);
  try {
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'EEXIST') throw new InitError(`${file ?? STARTER_FILE}: already exists; --init does not overwrite it`);
    throw new InitError(`cannot write ${file ?? STARTER_FILE}: ${code ?? message}`);
  }
  return target;
}

/** The commented YAML starter, or for a .json file (no comments there) an empty `rules` object. */
function starterFor(target: string, rules: readonly Rule[], shown: string): string {
  const extension = path.extname(target).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return starterConfig(rules);
  if (extension === '.json' && path.basename(target) !== 'package.json') return `${JSON.stringify({ rules: {} }, null, 2)}\n`;
  throw new InitError(`${shown}: --init writes a .yaml, .yml or .json config file`);
}

function holdsConfig(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  if (path.basename(file) !== 'package.json') return true;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && 'dflint' in data;
  } catch {
    return false;
  }
}

/** The starter: every setting explained and commented out, so writing it changes nothing. */
export function starterConfig(rules: readonly Rule[]): string {
  const entries = rules.map((rule) => [`${rule.meta.name}: ${defaultEntry(rule)}`, rule.meta.description]);
  const width = Math.max(...entries.map(([entry]) => entry.length));
  const ruleLines = entries.map(([entry, description]) => `#   ${entry.padEnd(width)}  # ${description}`);
  return [
    `# dflint configuration; every key is optional. ${CONFIG_DOCS}`,
    '# dflint uses the nearest .dflintrc.* above each Dockerfile. A .hadolint.yaml found the same way',
    '# is read under it: its ignored, override and failure-threshold apply unless this file says otherwise.',
    '# In an editor, with dflint installed in node_modules, this first line gives completion and checks:',
    '#   # yaml-language-server: $schema=./node_modules/dflint/schema/dflint.schema.json',
    '',
    '# Rule settings: a severity (error, warning, info, style or off), or [severity, options].',
    '# Rule names and the hadolint/BuildKit codes they alias (DL3059: off) both work.',
    '# Uncomment `rules:` and the lines you change; the values shown are the defaults.',
    '# rules:',
    ...ruleLines,
    '',
    '# Exit 1 when a finding is at or above this severity: error, warning, info, style or none.',
    '# failureThreshold: info',
    '',
    '# The largest Dockerfile dflint reads (K, M or G; powers of 1024); a larger one is an error, unread.',
    '# maxFileSize: 10MB',
    '',
    '# Dockerfiles not to lint (.gitignore syntax, relative to this file).',
    '# ignorePatterns:',
    '#   - vendor/',
    "#   - '**/testdata/**'",
    '',
    "# The build context COPY and ADD read from, relative to this file (default: each Dockerfile's folder).",
    '# context: .',
    '',
    '# Base images: each FROM image is looked up in its registry, with a cache in $XDG_CACHE_HOME/dflint.',
    '# offline: true                     # no network: figures that need a base image are unknown',
    '# registryMirrors:',
    '#   docker.io: https://mirror.example.com',
    '# networkBudget: 1GB                # compressed layer bytes one run may download',
    "# platform: linux/arm64             # the platform built for; default: this machine's",
    '',
    '# Rule settings for some Dockerfiles only (.gitignore syntax, relative to this file); later entries win.',
    '# overrides:',
    "#   - files: ['*.dev.Dockerfile', Dockerfile.dev]",
    '#     rules:',
    '#       consecutive-run: off',
    '',
  ].join('\n');
}

/** `warning`, or `[warning, {max: 100}]` for a rule with options (their defaults, in YAML flow style); `off` for a default-off rule. */
function defaultEntry(rule: Rule): string {
  const severity = rule.meta.defaultOff ? 'off' : rule.meta.severity;
  const options = Object.entries(rule.meta.options ?? {});
  if (options.length === 0) return severity;
  const pairs = options.map(([key, schema]) => `${key}: ${JSON.stringify(schema.default)}`);
  return `[${severity}, {${pairs.join(', ')}}]`;
}
