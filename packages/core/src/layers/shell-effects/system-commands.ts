import type { ShellWord } from '../../parse/shell-types';
import { UNKNOWN } from '../bytes';
import { isUnder } from '../paths';
import type { Effect } from '../types';
import { onPath, origin, pathFields, resolveText, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { ACCOUNT_COMMANDS } from './accounts';
import { parseOptions } from './options';

// ---- sed -i ------------------------------------------------------------------------------------

interface SedArgs {
  inPlace: boolean;
  /** `-i.bak`: the original is kept under this suffix */
  suffix: string;
  files: ShellWord[];
}

/** GNU/busybox sed: `-i[SUFFIX]` takes the rest of its bundle (`-ie` means suffix `e`). */
function readSed(args: readonly ShellWord[]): SedArgs {
  let inPlace = false;
  let suffix = '';
  let hasScript = false;
  const operands: ShellWord[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const text = args[i].value;
    if (optionsEnded || text === '-' || !text.startsWith('-')) {
      operands.push(args[i]);
    } else if (text === '--') {
      optionsEnded = true;
    } else if (text.startsWith('--')) {
      const [name, value] = text.split(/=(.*)/s);
      if (name === '--in-place') {
        inPlace = true;
        suffix = value ?? '';
      } else if (name === '--expression' || name === '--file') {
        hasScript = true;
        if (value === undefined) i++;
      } else if (name === '--line-length' && value === undefined) {
        i++;
      }
    } else {
      for (let j = 1; j < text.length; j++) {
        const letter = text[j];
        if (letter === 'i') {
          inPlace = true;
          suffix = text.slice(j + 1);
          break;
        }
        if ('efl'.includes(letter)) {
          if (letter !== 'l') hasScript = true;
          if (j + 1 === text.length) i++;
          break;
        }
      }
    }
  }
  return { inPlace, suffix, files: hasScript ? operands : operands.slice(1) };
}

/**
 * `sed -i` writes each file anew (a temporary file renamed over it): the layer hides the file it
 * read, as a copy-up does, and stores a new one of a size dflint cannot know, smaller or larger.
 */
function sed(call: Call): Effect[] {
  const { inPlace, suffix, files } = readSed(call.args);
  if (!inPlace) return [];
  return files.flatMap((word) =>
    onPath(call, word, (path, glob): Effect[] => {
      const rewrite: Effect = { kind: 'copy-up', ...origin(call), ...pathFields(path, glob), recursive: false, rewrites: true };
      if (suffix === '') return [rewrite];
      if (glob || suffix.includes('*')) return [unknownWrite(call, 'sed -i: keeps backups under names dflint does not work out', parentOf(path)), rewrite];
      return [{ kind: 'copy', ...origin(call), from: path, to: `${path}${suffix}`, recursive: false, move: false, intoDirectory: false }, rewrite];
    }),
  );
}

function parentOf(path: string): string | undefined {
  const parent = path.slice(0, path.lastIndexOf('/'));
  return parent === '' ? undefined : parent;
}

// ---- tee, find, mktemp, shells -----------------------------------------------------------------

function tee(call: Call): Effect[] {
  const args = parseOptions(call.args, { longValues: ['output-error'] });
  const append = args.has('-a', '--append');
  return args.operands.flatMap((word) =>
    onPath(call, word, (path, glob): Effect[] => {
      if (isUnder(path, '/dev') || isUnder(path, '/proc')) return [];
      const target = { ...origin(call), ...pathFields(path, glob) };
      return [
        append
          ? { kind: 'copy-up', ...target, recursive: false, creates: true, extraBytes: UNKNOWN }
          : { kind: 'write', ...target, bytes: UNKNOWN },
      ];
    }),
  );
}

const FIND_ACTIONS: Readonly<Record<string, string>> = {
  '-delete': 'find -delete: deletes what it matches',
  '-exec': 'find -exec: runs a command on what it matches',
  '-execdir': 'find -execdir: runs a command on what it matches',
  '-ok': 'find -ok: runs a command on what it matches',
  '-okdir': 'find -okdir: runs a command on what it matches',
};

/** find only reads, unless it deletes or runs commands on what it finds (anywhere under its roots). */
function find(call: Call): Effect[] {
  const action = call.args.map((word) => word.value).find((text) => Object.hasOwn(FIND_ACTIONS, text));
  const effects: Effect[] = [];
  call.args.forEach((word, index) => {
    if (/^-f(print0?|printf|ls)$/.test(word.value) && call.args[index + 1]) {
      effects.push(...onPath(call, call.args[index + 1], (path) => ({ kind: 'write', ...origin(call), path, bytes: UNKNOWN })));
    }
  });
  if (!action) return effects;
  const roots = call.args.slice(call.args.findIndex((word) => !/^-[HLP]$/.test(word.value)));
  const end = roots.findIndex((word) => /^[-(!]/.test(word.value));
  const paths = end < 0 ? roots : roots.slice(0, end);
  const reason = FIND_ACTIONS[action];
  if (paths.length === 0) return [...effects, unknownWrite(call, reason, call.state.cwd)];
  for (const word of paths) {
    const text = textOf(call, word);
    const root = text === undefined ? undefined : resolveText(call, text);
    effects.push(unknownWrite(call, reason, root === '/' ? undefined : root));
  }
  return effects;
}

function mktemp(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'p', longValues: ['tmpdir', 'suffix'] });
  const dir = textOf(call, args.value('-p', '--tmpdir')) ?? call.env('TMPDIR') ?? '/tmp';
  return [unknownWrite(call, 'mktemp: makes a file or directory with a random name', resolveText(call, dir))];
}

/** `sh -c '…'`, `bash script.sh`, `curl … | sh`: a script dflint does not read. */
function shell(call: Call): Effect[] {
  const firstOperand = call.args.find((word) => !word.value.startsWith('-') && !word.value.startsWith('+'));
  const hasCommandString = call.args.some((word) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(word.value));
  const reason =
    hasCommandString ? `${call.name} -c: dflint does not read the inner script`
    : firstOperand ? `${call.name}: runs ${firstOperand.raw}, which dflint does not read`
    : `${call.name}: runs a script read from stdin`;
  return [unknownWrite(call, reason)];
}

// ---- system caches ------------------------------------------------------------------------------

function knownCacheWriter(path: string, what: string): Handler {
  return (call) => [unknownWrite(call, `${call.name}: ${what}`, path)];
}

export const SYSTEM_COMMANDS: Readonly<Record<string, Handler>> = {
  sed,
  tee,
  find,
  mktemp,
  sh: shell,
  bash: shell,
  dash: shell,
  ash: shell,
  zsh: shell,
  ksh: shell,
  ...ACCOUNT_COMMANDS,
  ldconfig: knownCacheWriter('/etc/ld.so.cache', 'rebuilds the dynamic linker cache'),
  'update-ca-certificates': knownCacheWriter('/etc/ssl/certs', 'rebuilds the CA certificate bundle'),
  'locale-gen': knownCacheWriter('/usr/lib/locale', 'compiles locales'),
};
