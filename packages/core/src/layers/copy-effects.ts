import { lineOf } from '../parse/range';
import { stageNamed } from '../parse/stage-graph';
import type { Instruction, Stage } from '../parse/types';
import { exact } from './bytes';
import type { FileNode, ImageFilesystem } from './filesystem';
import { readCopyArguments, variableList, type CopyArguments, type CopySource } from './context/copy-arguments';
import { contextCopyKey } from './context/copy-key';
import { globBase } from './glob';
import { baseName, resolveImagePath } from './paths';
import { realPathOf } from './real-paths';
import type { StepEnvironment } from './stage-env';
import { unseenWritersPhrase } from './unseen-writes';
import type { BuildContext, Bytes, Effect, UnknownWriteEffect } from './types';

export interface CopySources {
  context?: BuildContext;
  stages: readonly Stage[];
  /** the document's escape character, for reading the COPY's words */
  escapeChar: string;
  /** final filesystems of the stages built so far, for COPY --from */
  finals: readonly ImageFilesystem[];
  /** per stage built so far: what a file only its unresolved base image may hold amounts to (unknown, and why) */
  unknownBases?: readonly Bytes[];
}

/** The files a COPY or ADD writes: from the build context, or from an earlier stage (`--from`). */
export function copyEffects(
  instruction: Instruction,
  environment: StepEnvironment,
  sources: CopySources,
): { effects: Effect[]; notes: string[] } {
  // sources and destination with ARG/ENV expanded, as BuildKit reads them
  const copy = readCopyArguments(instruction, environment, sources.escapeChar);
  const destination = copy?.dest ?? environment.workdir;
  const unknown = (reason: string): UnknownWriteEffect => ({
    kind: 'unknown-write',
    command: instruction.keyword,
    range: instruction.range,
    path: destination,
    reason,
  });
  const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
  if (from) {
    const stage = stageNamed(sources, from, instruction.stageIndex);
    const filesystem = stage === undefined ? undefined : sources.finals[stage];
    if (!filesystem) {
      const reason = `--from=${from} is an image dflint cannot see into: the copied size is unknown`;
      return { effects: [unknown(reason)], notes: [reason] };
    }
    const unknownBase = sources.unknownBases?.[stage!];
    return fromStage(instruction, copy?.sources ?? [], copy?.destIsDirectory ?? false, destination, filesystem, unknown, unknownBase);
  }
  const copied = sources.context?.copies.get(contextCopyKey(instruction));
  const unsized = (reason: string, named: (source: CopySource) => boolean): Effect[] =>
    unsizedTargets(instruction, copy, destination, named).map((path) => ({ ...unknown(reason), path }));
  if (!copied) {
    const reason = 'no build context was read: the size of what this copies is unknown';
    return { effects: unsized(reason, () => true), notes: [reason] };
  }
  const effects: Effect[] = copied.files.map((file) => ({
    kind: 'write',
    command: instruction.keyword,
    range: instruction.range,
    path: file.path,
    bytes: exact(file.size),
    contextPath: file.contextPath,
    archive: file.archive,
  }));
  if (copied.estimate !== 'exact') {
    const reason = copied.notes[0] ?? 'part of what this copies could not be sized';
    const missing = new Set(copied.missing);
    // sources missing from the context (one note each) are placed like those of a COPY without one
    const onlyMissing = missing.size > 0 && missing.size === copied.notes.length;
    effects.push(...(onlyMissing ? unsized(reason, (source) => 'text' in source && missing.has(source.text)) : [unknown(reason)]));
  }
  return { effects, notes: [...copied.notes] };
}

