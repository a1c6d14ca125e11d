// pip's installs and `pip uninstall` with package knowledge (issue 16): each distribution pip installs
// is a `package` effect of manager `pip` of its own, a tree at the install prefix (or --target) with
// its estimated bytes, so a later RUN's `pip uninstall NAME` hides that tree and what the earlier
// layer stores becomes waste. The chain's installs are remembered in call.state.packages.pip.
import type { PackageCommand } from '../../package-managers';
import { sumBytes, ZERO, type Bytes } from '../bytes';
import type { Effect, PackageEffect } from '../types';
import { origin, resolveText, textOf, unknownWrite, type Call } from './call';
import { pipInstallDir, type PythonInstallFigures } from './python-figures';

/** A distribution's name as pip compares it (PEP 503): `Foo_Bar.baz` is `foo-bar-baz`. */
export function normalizedName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function pipPackage(call: Call, op: PackageEffect['op'], name: string, version: string, bytes: Bytes, path: string | undefined): PackageEffect {
  return { kind: 'package', ...origin(call), manager: 'pip', op, name, version, bytes, ...(path !== undefined && { path }) };
}

/**
 * `pip install` sized from the package index: a `package` effect per distribution, and one write of
 * the install place for what no distribution accounts for (`sizedWrite`, whose bytes say why).
 */
export function pipInstallEffects(call: Call, command: PackageCommand, figures: PythonInstallFigures, sizedWrite: (bytes: Bytes) => Effect): Effect[] {
  const dir = pipInstallDir(call, command);
  const installed = call.state.packages?.pip;
  const effects: Effect[] = figures.distributions.map((dist) => {
    installed?.set(normalizedName(dist.name), { name: dist.name, ...(dir !== undefined && { path: dir }) });
    return pipPackage(call, 'install', dist.name, dist.version, dist.bytes, dir);
  });
  if (figures.others.length > 0 || effects.length === 0) effects.push(sizedWrite(sumBytes(figures.others)));
  return effects;
}

/**
 * `pip uninstall [-y] NAME… [-r FILE]`: what an earlier RUN of the chain installed goes (its tree is
 * hidden); any other name (the base image's, a word dflint cannot expand) removes files of unknown
 * size, as without package knowledge.
 */
export function pipUninstallEffects(call: Call, command: PackageCommand): Effect[] {
  const installed = call.state.packages?.pip;
  const effects: Effect[] = [];
  let unknown = false;
  const remove = (name: string | undefined) => {
    const key = name === undefined ? undefined : normalizedName(name);
    const earlier = key === undefined ? undefined : installed?.get(key);
    if (!earlier) return void (unknown = true);
    // the install's name: the layer model matches a removal to the install's tree by it
    effects.push(pipPackage(call, 'remove', earlier.name, '', ZERO, earlier.path));
    installed!.delete(key!);
  };
  for (const word of command.operands) remove(textOf(call, word));
  for (const item of command.args.items) {
    if (item.kind !== 'value' || (item.name !== '-r' && item.name !== '--requirement')) continue;
    for (const name of requirementNames(call, textOf(call, item.word))) remove(name);
  }
  if (unknown || effects.length === 0) effects.push(unknownWrite(call, `${call.name} ${command.subcommand}: removes package files`));
  return effects;
}

/** The distributions a requirements file from the build context names (not their dependencies: uninstall leaves those); [undefined] when not known. */
function requirementNames(call: Call, text: string | undefined): Array<string | undefined> {
  const packages = call.state.packages;
  const contextPath = text === undefined || !packages ? undefined : packages.contextPathOf(resolveText(call, text) ?? '');
  const knowledge = contextPath === undefined ? undefined : packages!.states.python(contextPath);
  if (!knowledge || knowledge.status === 'unknown') return [undefined];
  return knowledge.value.distributions.filter((dist) => dist.dependencyOf === undefined).map((dist) => dist.name);
}
