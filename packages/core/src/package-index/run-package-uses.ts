// What one RUN instruction tells the package-index loader (document-packages.ts), worked out once
// per instruction: an editor's next version keeps every unchanged instruction (the same object) and
// moves those below an inserted or deleted line (movedFrom), so each edit works out only the RUNs
// it changed instead of walking every script of the document again.
import { packageCommand, packageInstall } from '../package-managers';
import { movedFrom, type ParsedDocument } from '../parse/document';
import { parseShell } from '../parse/shell';
import type { ShellScript } from '../parse/shell-types';
import type { DockerfileModel, Instruction } from '../parse/types';
import { aptSourcesWritten, type AptSourcesWrites } from './apt-added-sources';

/** Which managers the loader asks about a RUN's commands run (itself, through a wrapper, xargs or a known install helper), and the apt sources it writes. */
export interface RunPackageUses {
  apt: boolean;
  apk: boolean;
  /** dnf, yum, microdnf or dnf5 */
  rpm: boolean;
  /** npm, yarn or pnpm */
  node: boolean;
  /** pip, uv or poetry */
  python: boolean;
  aptWrites: AptSourcesWrites;
}

const NODE_MANAGERS = new Set(['npm', 'yarn', 'pnpm']);
const PYTHON_MANAGERS = new Set(['pip', 'uv', 'poetry']);
const RPM_MANAGERS = new Set(['dnf', 'yum', 'microdnf', 'dnf5']);

const worked = new WeakMap<Instruction, RunPackageUses>();

/** The RUN's uses: kept for the same instruction, moved from the one it was moved from, else worked out. */
export function runPackageUses(document: DockerfileModel, instruction: Instruction): RunPackageUses {
  let uses = worked.get(instruction);
  if (uses) return uses;
  const moved = movedFrom(document, instruction);
  const before = moved && worked.get(moved.from);
  uses = before && moved ? movedUses(before, moved.lines) : usesOf(scriptsOf(document, instruction));
  worked.set(instruction, uses);
  return uses;
}

function usesOf(scripts: readonly ShellScript[]): RunPackageUses {
  const managers = new Set<string>();
  for (const script of scripts) {
    for (const command of script.commands) {
      const direct = packageCommand(command, { throughWrappers: true });
      if (direct) managers.add(direct.manager.name);
      for (const name of packageInstall(command)?.managers ?? []) managers.add(name);
    }
  }
  const runs = (names: ReadonlySet<string>) => [...names].some((name) => managers.has(name));
  return { apt: managers.has('apt'), apk: managers.has('apk'), rpm: runs(RPM_MANAGERS), node: runs(NODE_MANAGERS), python: runs(PYTHON_MANAGERS), aptWrites: aptSourcesWritten(scripts) };
}

/** The same text `lines` lines further down: its writes' lines move with it. */
function movedUses(uses: RunPackageUses, lines: number): RunPackageUses {
  const { added, skipped } = uses.aptWrites;
  if (added.length === 0 && skipped.length === 0) return uses;
  return {
    ...uses,
    aptWrites: { added: added.map((addition) => ({ ...addition, line: addition.line + lines })), skipped: skipped.map((skip) => ({ ...skip, line: skip.line + lines })) },
  };
}

function scriptsOf(document: DockerfileModel, instruction: Instruction): ShellScript[] {
  if ('shellScripts' in document) return (document as ParsedDocument).shellScripts(instruction);
  return instruction.scripts.map(parseShell);
}
