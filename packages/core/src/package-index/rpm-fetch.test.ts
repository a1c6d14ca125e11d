import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedRpmIndex, loadRpmIndex, REPOMD_TTL_MS } from './rpm-fetch';
import { NOT_CACHED_REASON } from './package-index-options';
import { RpmIndexCache } from './rpm-index-cache';
import { OFFLINE_REASON } from './package-knowledge';
import type { RpmRepo } from './rpm-repos';
import { fakeFetch } from './test-apt-server';

const FIXTURES = join(__dirname, 'fixtures', 'rpm');
const REPO_02 = join(FIXTURES, 'createrepo_c-repo_02', 'repodata');
const REPO_02_PRIMARY = 'repodata/bcde64b04916a2a72fdc257d61bc922c70b3d58e953499180585f7a360ce86cf-primary.xml.gz';
const BASE = 'http://repo.example/repo_02';
const REPO: RpmRepo = { id: 'repo02', name: 'createrepo_c repo_02', baseurls: [BASE], file: 'etc/yum.repos.d/test.repo' };


const temporary = () => mkdtempSync(join(tmpdir(), 'dflint-rpm-'));
const realRepo02 = () => ({ [`${BASE}/repodata/repomd.xml`]: readFileSync(join(REPO_02, 'repomd.xml')), [`${BASE}/${REPO_02_PRIMARY}`]: readFileSync(join(FIXTURES, REPO_02_PRIMARY.replace('repodata/', 'createrepo_c-repo_02/repodata/'))) });

