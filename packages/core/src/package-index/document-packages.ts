// What a Dockerfile's RUN lines need from package indexes, found before the (synchronous) model
// runs: which stage chains use apt, and which lockfiles, requirements files and Python
// distributions its COPY/ADD take from the build context for npm/yarn/pnpm or pip/uv/poetry.
import type { BuildContext } from '../layers/types';
import { packageCommand, packageInstall } from '../package-managers';
import type { ParsedDocument } from '../parse/document';
import { parseShell } from '../parse/shell';
import type { ShellScript } from '../parse/shell-types';
import type { DockerfileModel, Instruction } from '../parse/types';
import { aptSourcesAdditions, type AptSourcesAddition, type SkippedAptSources } from './apt-added-sources';
import { isNodeLockfile } from './npm-source';
import { isPythonInput } from './python-source';

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

const NODE_MANAGERS = new Set(['npm', 'yarn', 'pnpm']);
const PYTHON_MANAGERS = new Set(['pip', 'uv', 'poetry']);
const RPM_MANAGERS = new Set(['dnf', 'yum', 'microdnf', 'dnf5']);

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
  let node = false;
  let python = false;
  for (const stage of document.stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const script of scriptsOf(document, instruction)) {
        for (const command of script.commands) {
          const managers = managersOf(command);
          if (managers.includes('apt')) {
            const chain = chainStageOf(document, stage.index);
            if (!uses.apt.has(chain)) uses.apt.set(chain, instruction.range.start.line);
          }
          if (managers.includes('apk')) {
            const chain = chainStageOf(document, stage.index);
            if (!uses.apk.has(chain)) uses.apk.set(chain, instruction.range.start.line);
          }
          if (managers.some((name) => RPM_MANAGERS.has(name))) {
            const chain = chainStageOf(document, stage.index);
            if (!uses.rpm.has(chain)) uses.rpm.set(chain, instruction.range.start.line);
          }
          node ||= managers.some((name) => NODE_MANAGERS.has(name));
          python ||= managers.some((name) => PYTHON_MANAGERS.has(name));
        }
      }
    }
  }
  for (const chain of uses.apt.keys()) {
    const stages = document.stages.filter((stage) => chainStageOf(document, stage.index) === chain).map((stage) => stage.index);
    uses.aptAdded.set(chain, aptSourcesAdditions(document, stages, context, (instruction) => scriptsOf(document, instruction)));
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

function scriptsOf(document: DockerfileModel, instruction: Instruction): ShellScript[] {
  if ('shellScripts' in document) return (document as ParsedDocument).shellScripts(instruction);
  return instruction.scripts.map(parseShell);
}

/** The managers a command runs: itself, through a wrapper (`sudo`, `env`), xargs or a known install helper. */
function managersOf(command: ShellScript['commands'][number]): readonly string[] {
  const direct = packageCommand(command, { throughWrappers: true });
  const install = packageInstall(command);
  // most commands run none: no array for them
  if (!direct && !install) return NO_MANAGERS;
  const names: string[] = [];
  if (direct) names.push(direct.manager.name);
  if (install) names.push(...install.managers);
  return names;
}

const NO_MANAGERS: readonly string[] = [];
