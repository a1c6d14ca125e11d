/** Where each rule's documentation (its README.md) is published. One place, so a move is one edit. */
export const DOCS_BASE = 'https://github.com/dflint/dflint/blob/main/rules';

export function ruleDocsUrl(ruleName: string): string {
  return `${DOCS_BASE}/${ruleName}/README.md`;
}