/** a repomd.xml in createrepo_c's layout listing one primary file with its own checksum and size (built here for the recompressed Fedora 36 excerpt) */
function repomdFor(href: string, bytes: Buffer, checksum = createHash('sha256').update(bytes).digest('hex')): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<repomd xmlns="http://linux.duke.edu/metadata/repo" xmlns:rpm="http://linux.duke.edu/metadata/rpm">\n  <revision>1657165688</revision>\n  <data type="primary">\n    <checksum type="sha256">${checksum}</checksum>\n    <location href="${href}"/>\n    <timestamp>1657165688</timestamp>\n    <size>${bytes.length}</size>\n  </data>\n</repomd>\n`;
}

describe('loadRpmIndex', () => {
  it('fetches the real createrepo_c repo_02: repomd, then primary.xml.gz checked against it, then answers from the cache', async () => {
    const cacheDirectory = temporary();
    const { fetcher, asked } = fakeFetch(realRepo02());
    const result = await loadRpmIndex(REPO, { cacheDirectory, fetch: fetcher, now: () => 1000 });
    if (result.status !== 'indexed') throw new Error(result.reason);
    expect(result.index.source).toBe('repo02 (createrepo_c repo_02) primary.xml, 2012-04-17');
    expect(result.index.packages.map((p) => p.name)).toEqual(['fake_bash', 'super_kernel']);
    expect(asked).toEqual([`${BASE}/repodata/repomd.xml`, `${BASE}/${REPO_02_PRIMARY}`]);
    expect(readdirSync(join(cacheDirectory, 'rpm'))).toContain('bcde64b04916a2a72fdc257d61bc922c70b3d58e953499180585f7a360ce86cf.index');

    const offlineish = fakeFetch({});
    const again = await loadRpmIndex(REPO, { cacheDirectory, fetch: offlineish.fetcher, now: () => 1000 + REPOMD_TTL_MS });
    expect(again.status === 'indexed' && JSON.parse(JSON.stringify(again.index))).toEqual(result.index);
    expect(offlineish.asked).toEqual([]);
    const expired = await loadRpmIndex(REPO, { cacheDirectory, fetch: offlineish.fetcher, now: () => 1001 + REPOMD_TTL_MS });
    expect(expired).toEqual({ status: 'unavailable', reason: `${BASE}/repodata/repomd.xml: HTTP 404` });
  });

  it.each(['xz', 'zst', 'gz'])('reads a primary.xml.%s (the Fedora 36 excerpt) and keeps its parse by checksum', async (extension) => {
    const bytes = readFileSync(join(FIXTURES, `fedora36-primary.xml.${extension}`));
    const href = `repodata/primary.xml.${extension}`;
    const { fetcher } = fakeFetch({ [`${BASE}/repodata/repomd.xml`]: repomdFor(href, bytes), [`${BASE}/${href}`]: bytes });
    const cacheDirectory = temporary();
    const result = await loadRpmIndex({ ...REPO, name: REPO.id }, { cacheDirectory, fetch: fetcher });
    if (result.status !== 'indexed') throw new Error(result.reason);
    expect(result.index.source).toBe('repo02 primary.xml, 2022-07-07');
    expect(result.index.packages.map((p) => p.installedSize)).toEqual([286454, 1188155, 5255122, 4646874, 3699394]);
    const cached = new RpmIndexCache(cacheDirectory).read(createHash('sha256').update(bytes).digest('hex'));
    expect(JSON.parse(JSON.stringify(cached))).toEqual(result.index);
  });

  it('refuses a primary whose checksum or size is not what repomd.xml says', async () => {
    const table = realRepo02();
    const repomd = table[`${BASE}/repodata/repomd.xml`].toString();
    const wrongSum = fakeFetch({ ...table, [`${BASE}/repodata/repomd.xml`]: repomd.replace('<checksum type="sha256">bcde64b0', '<checksum type="sha256">00000000') });
    const wanted = `00000000${'bcde64b04916a2a72fdc257d61bc922c70b3d58e953499180585f7a360ce86cf'.slice(8)}`;
    expect(await loadRpmIndex(REPO, { cacheDirectory: temporary(), fetch: wrongSum.fetcher })).toEqual({
      status: 'unavailable',
      reason: `${REPO_02_PRIMARY} does not match repomd.xml's sha256 ${wanted} (got bcde64b04916a2a72fdc257d61bc922c70b3d58e953499180585f7a360ce86cf)`,
    });
    const truncated = fakeFetch({ ...table, [`${BASE}/${REPO_02_PRIMARY}`]: table[`${BASE}/${REPO_02_PRIMARY}`].subarray(0, 500) });
    expect(await loadRpmIndex(REPO, { cacheDirectory: temporary(), fetch: truncated.fetcher })).toEqual({ status: 'unavailable', reason: `${REPO_02_PRIMARY} is 500 bytes, not the 973 repomd.xml lists` });
  });

  it('names a truncated or corrupt compressed primary that repomd.xml vouches for', async () => {
    const xz = readFileSync(join(FIXTURES, 'fedora36-primary.xml.xz')).subarray(0, 1500);
    const zst = Buffer.from(readFileSync(join(FIXTURES, 'fedora36-primary.xml.zst')));
    zst[200] ^= 0xff;
    for (const [href, bytes, reason] of [
      ['repodata/p.xml.xz', xz, /^repodata\/p\.xml\.xz cannot be decompressed: /],
      ['repodata/p.xml.zst', zst, /^repodata\/p\.xml\.zst (cannot be decompressed|is not well-formed XML)/],
    ] as const) {
      const { fetcher } = fakeFetch({ [`${BASE}/repodata/repomd.xml`]: repomdFor(href, bytes), [`${BASE}/${href}`]: bytes });
      const result = await loadRpmIndex(REPO, { cacheDirectory: temporary(), fetch: fetcher });
      expect(result.status).toBe('unavailable');
      expect(result.status === 'unavailable' && result.reason).toMatch(reason);
      expect(result.status === 'unavailable' && result.reason).not.toContain('\n');
    }
  });

  it('asks nothing offline, and says why a repo cannot be read', async () => {
    const { fetcher, asked } = fakeFetch(realRepo02());
    expect(await loadRpmIndex(REPO, { cacheDirectory: temporary(), fetch: fetcher, offline: true })).toEqual({ status: 'unavailable', reason: OFFLINE_REASON });
    expect(asked).toEqual([]);
    const local = await loadRpmIndex({ ...REPO, baseurls: ['file:///media/repo'] }, { cacheDirectory: temporary(), fetch: fetcher });
    expect(local).toEqual({ status: 'unavailable', reason: 'repo repo02 (etc/yum.repos.d/test.repo) has no http(s) baseurl, metalink or mirrorlist' });
  });

  it("follows a metalink's first repomd.xml URL and a mirrorlist's first line", async () => {
    // the shape of MirrorManager's metalink answer (its <url> elements name each mirror's repomd.xml)
    const metalink = `<?xml version="1.0" encoding="utf-8"?>\n<metalink version="3.0" xmlns="http://www.metalinker.org/">\n <files>\n  <file name="repomd.xml">\n   <resources maxconnections="1">\n    <url protocol="rsync" type="rsync" location="US" preference="100">rsync://mirror.example/repo_02/repodata/repomd.xml</url>\n    <url protocol="http" type="http" location="US" preference="99">${BASE}/repodata/repomd.xml</url>\n   </resources>\n  </file>\n </files>\n</metalink>\n`;
    const table = { ...realRepo02(), 'https://mirrors.example/metalink?repo=r&amp;arch=x86_64': metalink, 'https://mirrors.example/metalink?repo=r&arch=x86_64': metalink, 'https://mirrors.example/mirrorlist': `# comment\n${BASE}/\nhttp://second.example/\n` };
    const viaMetalink = fakeFetch(table);
    const result = await loadRpmIndex({ ...REPO, baseurls: [], metalink: 'https://mirrors.example/metalink?repo=r&arch=x86_64' }, { cacheDirectory: temporary(), fetch: viaMetalink.fetcher });
    expect(result.status === 'indexed' && result.baseurl).toBe(BASE);
    const viaMirrorlist = fakeFetch(table);
    const listed = await loadRpmIndex({ ...REPO, baseurls: [], mirrorlist: 'https://mirrors.example/mirrorlist' }, { cacheDirectory: temporary(), fetch: viaMirrorlist.fetcher });
    expect(listed.status === 'indexed' && listed.index.packages.length).toBe(2);
    expect(viaMirrorlist.asked[0]).toBe('https://mirrors.example/mirrorlist');
    const empty = fakeFetch({ 'https://mirrors.example/mirrorlist': '# none\n' });
    expect(await loadRpmIndex({ ...REPO, baseurls: [], mirrorlist: 'https://mirrors.example/mirrorlist' }, { cacheDirectory: temporary(), fetch: empty.fetcher })).toEqual({ status: 'unavailable', reason: 'https://mirrors.example/mirrorlist names no http(s) mirror' });
  });

  it('ignores a damaged cache entry and fetches again', async () => {
    const cacheDirectory = temporary();
    const first = fakeFetch(realRepo02());
    await loadRpmIndex(REPO, { cacheDirectory, fetch: first.fetcher });
    const file = join(cacheDirectory, 'rpm', 'bcde64b04916a2a72fdc257d61bc922c70b3d58e953499180585f7a360ce86cf.index');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    const second = fakeFetch(realRepo02());
    const result = await loadRpmIndex(REPO, { cacheDirectory, fetch: second.fetcher });
    expect(result.status).toBe('indexed');
    expect(second.asked).toEqual([`${BASE}/${REPO_02_PRIMARY}`]);
  });
});

