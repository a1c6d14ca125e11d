import type { Rule } from '@dflint/core/rule-kit';

// Every hadolint rule code and BuildKit build check, with what it checks (in our words), so that
// docs/rules.md can map each one to the dflint rule that aliases it, or say why none does. A test
// (foreign-codes.test.ts) checks this list against ../shared/anchors when present.

export const HADOLINT_CODES: Readonly<Record<string, string>> = {
  DL1000: 'the Dockerfile does not parse',
  DL1001: 'inline `# hadolint ignore=` comments (off by default)',
  DL3000: 'WORKDIR is not absolute',
  DL3001: 'RUN uses a command that makes no sense in a container (ssh, vim, service, …)',
  DL3002: 'the last USER is root',
  DL3003: '`cd` in RUN instead of WORKDIR',
  DL3004: '`sudo` in RUN',
  DL3006: 'FROM image without a tag',
  DL3007: 'FROM image:latest',
  DL3008: 'apt-get install without versions',
  DL3009: 'apt lists not deleted after apt-get update',
  DL3010: 'COPY of an archive that a later RUN extracts',
  DL3011: 'EXPOSE port out of range',
  DL3012: 'more than one HEALTHCHECK',
  DL3013: 'pip install without versions',
  DL3014: 'apt-get install without -y',
  DL3015: 'apt-get install without --no-install-recommends',
  DL3016: 'npm install without versions',
  DL3018: 'apk add without versions',
  DL3019: 'apk add without --no-cache',
  DL3020: 'ADD of local files instead of COPY',
  DL3021: 'COPY of several sources to a destination without a trailing /',
  DL3022: 'COPY --from a stage not defined before',
  DL3023: 'COPY --from its own stage',
  DL3024: 'duplicate stage names',
  DL3025: 'CMD or ENTRYPOINT in shell form',
  DL3026: 'FROM an image outside the trusted registries',
  DL3027: '`apt` in RUN instead of apt-get',
  DL3028: 'gem install without versions',
  DL3029: 'FROM --platform',
  DL3030: 'yum install without -y',
  DL3032: 'yum clean all missing',
  DL3033: 'yum install without versions',
  DL3034: 'zypper without a non-interactive switch',
  DL3035: 'zypper dist-upgrade',
  DL3036: 'zypper clean missing',
  DL3037: 'zypper install without versions',
  DL3038: 'dnf install without -y',
  DL3040: 'dnf clean all missing',
  DL3041: 'dnf install without versions',
  DL3042: 'pip install without --no-cache-dir',
  DL3043: 'ONBUILD of ONBUILD, FROM or MAINTAINER',
  DL3044: 'ENV that refers to a variable it defines itself',
  DL3045: 'COPY to a relative destination without WORKDIR',
  DL3046: 'useradd with a high UID without -l',
  DL3047: 'wget without a progress setting (build-log bloat)',
  DL3048: 'invalid LABEL key',
  DL3049: 'a label the schema requires is missing',
  DL3050: 'a label the schema does not list (strict labels)',
  DL3051: 'a schema label is empty',
  DL3052: 'a schema label is not a URL',
  DL3053: 'a schema label is not an RFC 3339 time',
  DL3054: 'a schema label is not an SPDX license id',
  DL3055: 'a schema label is not a git hash',
  DL3056: 'a schema label is not a semantic version',
  DL3057: 'no HEALTHCHECK (off by default)',
  DL3058: 'a schema label is not an email address',
  DL3059: 'consecutive RUNs',
  DL3060: 'yarn cache clean missing',
  DL3061: 'an instruction before FROM',
  DL3062: 'go install without a version',
  DL3063: 'a reserved word as stage name',
  DL3064: 'secrets in ARG or ENV',
  DL3065: 'FROM --platform=$TARGETPLATFORM is redundant',
  DL3066: 'USER by name rather than numeric id',
  DL3067: 'COPY of a whole stage filesystem',
  DL4000: 'MAINTAINER is deprecated',
  DL4001: 'both curl and wget',
  DL4003: 'more than one CMD',
  DL4004: 'more than one ENTRYPOINT',
  DL4005: '`ln` of /bin/sh instead of SHELL',
  DL4006: 'a pipe without `set -o pipefail`',
};

export const BUILDKIT_CHECKS: Readonly<Record<string, string>> = {
  StageNameCasing: 'stage names should be lower case',
  FromAsCasing: "`AS` should match the case of `FROM`",
  NoEmptyContinuation: 'empty continuation lines',
  ConsistentInstructionCasing: 'instructions in mixed case',
  DuplicateStageName: 'stage names should be unique',
  ReservedStageName: 'reserved words as stage names',
  JSONArgsRecommended: 'CMD and ENTRYPOINT in shell form',
  MaintainerDeprecated: 'MAINTAINER is deprecated',
  UndefinedArgInFrom: 'FROM uses an ARG not declared',
  WorkdirRelativePath: 'relative WORKDIR without an absolute one before',
  UndefinedVar: 'a variable used before it is defined',
  MultipleInstructionsDisallowed: 'more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage',
  LegacyKeyValueFormat: '`ENV key value` instead of `ENV key=value`',
  InvalidBaseImagePlatform: "the base image's platform is not the target platform",
  RedundantTargetPlatform: 'FROM --platform=$TARGETPLATFORM is redundant',
  SecretsUsedInArgOrEnv: 'secrets in ARG or ENV',
  InvalidDefaultArgInFrom: 'a global ARG default that makes an empty or invalid base image name',
  FromPlatformFlagConstDisallowed: 'FROM --platform with a constant value',
  CopyIgnoredFile: 'COPY of a file .dockerignore excludes',
  InvalidDefinitionDescription: 'a stage or ARG comment not of the form `# <name> <description>` (experimental)',
  ExposeProtoCasing: 'EXPOSE protocol not lower case',
  ExposeInvalidFormat: 'EXPOSE with an IP address or host port',
};

/** Codes no dflint rule takes on, and why (the docs show the reason in place of a rule). */
export const NO_RULE: Readonly<Record<string, string>> = {
  InvalidBaseImagePlatform:
    "it needs the platform in the base image's own config, which base-image resolution does not keep yet: it asks the registry for the target platform's manifest, and a base with none for it is an unresolved base with a note saying why (docs/base-images.md)",
};

export interface CodeMapping {
  code: string;
  tool: 'hadolint' | 'BuildKit';
  checks: string;
  /** the rule that aliases it */
  rule?: string;
  /** why no rule does */
  reason?: string;
}

/** Each hadolint code and BuildKit check, with the rule that aliases it or the reason none does. */
export function codeMappings(rules: readonly Rule[]): CodeMapping[] {
  const ruleOf = (code: string) => rules.find((rule) => rule.meta.aliases.includes(code))?.meta.name;
  const entries = (codes: Readonly<Record<string, string>>, tool: CodeMapping['tool']) =>
    Object.entries(codes).map(([code, checks]): CodeMapping => ({ code, tool, checks, rule: ruleOf(code), reason: NO_RULE[code] }));
  return [...entries(HADOLINT_CODES, 'hadolint'), ...entries(BUILDKIT_CHECKS, 'BuildKit')];
}
