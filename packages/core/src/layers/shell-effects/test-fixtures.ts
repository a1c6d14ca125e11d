import { parseDocument } from '../../parse/document';
import type { Effect, ShellEffectsEnv } from '../types';
import { shellEffects } from './index';

export type EffectWithoutRange = Omit<Effect, 'range'> & { kind: Effect['kind'] };

/** The effects of every RUN in `lines` (a Dockerfile without its FROM), in order. */
export async function runEffects(lines: string, env: Partial<ShellEffectsEnv> = {}): Promise<Effect[]> {
  const doc = await parseDocument(`FROM busybox\n${lines}\n`);
  const fullEnv: ShellEffectsEnv = { workdir: '/', env: new Map(), home: '/root', ...env };
  return doc.stages.flatMap((stage) =>
    stage.instructions
      .filter((instruction) => instruction.keyword === 'RUN')
      .flatMap((instruction) => doc.shellScripts(instruction).flatMap((script) => shellEffects(script, fullEnv))),
  );
}

/** As runEffects, without ranges, for comparing with expected literals. */
export async function effectsOf(lines: string, env: Partial<ShellEffectsEnv> = {}): Promise<EffectWithoutRange[]> {
  return (await runEffects(lines, env)).map(({ range: _range, ...rest }) => rest);
}
