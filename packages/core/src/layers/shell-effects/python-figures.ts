// The bytes `pip install` (and `uv pip install`) stores, from what the package index knows of its
// sources: local wheels and sdists copied from the build context, and `-r` requirements/lock files
// (call.state.packages; package-index/python-source.ts). Anything else it installs is unknown with
// why, so the sums become lower bounds that name it.
import type { PackageCommand } from '../../package-managers';
import { parentOf } from '../paths';
import type { PythonDistribution } from '../../package-index/package-knowledge';
import { isWholeFigure, sumBytes, unknownBecause, type Bytes } from '../bytes';
import { homeOf, textOf, resolveText, type Call } from './call';

export interface PythonInstallFigures {
  /** what the installed distributions take (files, .pyc, dist-info) */
  installed: Bytes;
  /** what pip's cache keeps (built wheels, downloads); exact 0 when only local wheels are installed */
  cache: Bytes;
  /** of `installed`, each distribution the package index knows: its own tree (a `package` effect) */
  distributions: InstalledDistribution[];
  /** of `installed`, what no known distribution accounts for (a package from the index, an editable project), unknown with why */
  others: Bytes[];
}

export interface InstalledDistribution {
  name: string;
  version: string;
  bytes: Bytes;
}

/**
 * The figures of `pip install …` (and `uv pip install …`), or undefined when the analysis has no
 * package knowledge (the RUN handlers' old view). `compile`: .pyc files are written (pip does; uv
 * only with --compile-bytecode).
 */
export function pipInstallFigures(call: Call, command: PackageCommand, compile = true): PythonInstallFigures | undefined {
  const packages = call.state.packages;
  if (!packages) return undefined;
  const distributions: InstalledDistribution[] = [];
  const others: Bytes[] = [];
  const cache: Bytes[] = [];
  const from = (text: string | undefined, raw: string, kind: 'file' | 'requirements') => {
    const path = text === undefined ? undefined : resolveText(call, text);
    const contextPath = path === undefined ? undefined : packages.contextPathOf(path);
    if (contextPath === undefined) {
      const why = path === undefined ? `\`${raw}\` is not known` : `${path} did not come from the build context`;
      others.push(unknownBecause(`${call.name} install ${raw}: ${why}`));
      cache.push(unknownBecause(`${call.name} install ${raw}: ${why}`));
      return;
    }
    const knowledge = packages.states.python(contextPath);
    if (knowledge.status === 'unknown') {
      others.push(unknownBecause(knowledge.reason));
      cache.push(unknownBecause(knowledge.reason));
      return;
    }
    for (const dist of knowledge.value.distributions) {
      if (dist.dependencyOf !== undefined && noDeps) continue;
      distributions.push({ name: dist.name, version: dist.version ?? '', bytes: installedOf(dist, compile) });
      // a local wheel leaves nothing in the cache; everything else says what it leaves
      if (dist.cacheBytes) cache.push(dist.cacheBytes);
      else if (kind === 'requirements') cache.push(unknownBecause(`${dist.name}: cached size not known`));
    }
  };
  const operands = new Set(command.operands);
  const noDeps = command.args.has('--no-deps');
  for (const item of command.args.items) {
    if (item.kind === 'value' && (item.name === '-r' || item.name === '--requirement')) {
      from(textOf(call, item.word), item.word.raw, 'requirements');
    } else if (item.kind === 'value' && (item.name === '-e' || item.name === '--editable')) {
      const why = `${call.name} install ${item.name} ${item.word.raw}: an editable project, whose build dflint does not run`;
      others.push(unknownBecause(why));
      cache.push(unknownBecause(why));
    } else if (item.kind === 'operand' && operands.has(item.word)) {
      const text = textOf(call, item.word);
      if (text !== undefined && isLocalDistribution(text)) from(text, item.word.raw, 'file');
      else {
        const why = text !== undefined && isProject(text) ? 'builds a project directory, whose build dflint does not run' : 'a package from the index, not from a requirements file in the build context';
        others.push(unknownBecause(`${call.name} install ${item.word.raw}: ${why}`));
        cache.push(unknownBecause(`${call.name} install ${item.word.raw}: ${why}`));
      }
    }
  }
  const installed = sumBytes([...distributions.map((dist) => dist.bytes), ...others]);
  return { installed, cache: sumBytes(cache), distributions, others };
}

/**
 * `uv sync`, `poetry install`: the distributions of the project's lock file (`--directory`/`--project`,
 * else the working directory); undefined without package knowledge. Neither compiles .pyc unless told to.
 */
export function lockInstallFigures(call: Call, command: PackageCommand, lockName: string, compile: boolean): Bytes | undefined {
  const packages = call.state.packages;
  if (!packages) return undefined;
  const option = textOf(call, command.args.value('--directory', '--project', '-C', '-P'));
  const project = option !== undefined ? resolveText(call, option) : call.state.cwd;
  const path = project === undefined ? undefined : `${project === '/' ? '' : project}/${lockName}`;
  const contextPath = path === undefined ? undefined : packages.contextPathOf(path);
  if (contextPath === undefined) return unknownBecause(`${call.name} ${command.subcommand}: no ${lockName} from the build context${path ? ` at ${path}` : ''}`);
  const knowledge = packages.states.python(contextPath);
  if (knowledge.status === 'unknown') return unknownBecause(knowledge.reason);
  return sumBytes(knowledge.value.distributions.map((dist) => installedOf(dist, compile)));
}

/** A distribution's installed bytes, less the .pyc pip would have compiled when the installer does not. */
function installedOf(dist: PythonDistribution, compile: boolean): Bytes {
  const figure = dist.installedBytes ?? unknownBecause(`${dist.name}: installed size not known`);
  if (compile || !dist.compiledBytes || !isWholeFigure(figure)) return figure;
  return { ...figure, value: figure.value - dist.compiledBytes };
}

/**
 * Where pip installs: `--target`, `--prefix`, `--root`, `--user` (~/.local), an active virtual
 * environment (VIRTUAL_ENV, or a pip run from `<venv>/bin`), else /usr/local, the prefix Debian's
 * and Ubuntu's pip (and the python images') use for root. Undefined when not known (another distribution).
 */
export function pipInstallDir(call: Call, command: PackageCommand): string | undefined {
  const option = textOf(call, command.args.value('-t', '--target', '--prefix', '--root'));
  if (option !== undefined) return resolveText(call, option);
  if (command.args.has('--user')) return `${homeOf(call)}/.local`;
  const program = textOf(call, call.command.argv[0]);
  if (program?.startsWith('/') && /\/bin\/(pip|python)[0-9.]*$/.test(program) && !/^\/usr\/(local\/)?bin\//.test(program)) return parentOf(parentOf(program));
  const venv = call.env('VIRTUAL_ENV');
  if (venv) return resolveText(call, venv);
  const packages = call.state.packages;
  return packages && packages.states.apt(packages.chainStage).status === 'known' ? '/usr/local' : undefined;
}

function isLocalDistribution(text: string): boolean {
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(text);
}

function isProject(text: string): boolean {
  return text === '.' || text.startsWith('./') || text.startsWith('/') || text.endsWith('/');
}
