import type { Instruction } from '../parse/types';
import { resolveImagePath } from './paths';

/**
 * The directories a RUN's `--mount`s cover: what the command writes there is not stored in the
 * layer (cache and tmpfs mounts by design; bind mounts are read-only or discard their writes).
 */
export function mountTargets(instruction: Instruction, workdir: string): string[] {
  const targets: string[] = [];
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || !flag.value) continue;
    const fields = new Map(
      flag.value.split(',').map((field) => {
        const at = field.indexOf('=');
        return at < 0 ? [field.trim(), ''] : [field.slice(0, at).trim(), field.slice(at + 1).trim()];
      }),
    );
    const type = fields.get('type') || 'bind';
    if (type === 'secret' || type === 'ssh') continue;
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
    if (target) targets.push(resolveImagePath(workdir, target));
  }
  return targets;
}
