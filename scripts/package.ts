// `npm run package`: writes, from the tsc build, build/npm/dflint/ and build/npm/dflint-language-server/,
// packs each into build/npm/*.tgz, and writes the release tree (scripts/release-tree.ts) to build/release/.
import * as path from 'node:path';
import { CLI_PACKAGE, packTarball, REPO_ROOT, SERVER_PACKAGE, writePackage, type PackedTarball } from './npm-package';
import { writeReleaseTree } from './release-tree';

export interface BuiltPackages {
  cli: PackedTarball;
  server: PackedTarball;
  /** the CLI package folder and the server's, unpacked */
  folders: { cli: string; server: string };
  release: string;
}

export async function buildPackages(buildDir = path.join(REPO_ROOT, 'build')): Promise<BuiltPackages> {
  const npmDir = path.join(buildDir, 'npm');
  const folders = { cli: path.join(npmDir, CLI_PACKAGE.folder), server: path.join(npmDir, SERVER_PACKAGE.folder) };
  await Promise.all([writePackage(CLI_PACKAGE, folders.cli), writePackage(SERVER_PACKAGE, folders.server)]);
  const release = path.join(buildDir, 'release');
  await writeReleaseTree(release, folders.cli);
  return { cli: packTarball(folders.cli, npmDir), server: packTarball(folders.server, npmDir), folders, release };
}

if (require.main === module) {
  buildPackages().then(
    (built) => {
      for (const packed of [built.cli, built.server]) {
        process.stdout.write(`${path.relative(REPO_ROOT, packed.tarball)}: ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} installed\n`);
      }
      process.stdout.write(`${path.relative(REPO_ROOT, built.release)}/: the release tree (npm run release-tree -- DIR writes it elsewhere)\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}
