// What a Dockerfile's RUN lines need from package indexes, found before the (synchronous) model
// runs: which stage chains use apt, and which lockfiles, requirements files and Python
// distributions its COPY/ADD take from the build context for npm/yarn/pnpm or pip/uv/poetry.
import type { BuildContext } from '../layers/types';
import type { DockerfileModel, Instruction } from '../parse/types';
import { aptSourcesAdditions, type AptSourcesAddition, type SkippedAptSources } from './apt-added-sources';
import { isNodeLockfile } from './npm-source';
import { isPythonInput } from './python-source';
import { runPackageUses } from './run-package-uses';

export interface DocumentPackageUses {
  /** chain's first stage → the 0-based line of the first RUN of the chain that runs apt */
  apt: Map<number, number>;
  /** chain's first stage (of those in `apt`) → the apt sources its lines add where they can be read, and those they write that cannot */
  aptAdded: Map<number, { added: AptSourcesAddition[]; skipped: SkippedAptSources[] }>;
  /** chain's first stage → the 0-based line of the first RUN of the chain that runs apk */
  apk: Map<number, number>;
  /** chain's first stage → the 0-based line of the first RUN of the chain that runs dnf, yum, microdnf or dnf5 */
  rpm: Map<number, number>;
  /** build-context paths of npm/yarn/pnpm lockfiles COPY/ADD take, when a RUN runs one of them */
  npm: string[];
  /** build-context paths of requirements/lock files and wheels/sdists COPY/ADD take, when a RUN runs pip, uv or poetry */
  python: string[];
}

/** The stage a stage's chain starts from: follow `FROM <stage>` back to the one naming an image. */
export function chainStageOf(document: DockerfileModel, stage: number): number {
  let at = stage;
  for (let steps = 0; steps < document.stages.length; steps++) {
    const base = document.stages[at]?.baseStage;
    if (base === undefined || base === at) break;
    at = base;
  }
  return at;
}

export function documentPackageUses(document: DockerfileModel, context: BuildContext | undefined): DocumentPackageUses {
  const uses: DocumentPackageUses = { apt: new Map(), aptAdded: new Map(), apk: new Map(), rpm: new Map(), npm: [], python: [] };
  const chains = document.stages.map((stage) => chainStageOf(document, stage.index));
  let node = false;
  let python = false;
  for (const stage of document.stages) {
    const chain = chains[stage.index];
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const runs = runPackageUses(document, instruction);
      const line = instruction.range.start.line;
      if (runs.apt && !uses.apt.has(chain)) uses.apt.set(chain, line);
      if (runs.apk && !uses.apk.has(chain)) uses.apk.set(chain, line);
      if (runs.rpm && !uses.rpm.has(chain)) uses.rpm.set(chain, line);
      node ||= runs.node;
      python ||= runs.python;
    }
  }
  const writtenBy = (instruction: Instruction) => runPackageUses(document, instruction).aptWrites;
  for (const chain of uses.apt.keys()) {
    const stages = document.stages.filter((stage) => chains[stage.index] === chain).map((stage) => stage.index);
    uses.aptAdded.set(chain, aptSourcesAdditions(document, stages, context, writtenBy));
  }
  if (context && (node || python)) {
    const paths = new Set<string>();
    for (const copy of context.copies.values()) for (const file of copy.files) paths.add(file.contextPath);
    const sorted = [...paths].sort();
    if (node) uses.npm = sorted.filter(isNodeLockfile);
    if (python) uses.python = sorted.filter(isPythonInput);
  }
  return uses;
}
