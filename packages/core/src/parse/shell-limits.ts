import { nestsDeeperThan, type SyntaxNode } from './shell-syntax';

/** The walkers recurse once per level of nesting (`if`, `$(…)`, `{ … }`); deeper scripts are not read. */
export const MAX_SHELL_NESTING = 200;

/**
 * tree-sitter-bash keeps a second parse of every pipeline open (its grammar declares the
 * pipeline rule in conflict with itself); once a stage holds a "…" string, each further stage
 * allocates the whole pipeline again, so memory grows with the square of the stages (10,000
 * stages: 1.3 GB). Scripts with more pipes than this are not parsed. Every `|` counts, quoted
 * or not (`||` does not), so no quoting hides a pipe from the count.
 */
export const MAX_SHELL_PIPES = 1000;

/** Why a script's text is not given to the parser at all, or undefined to parse it. */
export function beforeParsing(text: string): string | undefined {
  return pipeCount(text) > MAX_SHELL_PIPES
    ? `the script has more than ${MAX_SHELL_PIPES} pipes (|): dflint does not analyze its commands`
    : undefined;
}

/** Why a parsed script is not walked, or undefined to walk it. */
export function afterParsing(root: SyntaxNode): string | undefined {
  return nestsDeeperThan(root, MAX_SHELL_NESTING)
    ? `the script nests deeper than ${MAX_SHELL_NESTING} levels: dflint does not analyze its commands`
    : undefined;
}

function pipeCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('|'); at !== -1; at = text.indexOf('|', at + 1)) {
    if (text[at + 1] === '|') at++;
    else count++;
  }
  return count;
}
