import type { Language, Tree, TreeCursor } from 'web-tree-sitter';

/**
 * A plain-JS copy of a tree-sitter node. Every property read on a web-tree-sitter node is a
 * call into wasm, so the tree is copied once with a cursor and the walkers read plain objects.
 * `start`/`end` are indices into the source string (UTF-16 code units).
 */
export interface SyntaxNode {
  type: string;
  named: boolean;
  start: number;
  end: number;
  children: SyntaxNode[];
}

/** Type names and namedness by type id, read from the grammar once instead of per node. */
export class NodeTypeTable {
  private readonly names: string[] = [];
  private readonly named: boolean[] = [];

  constructor(language: Language) {
    for (let id = 0; id < language.nodeTypeCount; id++) {
      this.names.push(language.types[id] ?? 'ERROR');
      this.named.push(language.nodeTypeIsNamed(id));
    }
  }

  /** Ids past the table (tree-sitter's ERROR is 65535) are errors, which are named. */
  nameOf(id: number): string {
    return this.names[id] ?? 'ERROR';
  }

  isNamed(id: number): boolean {
    return this.named[id] ?? true;
  }
}

export function copySyntaxTree(tree: Tree, types: NodeTypeTable): SyntaxNode {
  const cursor = tree.walk();
  try {
    return copyFromCursor(cursor, types);
  } finally {
    cursor.delete();
  }
}

function copyFromCursor(cursor: TreeCursor, types: NodeTypeTable): SyntaxNode {
  const root = nodeAt(cursor, types);
  const parents: SyntaxNode[] = [root];
  if (!cursor.gotoFirstChild()) return root;
  for (;;) {
    const node = nodeAt(cursor, types);
    parents[parents.length - 1].children.push(node);
    if (cursor.gotoFirstChild()) {
      parents.push(node);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      parents.pop();
      if (parents.length === 0 || !cursor.gotoParent()) return root;
    }
  }
}

function nodeAt(cursor: TreeCursor, types: NodeTypeTable): SyntaxNode {
  const id = cursor.nodeTypeId;
  return {
    type: types.nameOf(id),
    named: types.isNamed(id),
    start: cursor.startIndex,
    end: cursor.endIndex,
    children: [],
  };
}

/** Node types that stand where a statement may stand (tree-sitter-bash `_statement`). */
export const STATEMENT_TYPES: ReadonlySet<string> = new Set([
  'redirected_statement',
  'variable_assignment',
  'variable_assignments',
  'command',
  'declaration_command',
  'unset_command',
  'test_command',
  'negated_command',
  'for_statement',
  'c_style_for_statement',
  'while_statement',
  'if_statement',
  'case_statement',
  'pipeline',
  'list',
  'compound_statement',
  'function_definition',
  'subshell',
]);

export const REDIRECT_TYPES: ReadonlySet<string> = new Set([
  'file_redirect',
  'heredoc_redirect',
  'herestring_redirect',
]);

/** Nodes whose statements run in a nested shell: `$(…)`, backticks, `<(…)`, `>(…)`. */
export const SUBSTITUTION_TYPES: ReadonlySet<string> = new Set([
  'command_substitution',
  'process_substitution',
]);

/**
 * Whether the tree nests more than `limit` levels deep, as the walkers recurse: the left operand
 * of an and-or list or pipeline, and a list or pipeline under redirects, are flattened without
 * recursion, so they add no level; every other child does.
 */
export function nestsDeeperThan(root: SyntaxNode, limit: number): boolean {
  // two stacks side by side, not an object per node: this visits every node of every script
  const nodes: SyntaxNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    if (node.children.length === 0) continue;
    const flattened = flattenedChild(node);
    for (const child of node.children) {
      nodes.push(child);
      depths.push(child === flattened ? depth : depth + 1);
    }
  }
  return false;
}

function flattenedChild(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'list' || node.type === 'pipeline') return node.children.find((child) => STATEMENT_TYPES.has(child.type));
  if (node.type !== 'redirected_statement') return undefined;
  const body = node.children.find((child) => STATEMENT_TYPES.has(child.type));
  return body?.type === 'list' || body?.type === 'pipeline' ? body : undefined;
}
