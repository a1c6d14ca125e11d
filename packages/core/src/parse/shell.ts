import type { Parser } from 'web-tree-sitter';
import { loadBashParser } from './bash-parser';
import { ScriptCache } from './script-cache';
import { PositionMapper } from './shell-positions';
import { afterParsing, beforeParsing } from './shell-limits';
import { copySyntaxTree, NodeTypeTable, type SyntaxNode } from './shell-syntax';
import type { ShellCommand, ShellScript } from './shell-types';
import { CommandWalker } from './shell-walk';
import { WordReader } from './shell-words';
import type { ScriptSource } from './types';

interface LoadedParser {
  parser: Parser;
  types: NodeTypeTable;
}

let loaded: LoadedParser | undefined;
let initialising: Promise<void> | undefined;

/** Loads web-tree-sitter and the bash grammar (bash-parser.ts), once; concurrent callers share one promise. */
export async function initShellParser(): Promise<void> {
  initialising ??= loadParser().catch((error: unknown) => {
    initialising = undefined;
    throw error;
  });
  return initialising;
}

export function isShellParserReady(): boolean {
  return loaded !== undefined;
}

async function loadParser(): Promise<void> {
  const { parser, language } = await loadBashParser();
  loaded = { parser, types: new NodeTypeTable(language) };
}

interface ParsedScript {
  script: ShellScript;
  outline: ShellOutline;
}

/**
 * Scripts parsed lately: the editor analyses the whole document again after each keystroke, `--fix`
 * after each pass, and most of their scripts did not change. A parse result takes ~100 bytes per
 * character of script: 64 K characters (the RUNs of a Dockerfile of a few thousand lines) keep
 * ~6 MB (256 K added 25 MiB to the corpus run's peak RSS).
 */
const parsedScripts = new ScriptCache<ParsedScript>({ entries: 500, chars: 64 * 1024 });

/** Parses a RUN body (or heredoc) into its simple commands, with positions in the Dockerfile. */
export function parseShell(source: ScriptSource): ShellScript {
  if (!loaded) throw new Error('parseShell: the shell parser is not loaded yet; await initShellParser() first');
  const parsed = parsedScripts.get(source.text, source.origin) ?? parseUncached(loaded, source);
  outlines.set(source, parsed.outline);
  return parsed.script;
}

/**
 * Why the parser declines to read a script (`parseShell(source).unanalyzed`), without placing a kept
 * parse at the script's lines: the reason depends on the text only, and an edit that moves a RUN
 * would have its whole parse copied to be read for it.
 */
export function shellUnanalyzed(source: ScriptSource): string | undefined {
  if (!loaded) throw new Error('shellUnanalyzed: the shell parser is not loaded yet; await initShellParser() first');
  return (parsedScripts.peek(source.text) ?? parseUncached(loaded, source)).script.unanalyzed;
}

function parseUncached(shell: LoadedParser, source: ScriptSource): ParsedScript {
  const parsed = parseAndWalk(shell, source);
  parsedScripts.set(source.text, source.origin, parsed);
  return parsed;
}

function parseAndWalk(shell: LoadedParser, source: ScriptSource): ParsedScript {
  const positions = new PositionMapper(source.text, source.origin);
  const range = positions.range(0, source.text.length);
  const declined = (unanalyzed: string, outline: ShellOutline): ParsedScript => ({ script: { commands: [], hasErrors: true, errexit: false, pipes: [], range, unanalyzed }, outline });
  const refused = beforeParsing(source.text);
  if (refused) return declined(refused, UNREAD_OUTLINE);
  const { root, hasErrors } = parseToSyntaxTree(shell, source.text);
  const tooDeep = afterParsing(root);
  const outline = outlineOf(root, source.text, hasErrors || tooDeep !== undefined);
  if (tooDeep) return declined(tooDeep, outline);
  const walker = new CommandWalker({ source: source.text, words: new WordReader(source.text, positions), positions });
  walker.walkList(root.children, []);
  const script = { commands: walker.commands, hasErrors, errexit: walker.commands.some(enablesErrexit), pipes: walker.pipes, range };
  return { script, outline };
}