function fromStage(
  instruction: Instruction,
  sources: CopySource[],
  into: boolean,
  destination: string,
  filesystem: ImageFilesystem,
  unknown: (reason: string) => UnknownWriteEffect,
  unknownBase: Bytes | undefined,
): { effects: Effect[]; notes: string[] } {
  const effects: Effect[] = [];
  const notes: string[] = [];
  for (const copied of sources) {
    if (copied.kind !== 'path') {
      const reason =
        copied.kind === 'unresolved'
          ? `${copied.text} uses ${variableList(copied.unknown)}, not known here: size unknown`
          : `a ${copied.kind} source is no path in that stage: size unknown`;
      effects.push(unknown(reason));
      notes.push(reason);
      continue;
    }
    const source = copied.text;
    const glob = /[*?[]/.test(source);
    // through the stage's base image's directory symlinks (`/lib/…` is `/usr/lib/…` on merged /usr)
    const path = realPathOf(resolveImagePath('/', source), { glob, followLast: true }, (real, followLast) => filesystem.realPath(real, followLast));
    const nodes: FileNode[] = glob ? filesystem.matching(path) : filesystem.under(path);
    if (nodes.length === 0) {
      const reason = `${source} is not known to be in that stage (it may come from its base image): size unknown`;
      const fromBase = unknownBase?.reason !== undefined && !filesystem.isFresh(glob ? globBase(path) : path);
      effects.push(fromBase ? { ...unknown(reason), bytes: unknownBase } : unknown(reason));
      notes.push(reason);
      continue;
    }
    const writers = [...new Set(filesystem.unseenDirsAt(glob ? globBase(path) : path).flatMap((dir) => [...dir.unhidden, dir.latest]))];
    if (writers.length > 0) {
      const reason = `${source} may hold files ${unseenWritersPhrase(writers)}: the copied size is a lower bound`;
      effects.push(unknown(reason));
      notes.push(reason);
    }
    const isDirectory = !glob && !filesystem.get(path);
    for (const node of nodes) {
      const target = glob
        ? resolveImagePath(destination, node.path.slice(globBase(path).length + 1))
        : isDirectory
          ? resolveImagePath(destination, node.path.slice(path.length + 1) || '.')
          : into || glob
            ? resolveImagePath(destination, baseName(node.path))
            : destination;
      if (node.entry.tree) notes.push(unknownTreeNote(node));
      effects.push(
        node.entry.tree
          ? { kind: 'unknown-write', command: instruction.keyword, range: instruction.range, path: target, reason: 'copies files of unknown size' }
          : {
              kind: 'write',
              command: instruction.keyword,
              range: instruction.range,
              path: target,
              bytes: node.entry.bytes,
              stagePath: node.path,
              archive: node.entry.archive,
            },
      );
    }
  }
  return { effects, notes: [...new Set(notes)] };
}

/** `/app holds files of unknown size: \`make\` wrote them at line 5` */
function unknownTreeNote(node: FileNode): string {
  const { effect } = node.entry;
  return `${node.path} holds files of unknown size (\`${effect.command}\` at line ${lineOf(effect.range)})`;
}

/** What ADD unpacks instead of copying. */
const LOCAL_ARCHIVE = /\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|lz4)$/i;

/**
 * Where the files of sources dflint could not size land: into a directory destination, a source
 * named like files (`oracle-instantclient*.rpm`, `app.jar`) puts them at `dest/<name>`, so a later
 * `rm /tmp/*.rpm` or `rm -rf /tmp/app.jar` is seen to reach them; anything else (a folder, whose
 * contents land in dest itself, or an archive ADD unpacks) makes an unknown tree at the destination.
 */
function unsizedTargets(instruction: Instruction, copy: CopyArguments | undefined, destination: string, named: (source: CopySource) => boolean): string[] {
  const targets = new Set<string>();
  for (const source of copy?.sources.filter(named) ?? []) {
    const name = source.kind === 'path' && !source.text.endsWith('/') ? baseName(source.text) : '';
    const fileLike = /\.[A-Za-z0-9]+$|[*?[]/.test(name) && !(instruction.keyword === 'ADD' && LOCAL_ARCHIVE.test(name));
    targets.add(copy!.destIsDirectory && !copy!.parents && fileLike ? resolveImagePath(destination, name) : destination);
  }
  return targets.size > 0 ? [...targets] : [destination];
}

