import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrimary } from './rpm-primary';
import { parseRepomd, repomdDay } from './rpm-repomd';
import { RpmIndexError } from './rpm-types';

const FIXTURES = join(__dirname, 'fixtures', 'rpm');
const read = (name: string) => readFileSync(join(FIXTURES, name));
const FEDORA36 = read('fedora36-primary.xml');

/** a buffer fed in pieces of `size` bytes, as a download streams (splits inside tags and UTF-8) */
function* pieces(buffer: Buffer, size: number): Generator<Uint8Array> {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
}

describe('parsePrimary on real primary.xml', () => {
  it('reads the five Fedora 36 packages with their sizes, provides, requires and recommends', async () => {
    const packages = await parsePrimary(pieces(FEDORA36, 777), 'fedora36-primary.xml');
    expect(packages.map((p) => `${p.name}-${p.version}-${p.release}.${p.arch}`)).toEqual([
      'wireplumber-0.4.10-1.fc36.x86_64',
      'wireplumber-libs-0.4.10-1.fc36.x86_64',
      'xfce4-panel-4.16.4-1.fc36.x86_64',
      'xfce4-power-manager-4.16.0-5.fc36.x86_64',
      'xfce4-terminal-1.0.3-1.fc36.x86_64',
    ]);
    const [wireplumber, libs, , power] = packages;
    expect(wireplumber).toMatchObject({ epoch: 0, packageSize: 82141, installedSize: 286454, files: expect.arrayContaining(['/usr/bin/wpctl', '/etc/wireplumber']) });
    expect(wireplumber.provides).toContainEqual({ name: 'pipewire-session-manager' });
    expect(wireplumber.requires[0]).toEqual({ name: '/bin/sh' });
    expect(wireplumber.requires).toContainEqual({ name: 'wireplumber-libs(x86-64)', flags: 'EQ', version: '0.4.10', release: '1.fc36' });
    expect(libs.recommends).toEqual([{ name: 'wireplumber(x86-64)', flags: 'EQ', version: '0.4.10', release: '1.fc36' }]);
    expect(libs.installedSize).toBe(1188155);
    expect(power.requires).toContainEqual({ name: 'upower', flags: 'GE', version: '0.99' });
    // conflicts and obsoletes are not kept
    expect(Object.keys(power).sort()).toEqual(['arch', 'epoch', 'files', 'installedSize', 'name', 'packageSize', 'provides', 'recommends', 'release', 'requires', 'version']);
  });

  it('keeps rpmlib() requires and their pre flag (Fedora 14 info, as createrepo dumped it)', async () => {
    const [info] = await parsePrimary([read('fedora14-info-primary.xml')], 'info');
    expect(info).toMatchObject({ name: 'info', arch: 'i686', version: '4.13a', release: '10.fc14', packageSize: 176520, installedSize: 314734 });
    expect(info.requires).toContainEqual({ name: 'rpmlib(PayloadIsXz)', flags: 'LE', version: '5.2', release: '1' });
    expect(info.provides).toContainEqual({ name: 'config(info)', flags: 'EQ', version: '4.13a', release: '10.fc14' });
  });

  it('reads createrepo_c repo_02 (gzip) with epoch 0 dropped and pre="1" kept', async () => {
    const { gunzipSync } = await import('node:zlib');
    const gz = read('createrepo_c-repo_02/repodata/bcde64b04916a2a72fdc257d61bc922c70b3d58e953499180585f7a360ce86cf-primary.xml.gz');
    const [bash, kernel] = await parsePrimary([gunzipSync(gz)], 'repo_02');
    expect(bash.provides[0]).toEqual({ name: 'bash' });
    expect(kernel.requires).toEqual([
      { name: 'bzip2', flags: 'GE', version: '1.0.0', pre: true },
      { name: 'expat', pre: true },
      { name: 'glib', flags: 'GE', version: '2.26.0' },
      { name: 'zlib' },
    ]);
    expect(kernel.installedSize).toBe(0);
  });
});

describe('parsePrimary errors', () => {
  const fails = async (bytes: Buffer, message: RegExp) => {
    const error = await parsePrimary([bytes], 'primary.xml').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RpmIndexError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  };

  it('refuses a truncated file', () => fails(FEDORA36.subarray(0, 9000), /^primary\.xml is not well-formed XML: .*unclosed/));
  it('refuses corrupt XML', () => fails(Buffer.from(FEDORA36.toString().replace('</arch>', '</arc>')), /not well-formed XML/));
  it('refuses a file cut between packages', () => {
    const text = FEDORA36.toString();
    const cut = text.slice(0, text.indexOf('<package type="rpm">\n  <name>xfce4-panel')) + '</metadata>';
    return fails(Buffer.from(cut), /declares 5 packages but holds 2/);
  });
  it('refuses what is not primary metadata', () => fails(read('fedora36-repomd.xml'), /no <metadata> root/));
});

describe('parseRepomd', () => {
  it('finds the primary data of a real Fedora 36 repomd.xml', async () => {
    const repomd = await parseRepomd(read('fedora36-repomd.xml').toString());
    expect(repomd.data.get('primary')).toEqual({
      type: 'primary',
      href: 'repodata/d4888f04f95ac067af4d997d35c6d345cbe398563d777d017a3634c9ed6148cf-primary.xml.gz',
      checksumType: 'sha256',
      checksum: 'd4888f04f95ac067af4d997d35c6d345cbe398563d777d017a3634c9ed6148cf',
      size: 2932,
      openSize: 16585,
      timestamp: 1657165688,
    });
    expect([...repomd.data.keys()]).toEqual(['primary', 'filelists', 'other', 'primary_db', 'filelists_db', 'other_db']);
    expect(repomdDay(repomd)).toBe('2022-07-07');
    expect(FEDORA36.length).toBe(16585);
  });

  it('refuses a repomd without primary, or with an unknown checksum type', async () => {
    const text = read('createrepo_c-repo_02/repodata/repomd.xml').toString();
    await expect(parseRepomd(text.replace('type="primary"', 'type="primary_zck"'), 'r')).rejects.toThrow('r lists no primary metadata');
    await expect(parseRepomd(text.replace(/<checksum type="sha256">bcde/, '<checksum type="crc99">bcde'), 'r')).rejects.toThrow('unknown checksum type "crc99"');
  });
});
