import type { Rule } from '@dflint/core';
import type { JsonSchema } from './schema';

type Node = JsonSchema & {
  type?: string | string[];
  enum?: unknown[];
  items?: Node | Node[];
  properties?: Record<string, Node>;
  description?: string;
  default?: unknown;
  title?: string;
  $ref?: string;
  else?: Node;
};

/** docs/configuration.md: the keys, rules and options come from the schema, so they cannot drift. */
export function renderConfigDocs(schema: JsonSchema, rules: readonly Rule[]): string {
  const root = schema as Node;
  const definitions = (schema.definitions ?? {}) as Record<string, Node>;
  const keyRows = keyEntries(root.properties ?? {}).map(([key, node]) => `| \`${key}\` | ${typeOf(node)} | ${cell(node.description ?? definitions.rules.description ?? '')} |`);
  const ruleRows = rules.map((rule) => {
    const { name, severity, aliases } = rule.meta;
    const entry = definitions[`rule-${name}`];
    const tuple = Array.isArray(entry?.else?.items) ? entry.else.items : [];
    const options = tuple[1]?.properties ?? {};
    const optionText = Object.entries(options).map(([key, option]) => `\`${key}\` (${typeOf(option)}, default \`${JSON.stringify(option.default)}\`): ${option.description ?? ''}`);
    const codes = aliases.length ? aliases.map((code) => `\`${code}\``).join(', ') : '—';
    return `| [\`${name}\`](../rules/${name}/README.md) | ${severity} | ${codes} | ${cell(optionText.join('<br>') || '—')} |`;
  });
  const severities = ((definitions.severity?.enum ?? []) as string[]).map((value) => `\`${value}\``).join(', ');

  return `# Configuration

<!-- generated from the rules' meta (options included) by packages/config/src/schema.ts and docs.ts, with \`npm run docs\`; a test checks it is current -->

A config file sets rule severities and options, files to skip, per-file overrides, the build
context, the failure threshold and how base images are resolved. Every key is optional. \`dflint --init\` writes a commented
starter \`.dflintrc.yaml\`; \`dflint --print-config Dockerfile\` shows what applies to a file.

## Where dflint looks

For each Dockerfile, dflint looks in the Dockerfile's folder, then each folder above it up to the
filesystem root, for the first of:

1. \`.dflintrc.json\`
2. \`.dflintrc.yaml\`
3. \`.dflintrc.yml\`
4. \`package.json\` with a \`"dflint"\` key (a \`package.json\` without one is passed over)

The nearest one wins; config files do not merge with the ones above them. Paths inside a config
file (\`ignorePatterns\`, \`overrides[].files\`, \`context\`) are relative to the folder the file is
in. \`--config PATH\` uses that file for every Dockerfile and looks for nothing else; as with
ESLint's \`--config\`, paths inside it are then relative to the current folder. Input read from
stdin uses the config for \`--stdin-filename\` (default: the current folder).

\`.hadolint.yaml\` / \`.hadolint.yml\` are looked for the same way, and apply **under** the dflint
config (see [hadolint](#coming-from-hadolint)).

## Example

\`\`\`yaml
# .dflintrc.yaml
rules:
  consecutive-run: error
  DL4000: off                          # a hadolint code works for the rule that aliases it
  layer-count: [warning, { max: 60 }]
ignorePatterns:
  - vendor/
overrides:
  - files: ['*.dev.Dockerfile']
    rules:
      package-cache: off
failureThreshold: warning
\`\`\`

\`\`\`json
{
  "$schema": "./node_modules/dflint/schema/dflint.schema.json",
  "rules": { "layer-count": ["error", { "max": 60 }] }
}
\`\`\`

In \`package.json\` the same object goes under \`"dflint"\`.

## Keys

| key | type | meaning |
|---|---|---|
${keyRows.join('\n')}

A rule setting is a severity — ${severities} — or \`[severity]\`, or \`[severity, options]\` for a rule
that takes options. A setting that gives only a severity keeps the options set before it (in
\`rules\`, or an earlier override). Keys are rule names or the hadolint/BuildKit codes the rules
alias; when a file names a rule twice, the later key wins.

\`ignorePatterns\` and \`overrides[].files\` use \`.gitignore\` syntax: \`Dockerfile.dev\` or
\`*.Dockerfile\` match at any depth, \`services/api/Dockerfile\` only there, \`legacy/\` everything
under that folder, \`!pattern\` takes a file back. A Dockerfile \`ignorePatterns\` matches is skipped
even when named on the command line; stdin is always linted.

## The default profile and \`dflint:strict\`

By default dflint reports what a maintainer acts on: consecutive RUNs only when merging them saves
bytes or stops an install from using a cached package index, and no mergeable LABELs or ENVs (a
merge saves no byte and no layer). \`extends: "dflint:strict"\` reports those too: it sets every
rule option that has a strict value (\`reportWithoutGain: true\` for \`consecutive-run\` and
\`metadata-merge\`), under the file's own \`rules\` and \`overrides\`:

\`\`\`yaml
extends: dflint:strict
rules:
  metadata-merge: off   # strict, except this
\`\`\`

## Rules and their options

| rule | default | aliases | options |
|---|---|---|---|
${ruleRows.join('\n')}

## What wins

From weakest to strongest: each rule's default; \`.hadolint.yaml\`; the config's \`rules\`; each
matching override, in order; the command line (\`--rule\`, \`--disable\`, \`--context\`,
\`--failure-threshold\`, hadolint's flags). \`--rule NAME\` runs a rule even when a config file switched it off.
\`# dflint-ignore\`, \`# hadolint ignore=\` and \`# check=skip=\` comments in the Dockerfile then drop
findings, and \`# check=error=true\` makes BuildKit checks' findings errors ([directives.md](directives.md)).

## Base images and the network

dflint looks each \`FROM\` image up in its registry, with a cache in \`$XDG_CACHE_HOME/dflint\`
(\`~/.cache/dflint\`); [base-images.md](base-images.md) says what is sent, what is cached and what
each note means. These keys, flags and variables set it (a flag wins over the key):

| key | command line | effect |
|---|---|---|
| \`offline\` | \`--offline\` (or \`DFLINT_OFFLINE=1\`) | no network at all: base images stay unresolved (\`offline\`) |
| \`registryMirrors\` | \`--registry-mirror <registry>=<url>\`, repeatable | \`{"docker.io": "https://mirror.example.com"}\`: ask the mirror for that registry's images |
| \`insecureRegistries\` | \`--insecure-registry <host>\`, repeatable | registries spoken to over plain http (localhost and 127.0.0.1 always are) |
| \`networkBudget\` | \`--network-budget <size>\` | compressed layer bytes one run may download (\`1GB\`, \`500MiB\`, bytes); default 1 GiB |
| \`platform\` | \`--platform <os/arch[/variant]>\` | the platform to resolve for (\`linux/arm64\`); default this machine's |

## Coming from hadolint

dflint reads a \`.hadolint.yaml\` (or \`.hadolint.yml\`) found the same way as its own config:

| key | what dflint does with it |
|---|---|
| \`ignored: [DL3059]\` | switches off the findings of those codes |
| \`override: { error: [...], warning: [...], info: [...], style: [...] }\` | sets their severities (the highest wins) |
| \`failure-threshold\`, \`no-fail: true\` | the threshold (\`ignore\` and \`none\`: never fail) |
| \`trustedRegistries: [docker.io, "*.example.com"]\` | the \`registries\` option of the rule that aliases DL3026 |
| \`label-schema: { maintainer: email }\` | the \`labels\` option of \`label-schema\` (DL3049–DL3056, DL3058) |
| \`strict-labels: true\` | the \`strict\` option of \`label-schema\` (DL3050) |
| \`disable-ignore-pragma: true\` | \`# hadolint ignore=\` comments switch nothing off (\`# dflint-ignore\` still does; the editor's language server honours them) |
| \`format\`, \`formats\`, \`no-color\`, \`verbose\` | not supported: named in a note on stderr and ignored (\`--format\` and \`--no-color\` are dflint's flags) |

It applies under a dflint config when both are found, so a \`.dflintrc.*\` only needs what differs.
A code acts on the findings of that code only: \`package-cache\` covers seven (DL3009 for apt,
DL3019 apk, DL3032 yum, DL3036 zypper, DL3040 dnf, DL3042 pip, DL3060 yarn), and \`ignored: [DL3042]\`
drops its pip findings and keeps the apt, apk, npm, … ones. The same holds for \`rules: {DL3042: off}\`
in a dflint config (a code's setting is a severity; options go under the rule's name),
\`--disable DL3042\` and \`# hadolint ignore=DL3042\`; \`--print-config\` lists such a code beside its
rule. Each finding names its codes (\`aliases\` in JSON and in SARIF result properties). A finding
that is several codes at once (\`maintainer-deprecated\` is DL4000 and BuildKit's
\`MaintainerDeprecated\`) is off when one of them is, else at the highest severity given. ShellCheck's
codes (\`SC2086\`, any \`SCnnnn\`) are the \`shellcheck\` rule's and work the same way: \`ignored: [SC2086]\`,
\`rules: {SC2086: off}\`, \`--disable SC2086\`. Codes no dflint rule aliases, and the keys dflint does not
support, are listed once per file, in a note on stderr; they are not an error. \`# hadolint ignore=DL3059\`
and \`# hadolint global ignore=…\` comments work too; BuildKit's \`# check=skip=…\` as well ([directives.md](directives.md)).

hadolint's command-line flags (the "hadolint compatibility" group of \`dflint --help\`):

| flag | effect |
|---|---|
| \`--trusted-registry REGISTRY\`, repeatable | adds to the DL3026 rule's \`registries\` (\`*\`, \`*.example.com\`, \`prefix*\`) |
| \`--require-label LABEL:TYPE\`, repeatable | adds to \`label-schema\`'s \`labels\` (TYPE: text, url, semver, hash, rfc3339, spdx, email; empty: text) |
| \`--strict-labels\` | \`label-schema\`'s \`strict\` |
| \`--no-fail\` | exit 0 whatever is found |
| \`--disable-ignore-pragma\` | \`# hadolint ignore=\` comments switch nothing off |
| \`--error\`, \`--warning\`, \`--info\`, \`--style CODE\`, repeatable | the severity of those codes' findings (or of a rule, by name); the highest wins, \`--disable\` still wins. A hadolint code no rule covers is a note, not an error |
| \`--ignore CODE\` | \`--disable\` |

Options given by flags add to those of the config files (hadolint joins these lists).

## Command line

| option | effect |
|---|---|
| \`--config PATH\`, \`-c PATH\` | use this config file (a \`.dflintrc.*\`, \`package.json\` or \`.hadolint.yaml\`) for every Dockerfile |
| \`--print-config FILE\` | print the config FILE would be linted with, as JSON, and exit (FILE is needed; it need not exist) |
| \`--init\` | write a commented starter \`.dflintrc.yaml\` here; exit 2 if a config is already here |
| \`--init --config FILE\` | write the starter to FILE instead: commented YAML for \`.yaml\`/\`.yml\`, \`{"rules": {}}\` for \`.json\`; exit 2 if FILE exists |
| \`--max-warnings N\` | exit 1 when more than N findings of severity \`warning\` are reported, even with no errors |
| \`--quiet\`, \`-q\` | report errors only; other findings neither print nor count toward the exit code, and with no errors the human format prints nothing (as ESLint's \`--quiet\`) |
| \`--max-file-size SIZE\` | refuse (exit 2, unread) a Dockerfile or stdin larger than SIZE (\`20MB\`, \`512KB\`, bytes), or with more lines than one per 200 bytes of SIZE; default: \`maxFileSize\`, else 10MB |
| \`--jobs N\`, \`-j N\` | lint on N threads when there are many files: the main thread and N−1 worker threads, each taking the next 16 files when it is done with its own (default: the machine's cores; \`1\`: one thread). The report, stderr and exit code are the same as with \`--jobs 1\`, file for file in the same order. Threads are used for a plain lint of 64 files or more that is offline (\`--offline\`, \`DFLINT_OFFLINE=1\` or \`offline: true\`) and runs no ShellCheck; \`--fix\`, stdin, runs that resolve base images (one resolver and one network budget per run) and runs with ShellCheck (which uses the other cores itself) lint on one thread |

## Mistakes

A config file dflint cannot use stops the run with exit 2 and one line on stderr that names the
file, the line and the key:

\`\`\`
dflint: .dflintrc.json:4: rules.layer-count: severity must be one of ${((definitions.severity?.enum ?? []) as string[]).join(', ')} (got "fatal")
dflint: .dflintrc.yaml:2: rules.layer-cont: unknown rule 'layer-cont' (did you mean 'layer-count'?); dflint --list-rules shows them all
\`\`\`

The schema is \`node_modules/dflint/schema/dflint.schema.json\` (JSON Schema draft-07), for editors.
`;
}

