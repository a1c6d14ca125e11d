import type { ParsedDocument } from '../parse/document';
import type { Instruction, Stage } from '../parse/types';
import type { PackageIndexStates, RunPackages } from '../package-index/package-knowledge';
import { ApkState } from '../package-index/apk-state';
import { DpkgState } from '../package-index/dpkg-state';
import { RpmState } from '../package-index/rpm-state';
import type { ChainBase } from './chain-base';
import type { ImageFilesystem } from './filesystem';
import { isWholeFigure } from './bytes';
import { shellEffects } from './shell-effects';
import type { StepEnvironment } from './stage-env';
import type { Effect } from './types';

/** What a RUN does to the filesystem, as far as its shell can be read, with notes on the rest. */
export function runEffects(
  document: ParsedDocument,
  instruction: Instruction,
  environment: StepEnvironment,
  packages?: RunPackages,
): { effects: Effect[]; notes: string[] } {
  const opaque = (reason: string): { effects: Effect[]; notes: string[] } => ({
    effects: [{ kind: 'unknown-write', command: 'RUN', range: instruction.range, cwd: environment.workdir, reason }],
    notes: [reason],
  });
  if (instruction.form === 'exec') return opaque('exec-form RUN: dflint does not model what the program writes');
  if (instruction.shell && instruction.shell.kind !== 'posix') {
    return opaque(`${instruction.shell.argv[0] ?? 'this shell'} is not a POSIX shell: its commands are not modelled`);
  }
  const effects: Effect[] = [];
  const notes: string[] = [];
  for (const script of document.shellScripts(instruction)) {
    effects.push(...shellEffects(script, { workdir: environment.workdir, env: environment.env, home: environment.home, ...(packages && { packages }) }));
    if (script.hasErrors) {
      notes.push(script.unanalyzed ?? 'the shell script has syntax errors: commands that could not be read are not modelled');
      effects.push({ kind: 'unknown-write', command: 'RUN', range: script.range, cwd: environment.workdir, reason: 'unreadable shell' });
    }
  }
  for (const effect of effects) {
    const why = unsizedNote(effect);
    if (why) notes.push(why);
  }
  // most RUNs have no note, or one: nothing to deduplicate
  return { effects, notes: notes.length < 2 ? notes : [...new Set(notes)] };
}

/**
 * What a chain's RUN lines see of package indexes: the analysis's states, the chain's first stage,
 * the build-context path of files COPY/ADD put in the stage, and dpkg's installed packages, which
 * start from the resolved base image's and change with each install and removal of the chain.
 */
export function runPackages(states: PackageIndexStates | undefined, first: Stage | undefined, filesystem: ImageFilesystem, base: ChainBase): RunPackages | undefined {
  if (!states || !first) return undefined;
  const known = base.dpkgPackages !== undefined || first.base.toLowerCase() === 'scratch';
  const installed = (base.dpkgPackages ?? []).map((pkg) => ({ ...pkg }));
  // a base image that keeps package lists can install without `apt-get update`
  const lists = filesystem.under(APT_LISTS).some((node) => /_Packages(\.[a-z0-9]+)?$/.test(node.path));
  const unknownReason = known ? undefined : (base.unknown.reason ?? 'base image not resolved');
  const dpkg = new DpkgState(installed, lists, unknownReason);
  const apk = new ApkState(base.apk?.packages ?? [], base.apk?.world, unknownReason);
  const rpmBase = base.rpmPackages ?? { installed: [] };
  const rpm = 'reason' in rpmBase ? new RpmState([], unknownReason ?? rpmBase.reason) : new RpmState(rpmBase.installed.map((pkg) => ({ ...pkg })), unknownReason);
  return { states, chainStage: first.index, contextPathOf: (path) => filesystem.get(path)?.entry.contextPath, dpkg, apk, rpm, pip: new Map() };
}

const APT_LISTS = '/var/lib/apt/lists';

/** Why an effect's bytes are not known, for the notes under the layers table (an estimated figure names its source itself). */
function unsizedNote(effect: Effect): string | undefined {
  switch (effect.kind) {
    case 'unknown-write':
      // an install sized from package metadata names its source itself
      return effect.reason === 'unreadable shell' || (effect.bytes && isWholeFigure(effect.bytes)) ? undefined : effect.reason;
    case 'write':
      return isWholeFigure(effect.bytes) || effect.glob ? undefined : `\`${effect.command}\` writes ${effect.path}, of unknown size`;
    case 'cache-write':
      if (isWholeFigure(effect.bytes)) return undefined;
      return `\`${effect.command}\` fills ${effect.dir} (${effect.what}), of unknown size${effect.bytes.reason ? `: ${effect.bytes.reason}` : ''}`;
    case 'package':
      // a package the index cannot size (pip's sdist with C extensions, apt's unresolvable dependency) says why
      return effect.op === 'install' && !isWholeFigure(effect.bytes) && effect.bytes.reason ? `${effect.command} install: ${effect.bytes.reason}` : undefined;
    default:
      return undefined;
  }
}
