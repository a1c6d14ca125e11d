import type { ShellWord } from '../../parse/shell-types';
import { ZERO } from '../bytes';
import { baseName } from '../paths';
import type { CopyEffect, Effect } from '../types';
import { onPath, origin, pathFields, resolvePath, resolveText, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { parseOptions, type ParsedArgs } from './options';

interface Transfer {
  sources: ShellWord[];
  dest: ShellWord;
  /** the destination is a directory to put the sources in; undefined: it depends on what exists */
  into?: boolean;
}

/** `SRC… DEST`, `-t DIR SRC…`, `-T SRC DEST` as cp, mv, install and ln read them. */
function transferOperands(args: ParsedArgs): Transfer | undefined {
  const operands = args.operands;
  const targetDirectory = args.value('-t', '--target-directory');
  if (targetDirectory) return { sources: operands, dest: targetDirectory, into: true };
  if (operands.length < 2) return undefined;
  const dest = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  if (args.has('-T', '--no-target-directory')) return { sources, dest, into: false };
  if (sources.length > 1 || dest.value.endsWith('/')) return { sources, dest, into: true };
  return { sources, dest };
}

/** `cp -r dir/. dest` copies what is in dir, not dir itself. */
function copiesContents(source: ShellWord): boolean {
  return /(^|\/)\.\/?$/.test(source.value);
}

function transferEffects(call: Call, transfer: Transfer, recursive: boolean, move: boolean): Effect[] {
  const to = resolvePath(call, transfer.dest);
  if (!to.ok || to.glob) {
    const reason = to.ok ? `the destination \`${transfer.dest.raw}\` is a pattern` : to.reason;
    const effects: Effect[] = [unknownWrite(call, `${call.name}: ${reason}`, to.ok ? undefined : to.under)];
    if (move) effects.push(...transfer.sources.flatMap((word) => sourceDelete(call, word)));
    return effects;
  }
  return transfer.sources.flatMap((source): Effect[] => {
    const from = resolvePath(call, source);
    if (!from.ok) return [unknownWrite(call, `${call.name}: ${from.reason}`, to.path)];
    const effect: CopyEffect = { kind: 'copy', ...origin(call), from: from.path, to: to.path, recursive, move };
    if (from.glob) effect.fromGlob = true;
    const into = copiesContents(source) ? false : transfer.into;
    if (into !== undefined) effect.intoDirectory = into;
    return [effect];
  });
}

function sourceDelete(call: Call, word: ShellWord): Effect[] {
  return onPath(call, word, (path, glob) => ({ kind: 'delete', ...origin(call), ...pathFields(path, glob), recursive: true }));
}

function cp(call: Call): Effect[] {
  const args = parseOptions(call.args, {
    shortValues: 'St',
    longValues: ['suffix', 'target-directory', 'no-preserve'],
  });
  const transfer = transferOperands(args);
  if (!transfer) return [];
  if (args.has('-l', '--link', '-s', '--symbolic-link')) {
    const to = resolvePath(call, transfer.dest);
    return [unknownWrite(call, 'cp: makes links instead of copies', to.ok ? to.path : to.under)];
  }
  const recursive = args.has('-r', '-R', '-a', '--recursive', '--archive');
  return transferEffects(call, transfer, recursive, false);
}

function mv(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'St', longValues: ['suffix', 'target-directory'] });
  const transfer = transferOperands(args);
  return transfer ? transferEffects(call, transfer, true, true) : [];
}

function install(call: Call): Effect[] {
  const args = parseOptions(call.args, {
    shortValues: 'gmoSt',
    longValues: ['group', 'mode', 'owner', 'suffix', 'target-directory', 'strip-program'],
  });
  if (args.has('-d', '--directory')) {
    return args.operands.flatMap((word) =>
      onPath(call, word, (path, glob) => ({ kind: 'mkdir', ...origin(call), ...pathFields(path, glob), fresh: false })),
    );
  }
  const transfer = transferOperands(args);
  if (!transfer) return [];
  if (args.has('-s', '--strip')) {
    const to = resolvePath(call, transfer.dest);
    return [unknownWrite(call, 'install -s: stripped binaries have a size dflint cannot know', to.ok ? to.path : to.under)];
  }
  return transferEffects(call, transfer, false, false);
}

/**
 * ln -s: a symlink stores no file bytes. A hard link makes overlay copy the linked file up
 * into the new layer; the link itself is stored as a link.
 */
function ln(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'St', longValues: ['suffix', 'target-directory'] });
  const symbolic = args.has('-s', '--symbolic');
  const operands = args.operands;
  const transfer: Transfer | undefined =
    operands.length === 1 && !args.value('-t', '--target-directory')
      ? { sources: operands, dest: { ...operands[0], value: '.', raw: '.', dynamic: false }, into: true }
      : transferOperands(args);
  if (!transfer) return [];
  return transfer.sources.flatMap((source): Effect[] => {
    const link = linkPath(call, source, transfer);
    if (typeof link !== 'string') return [unknownWrite(call, `ln: ${link.reason}`)];
    const linkWrite: Effect = { kind: 'write', ...origin(call), path: link, bytes: ZERO, nonRegular: true };
    if (symbolic) return [linkWrite];
    const copyUp = onPath(call, source, (path, glob) => ({
      kind: 'copy-up',
      ...origin(call),
      ...pathFields(path, glob),
      recursive: false,
    }));
    return [...copyUp, linkWrite];
  });
}

function linkPath(call: Call, source: ShellWord, transfer: Transfer): string | { reason: string } {
  const dest = resolvePath(call, transfer.dest);
  if (!dest.ok) return dest;
  if (dest.glob) return { reason: `the link name \`${transfer.dest.raw}\` is a pattern` };
  if (!transfer.into) return dest.path;
  const target = textOf(call, source);
  if (target === undefined) return { reason: `the link target \`${source.raw}\` is not known statically` };
  return resolveText(call, `${dest.path}/${baseName(target)}`) ?? { reason: 'the link directory is not known' };
}

export const COPY_COMMANDS: Readonly<Record<string, Handler>> = { cp, mv, install, ln };