/** Each key, then for a list of objects (`overrides`) each of its items' keys as `overrides[].files`. */
function keyEntries(properties: Record<string, Node>): [string, Node][] {
  return Object.entries(properties).flatMap(([key, node]): [string, Node][] => {
    const item = node.type === 'array' && node.items && !Array.isArray(node.items) ? node.items : undefined;
    const nested = Object.entries(item?.properties ?? {}).map(([sub, subNode]): [string, Node] => [`${key}[].${sub}`, subNode]);
    return [[key, node], ...nested];
  });
}

function typeOf(node: Node): string {
  if (node.$ref === '#/definitions/rules') return 'object: rule → setting';
  if (node.enum) return node.enum.map((value) => `\`${String(value)}\``).join(' \\| ');
  if (node.type === 'array' && node.items && !Array.isArray(node.items)) return `${typeOf(node.items)}[]`;
  if (Array.isArray(node.type)) {
    const items = node.items && !Array.isArray(node.items) ? typeOf(node.items) : 'value';
    return node.type.map((type) => (type === 'array' ? `${items}[]` : type)).join(' \\| ');
  }
  if (node.type === 'array' && Array.isArray(node.items)) return 'array';
  if (node.type === 'object' && node.properties) return 'object';
  if (node.type === 'object' && node.title) return `object: ${node.title}`;
  return String(node.type ?? 'value');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
