import { readFileSync } from 'fs';
import { Language, Parser } from 'web-tree-sitter';
import { PositionMapper } from './shell-positions';
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

/**
 * Loads web-tree-sitter and the bash grammar, once; concurrent callers share one promise.
 * Both wasm files are read from disk and passed as bytes: fetching them by URL fails under jest.
 */
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
  await Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')) });
  const bash = await Language.load(readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  const parser = new Parser();
  parser.setLanguage(bash);
  loaded = { parser, types: new NodeTypeTable(bash) };
}

/** Parses a RUN body (or heredoc) into its simple commands, with positions in the Dockerfile. */
export function parseShell(source: ScriptSource): ShellScript {
  if (!loaded) throw new Error('parseShell: the shell parser is not loaded yet; await initShellParser() first');
  const { root, hasErrors } = parseToSyntaxTree(loaded, source.text);
  const positions = new PositionMapper(source.text, source.origin);
  const walker = new CommandWalker({ source: source.text, words: new WordReader(source.text, positions), positions });
  walker.walkList(root.children, []);
  return {
    commands: walker.commands,
    hasErrors,
    errexit: walker.commands.some(enablesErrexit),
    range: positions.range(0, source.text.length),
  };
}

function parseToSyntaxTree({ parser, types }: LoadedParser, text: string): { root: SyntaxNode; hasErrors: boolean } {
  const tree = parser.parse(text);
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
