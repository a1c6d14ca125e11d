/**
 * The comment syntax that steers linters; the only place it is spelled out. `text` is a comment's
 * text after its `#`, trimmed (as `Comment.text`):
 *   `dflint-ignore a,b` (bare: every rule) — the next instruction; `dflint-ignore-file a,b` — the file;
 *   `hadolint ignore=DL3008,DL3009` — the next instruction; `hadolint global ignore=…` — the file;
 *   `hadolint stage ignore=…` — the rest of the stage (the whole stage when right above its FROM).
 *   A hadolint comment may end in `# text`, which is not part of its list.
 */
export interface LintDirective {
  tool: 'dflint' | 'hadolint';
  scope: 'file' | 'next' | 'stage';
  /** rule names (dflint) or codes (hadolint) as written; empty for a bare `dflint-ignore` */
  names: string[];
}

const DFLINT_IGNORE = /^dflint-ignore(-file)?(?:\s+(.*))?$/;
const HADOLINT_IGNORE = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*([^#]*)/;

export function readLintDirective(text: string): LintDirective | undefined {
  const own = DFLINT_IGNORE.exec(text);
  if (own) return { tool: 'dflint', scope: own[1] ? 'file' : 'next', names: splitList(own[2] ?? '') };
  const hadolint = HADOLINT_IGNORE.exec(text);
  if (hadolint) return { tool: 'hadolint', scope: hadolint[1] === 'global' ? 'file' : hadolint[1] === 'stage' ? 'stage' : 'next', names: splitList(hadolint[2]) };
  return undefined;
}

/**
 * What is wrong with a comment that looks like a lint directive but is not one (`dflint-ignore-next-line x`,
 * `hadolint ignore DL3008`, `hadolint ignore=`): a sentence for a warning; undefined for any other comment.
 */
export function malformedDirective(text: string): string | undefined {
  const directive = readLintDirective(text);
  if (directive) return directive.tool === 'hadolint' && directive.names.length === 0 ? '`hadolint ignore=` names no code' : undefined;
  const dflint = /^dflint-\S*/i.exec(text);
  if (dflint) return `\`${dflint[0]}\` is not a dflint directive: dflint reads \`dflint-ignore\` and \`dflint-ignore-file\``;
  if (/^hadolint\s+((global|stage)\s+)?ignore\b/.test(text)) return 'a hadolint ignore comment needs `=` before its codes (`hadolint ignore=DL3008`)';
  return undefined;
}

/** A hadolint rule code (`DL3008`, `SC2086`), in any case as hadolint reads them. */
export function isHadolintCode(name: string): boolean {
  return /^(DL|SC)\d{4}$/i.test(name);
}

/** The comment that switches `rules` off for the next instruction (what an editor's quick fix inserts). */
export function ignoreNextComment(rules: readonly string[]): string {
  return `# dflint-ignore ${rules.join(',')}`;
}

/** A document line holding only a lint directive comment (blanks around it allowed). */
export function isLintDirectiveLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('#') && readLintDirective(trimmed.slice(1).trim()) !== undefined;
}

function splitList(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** BuildKit's build checks by name (frontend/dockerfile/linter/ruleset.go): the vocabulary of `# check=`. */
export const BUILDKIT_CHECKS: readonly string[] = [
  ...['StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName', 'ReservedStageName', 'JSONArgsRecommended'],
  ...['MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath', 'UndefinedVar', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat'],
  ...['InvalidBaseImagePlatform', 'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed'],
  ...['CopyIgnoredFile', 'ExposeProtoCasing', 'ExposeInvalidFormat', 'InvalidDefinitionDescription'],
];
/** Those BuildKit runs only when `experimental=` names them (or `all`). */
export const EXPERIMENTAL_BUILDKIT_CHECKS: readonly string[] = ['InvalidDefinitionDescription'];

/** A BuildKit check name (`JSONArgsRecommended`), as opposed to a hadolint code or a dflint rule name. */
export function isBuildkitCheck(name: string): boolean {
  return BUILDKIT_CHECKS.includes(name);
}

/** The checks of a `check=` list: names, or every one (`all`). */
export interface CheckList {
  all: boolean;
  names: string[];
}

/**
 * BuildKit's `# check=` value: `skip=<names|all>;error=<bool>;experimental=<names|all>` (its
 * ParseLintOptions: `;`-separated `key=value` parts, names case-sensitive, `,`-separated).
 * `problems`: what is malformed, as sentences.
 */
export interface CheckDirective {
  skip: CheckList;
  error: boolean;
  experimental: CheckList;
  problems: string[];
}

const GO_BOOLS: Record<string, boolean> = { 1: true, t: true, T: true, true: true, TRUE: true, True: true, 0: false, f: false, F: false, false: false, FALSE: false, False: false };

export function readCheckValue(value: string): CheckDirective {
  const directive: CheckDirective = { skip: { all: false, names: [] }, error: false, experimental: { all: false, names: [] }, problems: [] };
  const parts = value.split(';').filter((part) => part.trim() !== '');
  if (parts.length === 0) directive.problems.push('`check=` sets nothing: use skip=<checks>, error=true or experimental=<checks>');
  for (const part of parts) {
    const equals = part.indexOf('=');
    const key = (equals < 0 ? part : part.slice(0, equals)).trim();
    const setting = equals < 0 ? '' : part.slice(equals + 1).trim();
    if (key === 'skip' || key === 'experimental') {
      const names = setting.split(',').map((name) => name.trim()).filter(Boolean);
      directive[key] = { all: names.includes('all'), names: names.filter((name) => name !== 'all') };
      if (names.length === 0) directive.problems.push(`\`check=${key}=\` names no check`);
    } else if (key === 'error') {
      if (setting in GO_BOOLS) directive.error = GO_BOOLS[setting];
      else directive.problems.push(`\`check=error=${setting}\` is not a boolean: use error=true or error=false`);
    } else {
      directive.problems.push(`\`${key}\` is not a check= option: BuildKit reads skip=, error= and experimental=`);
    }
  }
  return directive;
}

/** A comment `check=skip=<checks> // reason` above an instruction (BuildKit ≥ 1.21): its value without the reason. */
export function readCheckComment(text: string): string | undefined {
  const match = /^check\s*=\s*(.*)$/.exec(text);
  return match ? match[1].replace(/\s*\/\/.*$/, '').trim() : undefined;
}
