import { readFileSync } from 'fs';
import type { Language, Parser } from 'web-tree-sitter';

/**
 * web-tree-sitter with the bash grammar, as dflint parses RUN scripts (shell.ts; bench/parser-floor.js
 * times it alone). Both wasm files are read from disk and passed as bytes: fetching them by URL fails
 * under jest.
 */
export async function loadBashParser(): Promise<{ parser: Parser; language: Language }> {
  // required here, not at the top: evaluating its module costs a lint with no RUN ~1.5-2 ms
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Language, Parser } = require('web-tree-sitter') as typeof import('web-tree-sitter');
  await Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')) });
  const language = await Language.load(readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  const parser = new Parser();
  parser.setLanguage(language);
  return { parser, language };
}
