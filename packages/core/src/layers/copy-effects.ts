import { lineOf } from '../parse/range';
import { stageNamed } from '../parse/stage-graph';
import type { Instruction, Stage } from '../parse/types';
import { exact } from './bytes';
import type { FileNode, ImageFilesystem } from './filesystem';
import { contextCopyKey } from './context/copy-key';
import { globBase } from './glob';
import { baseName, resolveImagePath } from './paths';
import type { StepEnvironment } from './stage-env';
import { unseenWritersPhrase } from './unseen-writes';
import type { BuildContext, Effect } from './types';

export interface CopySources {
  context?: BuildContext;
  stages: readonly Stage[];
  /** final filesystems of the stages built so far, for COPY --from */
  finals: readonly ImageFilesystem[];
}

/** The files a COPY or ADD writes: from the build context, or from an earlier stage (`--from`). */
export function copyEffects(
  instruction: Instruction,
  environment: StepEnvironment,
  sources: CopySources,
): { effects: Effect[]; notes: string[] } {
  const words = instruction.args.map((arg) => arg.value);
  const destination = words.length > 1 ? resolveImagePath(environment.workdir, words[words.length - 1]) : environment.workdir;
  const unknown = (reason: string): Effect => ({
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
    return fromStage(instruction, words.slice(0, -1), words[words.length - 1] ?? '', destination, filesystem, unknown);
  }
  const copy = sources.context?.copies.get(contextCopyKey(instruction));
  if (!copy) {
    const reason = 'no build context was read: the size of what this copies is unknown';
    return { effects: [unknown(reason)], notes: [reason] };
  }
  const effects: Effect[] = copy.files.map((file) => ({
    kind: 'write',
    command: instruction.keyword,
    range: instruction.range,
    path: file.path,
    bytes: exact(file.size),
    contextPath: file.contextPath,
    archive: file.archive,
  }));
  if (copy.estimate !== 'exact') effects.push(unknown(copy.notes[0] ?? 'part of what this copies could not be sized'));
  return { effects, notes: [...copy.notes] };
}

function fromStage(
  instruction: Instruction,
  sourcePaths: string[],
  rawDestination: string,
  destination: string,
  filesystem: ImageFilesystem,
  unknown: (reason: string) => Effect,
): { effects: Effect[]; notes: string[] } {
  const effects: Effect[] = [];
  const notes: string[] = [];
  const into = sourcePaths.length > 1 || rawDestination.endsWith('/');
  for (const source of sourcePaths) {
    const path = resolveImagePath('/', source);
    const glob = /[*?[]/.test(source);
    const nodes: FileNode[] = glob ? filesystem.matching(path) : filesystem.under(path);
    if (nodes.length === 0) {
      const reason = `${source} is not known to be in that stage (it may come from its base image): size unknown`;
      effects.push(unknown(reason));
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
