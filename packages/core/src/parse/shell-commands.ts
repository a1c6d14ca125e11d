import type { PositionMapper } from './shell-positions';
import { RedirectCollector, type FollowUp } from './shell-redirects';
import { REDIRECT_TYPES, type SyntaxNode } from './shell-syntax';
import type { ShellAssignment, ShellCommand, ShellWord } from './shell-types';
import type { WordReader } from './shell-words';

/** Node types read as one simple command. */
export const SIMPLE_COMMAND_TYPES: ReadonlySet<string> = new Set([
  'command',
  'declaration_command',
  'unset_command',
  'test_command',
  'variable_assignment',
  'variable_assignments',
]);

/** `[ … ]` / `[[ … ]]` expression nodes whose leaves become argv words. */
const TEST_EXPRESSION_TYPES: ReadonlySet<string> = new Set([
  'unary_expression',
  'binary_expression',
  'ternary_expression',
  'parenthesized_expression',
  'postfix_expression',
]);

export interface ReadContext {
  source: string;
  words: WordReader;
  positions: PositionMapper;
}

export interface BuiltCommand {
  /** null when nothing could be read (e.g. the missing name in `apt-get update &&`) */
  command: Omit<ShellCommand, 'join' | 'context'> | null;
  /** nodes to search for nested `$(…)`, in source order */
  scanTargets: SyntaxNode[];
  followUps: FollowUp[];
  heredocBodies: SyntaxNode[];
}

/**
 * Reads a simple command from `node` (a SIMPLE_COMMAND_TYPES node, or a redirected_statement
 * without a body such as `> file`) plus redirects that tree-sitter-bash attached further out.
 */
export function buildSimpleCommand(node: SyntaxNode, outerRedirects: SyntaxNode[], read: ReadContext): BuiltCommand {
  const redirects = new RedirectCollector(read.source, read.words, read.positions);
  const assignments: ShellAssignment[] = [];
  const argumentNodes: SyntaxNode[] = [];

  const parts = node.type === 'variable_assignment' ? [] : node.children;
  for (const child of parts) {
    if (child.type === 'comment' || child.type === 'ERROR') continue;
    if (REDIRECT_TYPES.has(child.type)) redirects.add(child);
    else if (node.type === 'test_command') collectTestWords(child, argumentNodes);
    else if (child.type === 'variable_assignment' && isAssignmentSlot(node)) assignments.push(read.words.assignment(child));
    else if (child.type === 'command_name') argumentNodes.push(...child.children.filter(isPresent));
    else if (node.type !== 'redirected_statement') argumentNodes.push(child);
  }
  if (node.type === 'variable_assignment') assignments.push(read.words.assignment(node));
  for (const redirect of outerRedirects) redirects.add(redirect);

  // most commands have no redirect: their words and children as they are, no copies joined
  const words = groupWords(argumentNodes, read.words);
  const argv = redirects.argumentNodes.length === 0 ? words : [...words, ...groupWords(redirects.argumentNodes, read.words)];
  const scanTargets = redirects.scanTargets.length === 0 ? node.children : [...node.children, ...redirects.scanTargets];
  const { followUps, heredocBodies } = redirects;
  if (argv.length === 0 && assignments.length === 0 && redirects.redirects.length === 0) {
    return { command: null, scanTargets, followUps, heredocBodies };
  }
  const ownEnd = node.type === 'redirected_statement' ? node.start : node.end;
  const command = {
    argv,
    name: commandName(argv),
    assignments,
    redirects: redirects.redirects,
    range: read.positions.range(node.start, Math.max(ownEnd, redirects.end)),
  };
  return { command, scanTargets, followUps, heredocBodies };
}

/** In `command` the assignments are prefixes; in `export A=1` they are argv words. */
function isAssignmentSlot(node: SyntaxNode): boolean {
  return node.type === 'command' || node.type === 'variable_assignments';
}

/** tree-sitter inserts a zero-width MISSING name for `a &&` at the end of input. */
function isPresent(node: SyntaxNode): boolean {
  return node.end > node.start;
}

function collectTestWords(node: SyntaxNode, into: SyntaxNode[]): void {
  if (!TEST_EXPRESSION_TYPES.has(node.type)) {
    if (isPresent(node)) into.push(node);
    return;
  }
  for (const child of node.children) collectTestWords(child, into);
}

function groupWords(nodes: SyntaxNode[], words: WordReader): ShellWord[] {
  const result: ShellWord[] = [];
  let groupStart = 0;
  for (let i = 1; i <= nodes.length; i++) {
    if (i === nodes.length || nodes[i].start !== nodes[i - 1].end) {
      result.push(words.joinedWord(nodes.slice(groupStart, i)));
      groupStart = i;
    }
  }
  return result;
}

function commandName(argv: ShellWord[]): string {
  const first = argv[0];
  if (!first || first.dynamic) return '';
  return first.value.slice(first.value.lastIndexOf('/') + 1);
}
