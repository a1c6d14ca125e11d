import type { ShellWord } from '../parse/shell-types';

/**
 * The go command's flags that take a value (`-tags netgo`, `-ldflags "-s -w"`): go spells long
 * flags with one dash, so getopt-style parsing misreads them. Booleans (`-v`, `-x`, `-race`,
 * `-trimpath`, `-tool`) take none, or `=value`.
 */
export const GO_VALUE_FLAGS: ReadonlySet<string> = new Set([
  'C', 'o', 'p', 'tags', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'mod', 'modfile', 'overlay', 'pgo', 'pkgdir',
  'toolexec', 'buildmode', 'compiler', 'installsuffix', 'covermode', 'coverpkg', 'exec',
]);

/** The operands of a go subcommand's arguments (those after `go install`), its flags and their values left out. */
export function goOperands(args: readonly ShellWord[]): ShellWord[] {
  const operands: ShellWord[] = [];
  for (let index = 0; index < args.length; index++) {
    const text = args[index].value;
    if (text === '--') return [...operands, ...args.slice(index + 1)];
    if (!text.startsWith('-') || text === '-') {
      operands.push(args[index]);
      continue;
    }
    const name = text.replace(/^--?/, '');
    if (!name.includes('=') && GO_VALUE_FLAGS.has(name)) index++;
  }
  return operands;
}