/**
 * The text is parsed with a line break at its end: without one, tree-sitter-bash keeps every
 * stack version of a long pipeline open until the end of input and its memory grows with the
 * square of the stages (10,000 stages of `x | y`: 1.3 GB; with the line break: 176 MB). Nodes
 * keep their offsets, since the break is only appended.
 */
function parseToSyntaxTree({ parser, types }: LoadedParser, text: string): { root: SyntaxNode; hasErrors: boolean } {
  const tree = parser.parse(text.endsWith('\n') ? text : `${text}\n`);
  if (!tree) throw new Error('parseShell: tree-sitter returned no tree');
  try {
    return { root: copySyntaxTree(tree, types), hasErrors: tree.rootNode.hasError };
  } finally {
    tree.delete();
  }
}

/** A top-level `set` with `-e` in an option cluster (`-eux`) or `-o errexit`. */
function enablesErrexit(command: ShellCommand): boolean {
  if (command.name !== 'set' || command.context.some((context) => context !== 'group')) return false;
  const args = command.argv.slice(1).map((word) => word.value);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (!/^-[a-zA-Z]+$/.test(arg)) continue;
    if (arg.includes('e')) return true;
    if (arg.endsWith('o') && args[i + 1] === 'errexit') return true;
  }
  return false;
}

/** The top-level shape of a script, for code that splices scripts together (the RUN merge fix). */
export interface ShellOutline {
  hasErrors: boolean;
  /** statements at the top level (`a; b` and `a` newline `b` are two) */
  statements: number;
  /** the `&&` / `||` operators of top-level and-or lists */
  listOperators: string[];
  /** a top-level `&` (a background job) */
  background: boolean;
  /** a `#` comment outside any command (it would swallow text appended on its line) */
  comments: boolean;
}

/** The outline of a script that was not parsed: it counts as not parsing, so nothing splices it. */
const UNREAD_OUTLINE: ShellOutline = { hasErrors: true, statements: 0, listOperators: [], background: false, comments: false };

/** Outlines of the scripts parseShell has parsed, so splicing code need not parse them again. */
const outlines = new WeakMap<ScriptSource, ShellOutline>();

/** The outline of a script's text; a script parseShell has seen is not parsed again. */
export function shellOutline(script: string | ScriptSource): ShellOutline {
  if (typeof script !== 'string') {
    const known = outlines.get(script);
    if (known) return known;
  }
  if (!loaded) throw new Error('shellOutline: the shell parser is not loaded yet; await initShellParser() first');
  const text = typeof script === 'string' ? script : script.text;
  if (beforeParsing(text)) return UNREAD_OUTLINE;
  const { root, hasErrors } = parseToSyntaxTree(loaded, text);
  return outlineOf(root, text, hasErrors);
}

/**
 * Worked out with explicit stacks, not recursion: every parsed script gets an outline, and an
 * `a && b && …` chain of thousands of commands nests one list per operator.
 */
function outlineOf(root: SyntaxNode, text: string, hasErrors: boolean): ShellOutline {
  const listOperators: string[] = [];
  // tree-sitter-bash reads `a || b > f` as a redirect of the whole list `a || b`
  const lists = (node: SyntaxNode): SyntaxNode[] =>
    node.type === 'list' ? [node] : node.type === 'redirected_statement' ? node.children.filter((child) => child.type === 'list') : [];
  // the operators in document order: a list's own operators and nested lists, as they come
  const pending: Array<SyntaxNode | string> = root.children.flatMap(lists).reverse();
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (typeof item === 'string') {
      listOperators.push(item);
      continue;
    }
    const inOrder = item.children.flatMap<SyntaxNode | string>((child) => (!child.named && (child.type === '&&' || child.type === '||') ? [child.type] : lists(child)));
    for (let i = inOrder.length - 1; i >= 0; i--) pending.push(inOrder[i]);
  }
  return {
    hasErrors,
    statements: root.children.filter((child) => child.named && child.type !== 'comment').length,
    listOperators,
    background: root.children.some((child) => child.type === '&'),
    // a comment starts with `#`: most scripts have none, and their trees are not walked
    comments: text.includes('#') && containsComment(root),
  };
}

function containsComment(root: SyntaxNode): boolean {
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'comment') return true;
    for (const child of node.children) pending.push(child);
  }
  return false;
}
