import type { ShellWord } from '../../parse/shell-types';
import { UNKNOWN } from '../bytes';
import type { Effect, ExtractEffect } from '../types';
import { onPath, origin, resolvePath, resolveText, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { parseOptions, sliceWord } from './options';
import { stdinRedirect } from './sized-writes';

// ---- tar ---------------------------------------------------------------------------------------

const TAR_SHORT_VALUES = 'bCfFgHIKLNTVX';
const TAR_LONG_VALUES = [
  'file', 'directory', 'blocking-factor', 'exclude', 'exclude-from', 'files-from', 'listed-incremental',
  'format', 'use-compress-program', 'strip-components', 'owner', 'group', 'mode', 'mtime', 'newer',
  'newer-mtime', 'after-date', 'label', 'transform', 'xform', 'tape-length', 'to-command', 'record-size',
  'info-script', 'new-volume-script', 'volno-file', 'rsh-command', 'rmt-command', 'suffix', 'backup',
];
const TAR_MODE_LETTERS = 'Acdrtux';

/**
 * Old-style `tar xzf FILE -C DIR`: the first word is a bundle of letters without a dash, and the
 * letters that take a value take the following words in order. Rewritten as `-x -z -f FILE …`.
 */
function normaliseTarArgs(args: readonly ShellWord[]): ShellWord[] {
  const [first, ...rest] = args;
  if (!first || first.dynamic || !/^[A-Za-z]+$/.test(first.value) || ![...first.value].some((c) => TAR_MODE_LETTERS.includes(c))) {
    return [...args];
  }
  const words: ShellWord[] = [];
  let next = 0;
  for (const letter of first.value) {
    words.push({ ...first, value: `-${letter}`, raw: `-${letter}` });
    if (TAR_SHORT_VALUES.includes(letter) && next < rest.length) words.push(rest[next++]);
  }
  return [...words, ...rest.slice(next)];
}

function tar(call: Call): Effect[] {
  const args = parseOptions(normaliseTarArgs(call.args), { shortValues: TAR_SHORT_VALUES, longValues: TAR_LONG_VALUES });
  const archive = args.value('-f', '--file');
  const toStdout = archive === undefined || archive.value === '-';
  if (args.has('-x', '--extract', '--get')) return tarExtract(call, args, toStdout ? undefined : archive);
  if (toStdout) return [];
  if (args.has('-c', '--create', '--delete')) {
    return onPath(call, archive, (path) => ({ kind: 'write', ...origin(call), path, bytes: UNKNOWN }));
  }
  if (args.has('-r', '--append', '-u', '--update', '-A', '--catenate', '--concatenate')) {
    return onPath(call, archive, (path) => ({ kind: 'copy-up', ...origin(call), path, recursive: false, creates: true, extraBytes: UNKNOWN }));
  }
  return [];
}

function tarExtract(call: Call, args: ReturnType<typeof parseOptions>, archiveWord: ShellWord | undefined): Effect[] {
  if (args.has('-O', '--to-stdout', '--to-command')) return [];
  const into = extractionDirectory(call, args.value('-C', '--directory'));
  if (typeof into !== 'string') return [unknownWrite(call, `tar: ${into.reason}`, into.under)];
  if (args.operands.length > 0 || args.has('--exclude', '-X', '--exclude-from', '--wildcards', '-T', '--files-from')) {
    return [unknownWrite(call, 'tar: extracts only some members of the archive', into)];
  }
  const archive = archiveWord ? resolvePath(call, archiveWord) : stdinArchive(call);
  if (!archive.ok || archive.glob) {
    const reason = archive.ok ? 'the archive is a pattern' : archive.reason;
    return [unknownWrite(call, `tar: ${reason}`, into)];
  }
  const strip = args.value('--strip-components');
  if (!strip) return [extract(call, archive.path, into, 'tar')];
  const count = /^\d+$/.test(strip.value) ? Number(strip.value) : undefined;
  if (count === undefined) return [unknownWrite(call, `tar: --strip-components \`${strip.raw}\` is not a number dflint knows`, into)];
  return [{ ...extract(call, archive.path, into, 'tar'), stripComponents: count }];
}

/** `tar -x < FILE` reads FILE; from a pipe the archive is not known. */
function stdinArchive(call: Call): ReturnType<typeof resolvePath> {
  const file = call.piped ? undefined : stdinRedirect(call);
  const path = file === undefined ? undefined : resolveText(call, file);
  if (path === undefined) return { ok: false, reason: 'extracts an archive read from stdin' };
  return { ok: true, path, glob: false };
}

/** `-C DIR` / `-d DIR`, or the current directory. */
function extractionDirectory(call: Call, word: ShellWord | undefined): string | { reason: string; under?: string } {
  if (!word) return call.state.cwd ?? { reason: 'extracts into a directory dflint does not know' };
  const resolved = resolvePath(call, word);
  if (!resolved.ok) return resolved;
  return resolved.glob ? { reason: `the directory \`${word.raw}\` is a pattern` } : resolved.path;
}

function extract(call: Call, archive: string, into: string, format: ExtractEffect['format']): ExtractEffect {
  return { kind: 'extract', ...origin(call), archive, into, format };
}

// ---- unzip -------------------------------------------------------------------------------------

/** `unzip [-opts] ARCHIVE [members…] [-x excluded…] [-d DIR]`; options may follow the archive. */
function unzip(call: Call): Effect[] {
  let archive: ShellWord | undefined;
  let directory: ShellWord | undefined;
  let selective = false;
  let inert = false;
  for (let i = 0; i < call.args.length; i++) {
    const word = call.args[i];
    const text = word.value;
    if (text === '-d' || text === '-P') {
      if (text === '-d') directory = call.args[i + 1];
      i++;
    } else if (text.startsWith('-d') && text.length > 2) {
      directory = sliceWord(word, 2);
    } else if (text === '-x') {
      selective = true;
    } else if (text.startsWith('-') && text.length > 1) {
      if (/[lptvzcZ]/.test(text.slice(1))) inert = true;
      if (/j/.test(text.slice(1))) selective = true;
    } else if (!archive) {
      archive = word;
    } else {
      selective = true;
    }
  }
  if (!archive || inert) return [];
  const into = extractionDirectory(call, directory);
  if (typeof into !== 'string') return [unknownWrite(call, `unzip: ${into.reason}`, into.under)];
  if (selective) return [unknownWrite(call, 'unzip: extracts only some members, or flattens their paths', into)];
  const resolved = resolvePath(call, archive);
  if (!resolved.ok || resolved.glob) {
    return [unknownWrite(call, `unzip: ${resolved.ok ? 'the archive is a pattern' : resolved.reason}`, into)];
  }
  return [extract(call, resolved.path, into, 'zip')];
}

// ---- gzip and friends --------------------------------------------------------------------------

interface Compressor {
  suffix: string;
  /** suffixes that decompress to `.tar` */
  tarSuffixes: readonly string[];
  /** keeps the input file unless told otherwise (zstd) */
  keepsInput: boolean;
}

const GZIP: Compressor = { suffix: '.gz', tarSuffixes: ['.tgz', '.taz'], keepsInput: false };
const XZ: Compressor = { suffix: '.xz', tarSuffixes: ['.txz'], keepsInput: false };
const BZIP2: Compressor = { suffix: '.bz2', tarSuffixes: ['.tbz', '.tbz2'], keepsInput: false };
const ZSTD: Compressor = { suffix: '.zst', tarSuffixes: ['.tzst'], keepsInput: true };
const LZMA: Compressor = { suffix: '.lzma', tarSuffixes: ['.tlz'], keepsInput: false };

/**
 * gzip FILE → FILE.gz and gunzip FILE.gz → FILE: the new file's size is not known, the input
 * is deleted (unless -k or zstd). `-c` writes to stdout; `zcat` always does.
 */
function compressor(format: Compressor, decompressByName: boolean): Handler {
  return (call) => {
    const args = parseOptions(call.args, { shortValues: 'S', longValues: ['suffix'] });
    if (args.has('-c', '--stdout', '--to-stdout', '-t', '--test', '-l', '--list')) return [];
    if (args.has('-r', '--recursive')) return [unknownWrite(call, `${call.name} -r: which files it (de)compresses is not known`)];
    const decompress = decompressByName || args.has('-d', '--decompress', '--uncompress');
    const keep = args.has('-k', '--keep') || (format.keepsInput && !args.has('--rm'));
    return args.operands.flatMap((word) =>
      onPath(call, word, (path, glob): Effect[] => {
        if (glob) return [unknownWrite(call, `${call.name}: \`${word.raw}\` is a pattern`, parentDirectory(path))];
        const output = decompress ? decompressedName(path, format) : `${path}${format.suffix}`;
        if (output === undefined) return [];
        const effects: Effect[] = [{ kind: 'write', ...origin(call), path: output, bytes: UNKNOWN }];
        if (!keep) effects.push({ kind: 'delete', ...origin(call), path, recursive: false });
        return effects;
      }),
    );
  };
}

function decompressedName(path: string, format: Compressor): string | undefined {
  if (path.endsWith(format.suffix)) return path.slice(0, -format.suffix.length);
  const tarSuffix = format.tarSuffixes.find((suffix) => path.endsWith(suffix));
  return tarSuffix ? `${path.slice(0, -tarSuffix.length)}.tar` : undefined;
}

function parentDirectory(path: string): string | undefined {
  const parent = path.slice(0, path.lastIndexOf('/'));
  return parent === '' ? undefined : parent;
}

export const ARCHIVE_COMMANDS: Readonly<Record<string, Handler>> = {
  tar,
  unzip,
  gzip: compressor(GZIP, false),
  gunzip: compressor(GZIP, true),
  xz: compressor(XZ, false),
  unxz: compressor(XZ, true),
  bzip2: compressor(BZIP2, false),
  bunzip2: compressor(BZIP2, true),
  zstd: compressor(ZSTD, false),
  unzstd: compressor(ZSTD, true),
  lzma: compressor(LZMA, false),
  unlzma: compressor(LZMA, true),
};
