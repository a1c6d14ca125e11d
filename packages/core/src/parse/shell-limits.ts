import { nestsDeeperThan, type SyntaxNode } from './shell-syntax';

/** The walkers recurse once per level of nesting (`if`, `$(…)`, `{ … }`); deeper scripts are not read. */
export const MAX_SHELL_NESTING = 200;

/**
 * Parsed with a line break at its end (see shell.ts), a pipeline costs tree-sitter-bash memory in
 * proportion to its stages up to tens of thousands (20,000 stages: 1.2 s, 203 MB for the whole
 * run); far beyond that its GLR stacks grow faster again (100,000: 24 s, 790 MB) and the walkers
 * overflow the stack. Scripts with more pipes than this are not parsed. Every `|` counts, quoted
 * or not (`||` does not), so no quoting hides a pipe from the count.
 */
export const MAX_SHELL_PIPES = 20_000;

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