describe('cachedRpmIndex', () => {
  it('reads only the cache, at any age: not cached before a load, the same index and repomd.xml bytes after; offline nothing', async () => {
    const cacheDirectory = temporary();
    expect(cachedRpmIndex(REPO, { cacheDirectory })).toEqual({ status: 'unavailable', reason: NOT_CACHED_REASON });
    const { fetcher } = fakeFetch(realRepo02());
    const loaded = await loadRpmIndex(REPO, { cacheDirectory, fetch: fetcher, now: () => 1000 });
    if (loaded.status !== 'indexed') throw new Error(loaded.reason);
    expect(loaded.repomdBytes).toBe(readFileSync(join(REPO_02, 'repomd.xml')).length);
    const cached = cachedRpmIndex(REPO, { cacheDirectory, now: () => 1000 + 10 * REPOMD_TTL_MS });
    if (cached.status !== 'indexed') throw new Error(cached.reason);
    expect([cached.index.source, cached.index.packages.map((p) => p.name), cached.repomdBytes, cached.baseurl]).toEqual([loaded.index.source, ['fake_bash', 'super_kernel'], loaded.repomdBytes, BASE]);
    expect([...cached.repomd.data.keys()]).toEqual([...loaded.repomd.data.keys()]);
    expect(cachedRpmIndex(REPO, { cacheDirectory, offline: true })).toEqual({ status: 'unavailable', reason: OFFLINE_REASON });
  });

  it("refuses an entry of the older repomd cache format (text only), which a load then fetches again", async () => {
    const cacheDirectory = temporary();
    const { fetcher, asked } = fakeFetch(realRepo02());
    await loadRpmIndex(REPO, { cacheDirectory, fetch: fetcher, now: () => 1000 });
    const dir = join(cacheDirectory, 'rpm', 'repomd');
    const [file] = readdirSync(dir);
    const stored = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text: string; baseurl: string };
    writeFileSync(join(dir, file), JSON.stringify({ format: 1, at: 1000, baseurl: stored.baseurl, text: stored.text }));
    expect(cachedRpmIndex(REPO, { cacheDirectory })).toEqual({ status: 'unavailable', reason: NOT_CACHED_REASON });
    expect((await loadRpmIndex(REPO, { cacheDirectory, fetch: fetcher, now: () => 1000 })).status).toBe('indexed');
    expect(asked.filter((url) => url.endsWith('repomd.xml')).length).toBe(2);
  });
});
