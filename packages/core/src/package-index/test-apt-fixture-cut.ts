// Cuts fixtures/bookworm-main-amd64.Packages out of a full Debian `Packages` file (see fixtures/README.md):
// the stanzas of a minimal base (Priority: required and apt, as debootstrap's minbase variant picks them)
// and of the install closures the tests resolve, with and without Recommends. It checks that each closure
// is the same on the excerpt as on the full index, so the tests see what apt would on the real one.
//   node -r esbuild-register packages/core/src/package-index/test-apt-fixture-cut.ts /tmp/Packages
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { aptInstallClosure } from './apt-closure';
import { parseAptPackages, parseStanzas } from './apt-stanzas';

export const FIXTURE_REQUESTS = [['curl'], ['gcc', 'libc6-dev'], ['erlang-horse'], ['librust-nom+std-dev'], ['golang-github-containers-common'], ['a52dec'], ['mailx']];
const KEPT = ['Package', 'Version', 'Installed-Size', 'Architecture', 'Multi-Arch', 'Essential', 'Priority', 'Provides', 'Pre-Depends', 'Depends', 'Recommends', 'Size'];

function main(source: string): void {
  const text = readFileSync(source, 'utf8');
  const stanzas = parseStanzas(text);
  const full = [{ source: 'full', packages: parseAptPackages(text) }];
  const required = stanzas.filter((fields) => fields.get('Priority') === 'required').map((fields) => fields.get('Package')!);
  const base = aptInstallClosure({ indexes: full, installed: [], request: [...required, 'apt'], installRecommends: false }).installed;
  const keep = new Set(base.map((pkg) => `${pkg.name} ${pkg.version}`));
  const closures = (indexes: typeof full) => FIXTURE_REQUESTS.flatMap((request) => [true, false].map((installRecommends) => aptInstallClosure({ indexes, installed: base, request, installRecommends })));
  for (const closure of closures(full)) {
    for (const { pkg } of closure.packages) keep.add(`${pkg.name} ${pkg.version}`);
  }
  // the other providers of the virtual names the tests resolve, so that the choice between them is tested
  const virtuals = new Set(['container-network-stack', 'librust-nom+alloc-dev', 'mailx']);
  for (const pkg of full[0].packages) if (pkg.provides.some((provided) => virtuals.has(provided.name))) keep.add(`${pkg.name} ${pkg.version}`);
  const excerpt = stanzas
    .filter((fields) => keep.has(`${fields.get('Package')} ${fields.get('Version')}`))
    .map((fields) => KEPT.filter((field) => fields.has(field)).map((field) => `${field}: ${fields.get(field)}`).join('\n'))
    .join('\n\n');
  const excerptIndexes = [{ source: 'excerpt', packages: parseAptPackages(excerpt) }];
  const names = (closure: ReturnType<typeof aptInstallClosure>) => closure.packages.map((entry) => entry.pkg.name).join(' ');
  const expected = closures(full);
  closures(excerptIndexes).forEach((closure, i) => {
    if (names(closure) !== names(expected[i])) throw new Error(`closure ${i} differs on the excerpt:\n${names(closure)}\n${names(expected[i])}`);
  });
  const out = path.join(__dirname, 'fixtures');
  writeFileSync(path.join(out, 'bookworm-main-amd64.Packages'), `${excerpt}\n`);
  writeFileSync(path.join(out, 'bookworm-minbase.txt'), base.map((pkg) => `${pkg.name} ${pkg.version}\n`).join(''));
  console.log(`${keep.size} stanzas, ${excerpt.length} bytes; base ${base.length} packages`);
}

if (require.main === module) main(process.argv[2] ?? '/tmp/Packages');
