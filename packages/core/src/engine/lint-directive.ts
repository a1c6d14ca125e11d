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
