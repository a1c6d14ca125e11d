// The CLI and the language server as npm packages that install and run alone (`npm run package`,
// scripts/package.ts). Each is one esbuild bundle of the workspace's tsc output (dependencies inlined, so no dependency
// to install), a committed bin shim that loads it, the wasm files it loads, README and LICENSE.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { bundleWithWasm } from './bundle';

export const REPO_ROOT = path.resolve(__dirname, '..');

export interface PackageDefinition {
  /** the workspace folder, relative to the repository root */
  workspace: string;
  /** its folder's name under build/npm/ (the npm package name, unscoped) */
  folder: string;
  /** bundle name (dist/<name>.js) → the tsc output it is bundled from, relative to the workspace */
  bundles: Record<string, string>;
  /** the committed bin shim, relative to the workspace; installed as the package's bin */
  shim: string;
  /** other committed modules the package runs: path in the package → source, relative to the workspace */
  shimModules: Record<string, string>;
  /** other files or folders: source (relative to the repository root) → path in the package */
  extras: Record<string, string>;
  /**
   * Whether the minified bundle keeps function and class names, so a DFLINT_DEBUG stack names each
   * function (its line:column points into the one-line file either way). esbuild keeps them by
   * naming each function where it is created, inner ones at each call: ~3,000 calls and 5-8 ms of
   * CPU at every start of the CLI (bench/startup.js), ~15% of its CPU over the corpus at --jobs 1.
   */
  keepNames: boolean;
}

export const CLI_PACKAGE: PackageDefinition = {
  workspace: 'packages/cli',
  folder: 'dflint',
  // the bin reads the V8 flags from v8-flags before it loads the bundle (they depend on the V8 running)
  bundles: { dflint: 'dist/main.js', 'v8-flags': 'dist/v8-flags.js' },
  shim: 'bin/packaged-dflint.js',
  shimModules: {
    'bin/load-with-code-cache.js': 'bin/load-with-code-cache.js',
    // --jobs starts its lint threads from the folder of the CLI's module; they run the one bundle
    'dist/lint-worker.js': 'bin/packaged-lint-worker.js',
  },
  extras: {
    'packages/cli/schema/dflint.schema.json': 'schema/dflint.schema.json',
    // yargs reads its messages in the user's language from <its build folder>/../locales: dist/../locales here
    'node_modules/yargs/locales': 'locales',
  },
  keepNames: false,
};

export const SERVER_PACKAGE: PackageDefinition = {
  workspace: 'packages/language-server',
  folder: 'dflint-language-server',
  // the server starts its analysis worker from the folder of its own module
  bundles: { 'dflint-language-server': 'dist/main.js', 'analysis-worker': 'dist/analysis-worker.js' },
  shim: 'bin/packaged-dflint-language-server.js',
  shimModules: {},
  extras: {},
  keepNames: true,
};

/**
 * Minified: half the size (the CLI fits in 5 MB installed only so) and less to parse at start-up.
 * Messages are strings and survive; names survive as the package's keepNames says. The licence notices of
 * bundled packages go to dist/<bundle>.js.LEGAL.txt: left in the bundle, one non-ASCII name in them
 * makes Node decode the whole file as UTF-8 at every start (~20 ms) instead of reading it as latin1.
 */
const BUNDLE_OPTIONS = { minify: true, legalComments: 'external' } as const;

interface WorkspaceManifest {
  name: string;
  version: string;
  description: string;
  license: string;
  keywords?: string[];
  repository: { type: string; url: string; directory: string };
  homepage?: string;
  bugs?: string;
  bin: Record<string, string>;
}

/**
 * Writes the package into the folder `out` (emptied first, but for a .git folder: it may be a
 * checkout of the release branch). The workspace must be built (`npx tsc -b`): the bundles are
 * made from its dist/.
 */
export async function writePackage(definition: PackageDefinition, out: string): Promise<void> {
  const workspace = path.join(REPO_ROOT, definition.workspace);
  const manifest = JSON.parse(await readFile(path.join(workspace, 'package.json'), 'utf8')) as WorkspaceManifest;
  const root = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: Record<string, string> };
  await emptyFolder(out);
  await mkdir(path.join(out, 'bin'), { recursive: true });

  const entryPoints = Object.fromEntries(Object.entries(definition.bundles).map(([name, source]) => [name, path.join(workspace, source)]));
  await bundleWithWasm({ entryPoints, outdir: path.join(out, 'dist'), ...BUNDLE_OPTIONS, keepNames: definition.keepNames });
  const [binName, ...more] = Object.keys(manifest.bin);
  if (more.length > 0) throw new Error(`${manifest.name} has several bins; a package has one shim`);
  const binPath = manifest.bin[binName];
  await cp(path.join(workspace, definition.shim), path.join(out, binPath));
  for (const [target, source] of Object.entries(definition.shimModules)) await cp(path.join(workspace, source), path.join(out, target));
  for (const [source, target] of Object.entries(definition.extras)) {
    await cp(path.join(REPO_ROOT, source), path.join(out, target), { recursive: true });
  }
  await cp(path.join(REPO_ROOT, 'LICENSE'), path.join(out, 'LICENSE'));
  const readme = await readFile(path.join(workspace, 'README.md'), 'utf8');
  await writeFile(path.join(out, 'README.md'), absoluteLinks(readme, manifest.repository));

  const files = [...new Set([path.dirname(binPath), 'dist', ...Object.values(definition.extras).map((target) => target.split('/')[0])])];
  const published = {
    name: manifest.name,
    version: manifest.version,
    description: manifest.description,
    keywords: manifest.keywords,
    homepage: manifest.homepage,
    bugs: manifest.bugs,
    repository: manifest.repository,
    license: manifest.license,
    bin: { [binName]: binPath },
    files,
    engines: { node: root.engines.node },
    // a scoped package is published private unless it says otherwise
    publishConfig: { access: 'public' },
  };
  await writeFile(path.join(out, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
}

/** Creates `folder`, or removes everything in it but .git. */
export async function emptyFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const entries = await readdir(folder);
  await Promise.all(entries.filter((name) => name !== '.git').map((name) => rm(path.join(folder, name), { recursive: true, force: true })));
}

export interface PackedTarball {
  tarball: string;
  /** bytes, packed and unpacked (what an install puts on disk, as npm counts it) */
  size: number;
  unpackedSize: number;
  /** the paths in the tarball, relative to its package folder */
  files: string[];
}

/** `npm pack`s a package folder into `destination`; returns the tarball's path and npm's figures. */
export function packTarball(folder: string, destination: string): PackedTarball {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(output) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  return { tarball: path.join(destination, packed.filename), size: packed.size, unpackedSize: packed.unpackedSize, files: packed.files.map((file) => file.path) };
}

/** Relative links of a workspace README point into the repository once the README is on npm. */
function absoluteLinks(markdown: string, repository: WorkspaceManifest['repository']): string {
  const base = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/${repository.directory}/`;
  return markdown.replace(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g, (_link, target: string) => `](${new URL(target, base).href})`);
}
