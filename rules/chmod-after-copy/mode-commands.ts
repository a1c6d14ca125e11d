import type { ShellCommand, ShellWord } from '@dflint/core/rule-kit';

/** A `chmod`, `chown` or `chgrp` as written: what it sets and on which paths. */
export interface ModeCommand {
  name: 'chmod' | 'chown' | 'chgrp';
  recursive: boolean;
  /** the mode, owner or group operand */
  value: ShellWord;
  paths: ShellWord[];
}

const NAMES: ReadonlySet<string> = new Set(['chmod', 'chown', 'chgrp']);
/** Options that change neither what is set nor which files (-R aside). */
const SHORT = /^-[Rcfv]+$/;
const LONG: ReadonlySet<string> = new Set(['--recursive', '--changes', '--silent', '--quiet', '--verbose']);

/**
 * Reads a chmod/chown/chgrp with only the options it understands; undefined for anything else
 * (`-h`, `--reference`, `chmod -x` read as an option, …).
 */
export function modeCommand(command: ShellCommand): ModeCommand | undefined {
  if (!NAMES.has(command.name) || command.argv[0].value !== command.name) return undefined;
  let recursive = false;
  const operands: ShellWord[] = [];
  let optionsEnd = false;
  for (const word of command.argv.slice(1)) {
    if (!optionsEnd && word.value === '--') optionsEnd = true;
    else if (!optionsEnd && SHORT.test(word.value)) recursive ||= word.value.includes('R');
    else if (!optionsEnd && LONG.has(word.value)) recursive ||= word.value === '--recursive';
    else if (!optionsEnd && word.value.startsWith('-')) return undefined;
    else operands.push(word);
  }
  const [value, ...paths] = operands;
  if (!value || paths.length === 0) return undefined;
  return { name: command.name as ModeCommand['name'], recursive, value, paths };
}
