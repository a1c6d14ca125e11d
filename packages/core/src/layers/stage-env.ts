import type { DockerfileModel, Instruction } from '../parse/types';

/** The state a build step starts in, from FROM, ARG, ENV, WORKDIR and USER before it. */
export interface StepEnvironment {
  /** absolute WORKDIR, `/` by default */
  workdir: string;
  /** ENV values and ARGs with a known value, expanded where the references are known */
  env: ReadonlyMap<string, string>;
  /** USER as written (`root` by default) */
  user: string;
  /** HOME of that user: `/root` for root, `/home/<user>` otherwise (a guess), or the ENV HOME */
  home: string;
}

/** The environment before each instruction of every stage (FROM <stage> inherits). */
export function stageEnvironments(document: DockerfileModel): Map<Instruction, StepEnvironment> {
  void document;
  throw new Error('stageEnvironments: not implemented yet');
}
