import type { ShellWord } from '../../parse/shell-types';
import { exact } from '../bytes';
import type { Effect } from '../types';
import { onPath, origin, pathFields, textOf, type Call } from './call';
import type { Handler } from './handler';
import { parseOptions } from './options';

function mkdir(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'm', longValues: ['mode', 'context'] });
  const fresh = !args.has('-p', '--parents');
  return args.operands.flatMap((word) =>
    onPath(call, word, (path, glob) => ({ kind: 'mkdir', ...origin(call), ...pathFields(path, glob), fresh })),
  );
}

function rm(call: Call): Effect[] {
  const args = parseOptions(call.args);
  const recursive = args.has('-r', '-R', '--recursive');
  return args.operands.flatMap((word) =>
    onPath(call, word, (path, glob) => ({ kind: 'delete', ...origin(call), ...pathFields(path, glob), recursive })),
  );
}

/** `rmdir -p a/b/c` removes a/b/c, a/b and a. */
function rmdir(call: Call): Effect[] {
  const args = parseOptions(call.args);
  const parents = args.has('-p', '--parents');
  return args.operands.flatMap((word) =>
    onPath(call, word, (path, glob) => {
      const written = textOf(call, word) ?? path;
      const depth = parents ? written.split('/').filter((part) => part !== '' && part !== '.').length : 1;
      const effects: Effect[] = [];
      let current = path;
      for (let level = 0; level < depth && current !== '/'; level++) {
        effects.push({ kind: 'delete', ...origin(call), ...pathFields(current, glob), recursive: false });
        current = current.slice(0, current.lastIndexOf('/')) || '/';
      }
      return effects;
    }),
  );
}

function touch(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'dtr', longValues: ['date', 'reference', 'time'] });
  const creates = !args.has('-c', '--no-create');
  return args.operands.flatMap((word) =>
    onPath(call, word, (path, glob) => ({
      kind: 'copy-up',
      ...origin(call),
      ...pathFields(path, glob),
      recursive: false,
      creates,
      extraBytes: exact(0),
    })),
  );
}

interface MetadataSpec {
  /** letters of flags without a value; a dashed word made of other letters is an operand (`chmod -x f`) */
  flags: string;
  /** letters that take a value: `setfacl -m SPEC` */
  shortValues?: string;
  /** long options that take a value as the next word */
  longValues?: readonly string[];
  /** the first operand is a mode, owner or attribute (not a file), unless `--reference=` is given */
  leadingOperand: boolean;
}

/**
 * chmod, chown, chgrp, setfacl, chattr, setfattr: overlay copies every touched file up into the
 * new layer, also when nothing changes.
 */
function metadataChange(spec: MetadataSpec): Handler {
  return (call) => {
    const files: ShellWord[] = [];
    let recursive = false;
    let needsLeading = spec.leadingOperand;
    let optionsEnded = false;
    for (let i = 0; i < call.args.length; i++) {
      const word = call.args[i];
      const text = word.value;
      const bundle = optionsEnded ? undefined : shortBundle(text, spec);
      if (!optionsEnded && text === '--') {
        optionsEnded = true;
      } else if (!optionsEnded && text.startsWith('--')) {
        const name = text.split('=')[0];
        if (name === '--recursive') recursive = true;
        if (name === '--reference') needsLeading = false;
        if (!text.includes('=') && spec.longValues?.includes(name.slice(2))) i++;
      } else if (bundle) {
        if (bundle.recursive) recursive = true;
        if (bundle.takesNext) i++;
      } else if (needsLeading) {
        needsLeading = false;
      } else {
        files.push(word);
      }
    }
    return files.flatMap((word) =>
      onPath(call, word, (path, glob) => ({ kind: 'copy-up', ...origin(call), ...pathFields(path, glob), recursive })),
    );
  };
}

/**
 * `-Rm` (flags, then maybe one letter taking a value); undefined when the word holds a letter
 * that is no option, as in `chmod -x FILE` where `-x` is the mode.
 */
function shortBundle(text: string, spec: MetadataSpec): { recursive: boolean; takesNext: boolean } | undefined {
  if (!/^-[A-Za-z]+$/.test(text)) return undefined;
  let recursive = false;
  for (let j = 1; j < text.length; j++) {
    const letter = text[j];
    if (spec.shortValues?.includes(letter)) return { recursive, takesNext: j === text.length - 1 };
    if (!spec.flags.includes(letter)) return undefined;
    if (letter === 'R') recursive = true;
  }
  return { recursive, takesNext: false };
}

export const FILE_COMMANDS: Readonly<Record<string, Handler>> = {
  mkdir,
  rm,
  rmdir,
  touch,
  chmod: metadataChange({ flags: 'cfvRHLP', longValues: ['reference'], leadingOperand: true }),
  chown: metadataChange({ flags: 'cfvRhHLP', longValues: ['reference', 'from'], leadingOperand: true }),
  chgrp: metadataChange({ flags: 'cfvRhHLP', longValues: ['reference'], leadingOperand: true }),
  chattr: metadataChange({ flags: 'RVf', shortValues: 'vp', leadingOperand: true }),
  setfacl: metadataChange({
    flags: 'bkdRLPnv',
    shortValues: 'mMxX',
    longValues: ['modify', 'modify-file', 'remove', 'remove-file', 'set', 'set-file'],
    leadingOperand: false,
  }),
  setfattr: metadataChange({ flags: 'h', shortValues: 'nvx', longValues: ['name', 'value', 'remove'], leadingOperand: false }),
};
