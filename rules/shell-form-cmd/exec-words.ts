/**
 * Shell builtins and keywords with no program of the same name: `CMD exec java -jar app.jar` or
 * `CMD cd /app && …` only work under a shell.
 */
const SHELL_ONLY = new Set([
  '.', ':', 'alias', 'break', 'case', 'cd', 'command', 'continue', 'eval', 'exec', 'exit', 'export', 'for', 'function',
  'if', 'local', 'read', 'readonly', 'return', 'set', 'shift', 'source', 'trap', 'ulimit', 'umask', 'unset', 'until', 'wait', 'while', '{', '(',
]);

/** Characters sh reads as plain text in an unquoted word (no expansion, quoting, globbing, operators or comments). */
const PLAIN_WORD = /^[A-Za-z0-9_\-./:=@%+,]+$/;

/**
 * The argv `sh -c <text>` would run, when sh would only split `text` on blanks: every word is
 * plain text, the first is a program (not a builtin or an assignment). A leading `exec` goes: the
 * program then replaces the shell, as it runs in JSON form. Undefined otherwise.
 */
export function execFormWords(text: string): string[] | undefined {
  const words = text.split(/[ \t]+/).filter(Boolean);
  if (words[0] === 'exec' && words.length > 1 && !words[1].startsWith('-')) words.shift();
  if (words.length === 0 || !words.every((word) => PLAIN_WORD.test(word))) return undefined;
  if (SHELL_ONLY.has(words[0]) || words[0].includes('=')) return undefined;
  return words;
}
