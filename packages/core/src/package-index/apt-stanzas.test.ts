import { relations as parseAptRelations } from './apt-packages';
import { parseAptPackages, parseStanzas } from './apt-stanzas';
import { bookworm, rawField } from './test-apt-fixture';

describe('parseAptRelations', () => {
  it('reads groups of alternatives with versions and architecture qualifiers', () => {
    expect(parseAptRelations('libc6 (>= 2.34), debconf (>= 0.5) | debconf-2.0, perl:any, foo:amd64 (<< 2~)')).toEqual([
      [{ name: 'libc6', relation: '>=', version: '2.34' }],
      [{ name: 'debconf', relation: '>=', version: '0.5' }, { name: 'debconf-2.0' }],
      [{ name: 'perl', arch: 'any' }],
      [{ name: 'foo', arch: 'amd64', relation: '<<', version: '2~' }],
    ]);
  });

  it('reads every operator, the obsolete `<` and `>` as dpkg does (<= and >=), and drops source-only restrictions', () => {
    const relations = parseAptRelations('a (<< 1), b (<= 1), c (= 1), d (>= 1), e (>> 1), f (< 1), g (> 1), h [amd64] <!nocheck>, i(>=2)').map(([relation]) => relation);
    expect(relations.map((relation) => relation.relation)).toEqual(['<<', '<=', '=', '>=', '>>', '<=', '>=', undefined, '>=']);
    expect(relations[7]).toEqual({ name: 'h' });
    expect(relations[8]).toEqual({ name: 'i', relation: '>=', version: '2' });
  });

  it('gives no groups for an absent or empty field', () => {
    expect(parseAptRelations(undefined)).toEqual([]);
    expect(parseAptRelations(' ')).toEqual([]);
  });
});

describe('parseAptPackages', () => {
  it('reads the fields the closure needs from a real stanza, Installed-Size from KiB to bytes', () => {
    const curl = bookworm.packages.find((pkg) => pkg.name === 'curl')!;
    expect(curl.installedSize).toBe(Number(rawField('curl', 'Installed-Size')) * 1024);
    expect(curl.debSize).toBe(Number(rawField('curl', 'Size')));
    expect(curl).toMatchObject({ version: rawField('curl', 'Version'), architecture: 'amd64', essential: false, multiArch: 'foreign', preDepends: [], recommends: [] });
    expect(curl.depends).toEqual([[{ name: 'libc6', relation: '>=', version: '2.34' }], [{ name: 'libcurl4', relation: '=', version: rawField('curl', 'Version') }], [{ name: 'zlib1g', relation: '>=', version: '1:1.1.4' }]]);
    const bash = bookworm.packages.find((pkg) => pkg.name === 'bash')!;
    expect(bash.essential).toBe(true);
    const netavark = bookworm.packages.find((pkg) => pkg.name === 'netavark')!;
    expect(netavark.provides).toEqual([{ name: 'container-network-stack', version: '2' }]);
  });

  it('joins continuation lines, skips comments and stanzas without Package, Version or Architecture', () => {
    const text = '# comment\nPackage: a\nVersion: 1\nArchitecture: all\nDepends: b,\n c (>= 2)\n\n\nPackage: no-version\nArchitecture: all\n\nVersion: 2\n';
    expect(parseStanzas(text)).toHaveLength(3);
    const packages = parseAptPackages(text);
    expect(packages.map((pkg) => pkg.name)).toEqual(['a']);
    expect(packages[0].depends).toEqual([[{ name: 'b' }], [{ name: 'c', relation: '>=', version: '2' }]]);
  });

  it('leaves sizes it was not given as NaN, never 0', () => {
    const [pkg] = parseAptPackages('Package: a\nVersion: 1\nArchitecture: all\n');
    expect(pkg.installedSize).toBeNaN();
    expect(pkg.debSize).toBeNaN();
  });
});
