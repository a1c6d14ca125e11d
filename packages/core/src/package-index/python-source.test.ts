import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sumBytes } from '../layers/bytes';
import { OFFLINE_REASON, type PythonKnowledge } from './package-knowledge';
import { installedParts } from './python-estimate';
import { readWheelFile } from './python-local';
import { cachedPythonKnowledge, loadPythonKnowledge } from './python-source';

const FIXTURES = join(__dirname, 'fixtures', 'python');
const PYPI = JSON.parse(readFileSync(join(FIXTURES, 'pypi-json.json'), 'utf8')) as Record<string, unknown>;
const WHEEL = readFileSync(join(FIXTURES, 'tinydemo-0.3-py3-none-any.whl'));
const WHEEL_URL = 'https://files.example/tinydemo-0.3-py3-none-any.whl';
const WHEEL_SHA256 = createHash('sha256').update(WHEEL).digest('hex');
const NOW = Date.UTC(2026, 11, 6);
const tinydemoFile = { filename: 'tinydemo-0.3-py3-none-any.whl', packagetype: 'bdist_wheel', size: WHEEL.length, url: WHEEL_URL, digests: { sha256: WHEEL_SHA256 } };
const tinydemoRelease = () => ({ info: {}, urls: [tinydemoFile] });

/** A stand-in for pypi.org and its file server: the fixture answers, a wheel served with range requests, 404 otherwise. */
function fakeIndex(options: { ranges?: boolean } = {}) {
  const requests: string[] = [];
  const answers: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(PYPI).map(([key, value]) => [`https://pypi.org/pypi/${key}/json`, value])),
    'https://pypi.org/pypi/tinydemo/json': tinydemoRelease(),
    'https://pypi.org/pypi/tinydemo/0.3/json': {
      info: { requires_dist: ['httpx', 'colorama; sys_platform == "win32"'] },
      urls: [tinydemoFile],
    },
  };
  const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const range = new Headers(init?.headers).get('Range');
    requests.push(range ? `${url} ${range}` : url);
    if (url === WHEEL_URL) {
      const match = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
      if (!match || options.ranges === false) return new Response(WHEEL, { status: 200 });
      return new Response(WHEEL.subarray(Number(match[1]), Number(match[2]) + 1), { status: 206 });
    }
    return url in answers ? Response.json(answers[url]) : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { fetcher, requests };
}

describe('python knowledge from requirements and lock files', () => {
  let root: string;
  let cacheDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dflint-pyctx-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'dflint-pycache-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('sizes a wheel from the JSON API and its central directory read with range requests, then answers from the cache', async () => {
    writeFileSync(join(root, 'requirements.txt'), 'tinydemo==0.3\nhttpx==0.28.1\n');
    const { fetcher, requests } = fakeIndex();
    const knowledge = await loadPythonKnowledge(root, 'requirements.txt', { cacheDir, fetch: fetcher, now: () => NOW });
    expect(knowledge.status).toBe('known');
    const value = knowledge.status === 'known' ? knowledge.value : undefined;
    expect(value?.source).toBe('PyPI JSON API for requirements.txt (cp311 manylinux_2_36_x86_64), 2026-12-06');
    const files = readWheelFile(join(FIXTURES, 'tinydemo-0.3-py3-none-any.whl')).entries.map((entry) => ({ path: entry.name, size: entry.size }));
    const tinydemo = value?.distributions.find((dist) => dist.name === 'tinydemo');
    expect(tinydemo).toMatchObject({ version: '0.3', fileBytes: 1361, installedBytes: { value: installedParts(files, { requested: false }).total, estimate: 'estimated' } });
    // the whole file is smaller than one tail request: one range request reads it all
    expect(requests).toContain(`${WHEEL_URL} bytes=0-1360`);
    // httpx's wheel is not served here: its file is known, its installed size is not, and says why
    const httpx = value?.distributions.find((dist) => dist.name === 'httpx');
    expect(httpx).toMatchObject({ fileBytes: 73517, cacheBytes: { value: 73517, estimate: 'estimated' } });
    expect(httpx?.installedBytes).toMatchObject({ estimate: 'unknown', reason: 'httpx 0.28.1: httpx-0.28.1-py3-none-any.whl: the file server answered 404' });
    // httpx's own requirements are not pinned in the file: each one is named, unknown
    expect(value?.distributions.filter((dist) => dist.version === undefined).map((dist) => dist.installedBytes?.reason)).toEqual([
      'anyio: a dependency of httpx that requirements.txt does not pin',
      'certifi: a dependency of httpx that requirements.txt does not pin',
      'httpcore: a dependency of httpx that requirements.txt does not pin',
      'idna: a dependency of httpx that requirements.txt does not pin',
    ]);

    const cached = cachedPythonKnowledge(root, 'requirements.txt', { cacheDir, offline: true, now: () => NOW });
    const again = cached.status === 'known' ? cached.value.distributions.find((dist) => dist.name === 'tinydemo') : undefined;
    expect(again?.installedBytes).toEqual(tinydemo?.installedBytes);
  });

  it('reads the whole wheel when the server ignores range requests', async () => {
    writeFileSync(join(root, 'requirements.txt'), 'tinydemo==0.3\n');
    const { fetcher } = fakeIndex({ ranges: false });
    const knowledge = await loadPythonKnowledge(root, 'requirements.txt', { cacheDir, fetch: fetcher, now: () => NOW });
    const tinydemo = knowledge.status === 'known' ? knowledge.value.distributions[0] : undefined;
    expect(tinydemo?.installedBytes?.estimate).toBe('estimated');
  });

  it('takes the newest release for an unpinned name (`/pypi/<name>/json`)', async () => {
    writeFileSync(join(root, 'requirements.txt'), 'tinydemo\n');
    const { fetcher, requests } = fakeIndex();
    const knowledge = await loadPythonKnowledge(root, 'requirements.txt', { cacheDir, fetch: fetcher, now: () => NOW });
    expect(requests[0]).toBe('https://pypi.org/pypi/tinydemo/json');
    expect(knowledge.status === 'known' && knowledge.value.distributions[0]).toMatchObject({ name: 'tinydemo', version: '0.3', fileBytes: 1361 });
  });

  it('makes a package the index does not have (404) unknown, naming it', async () => {
    writeFileSync(join(root, 'requirements.txt'), 'no-such-package==1.0 --hash=sha256:00\n');
    const { fetcher } = fakeIndex();
    const knowledge = await loadPythonKnowledge(root, 'requirements.txt', { cacheDir, fetch: fetcher, now: () => NOW });
    expect(knowledge.status === 'known' && knowledge.value.distributions).toEqual([
      {
        name: 'no-such-package',
        version: '1.0',
        installedBytes: { value: 0, estimate: 'unknown', reason: 'no-such-package 1.0: not on PyPI (404)' },
        cacheBytes: { value: 0, estimate: 'unknown', reason: 'no-such-package 1.0: not on PyPI (404)' },
      },
    ]);
  });

  it('offline, with nothing cached, says the index was not fetched for each distribution, never 0', async () => {
    writeFileSync(join(root, 'uv.lock'), readFileSync(join(FIXTURES, 'uv-project/uv.lock')));
    const fetcher = (async () => {
      throw new Error('no network in this test');
    }) as typeof fetch;
    const knowledge = await loadPythonKnowledge(root, 'uv.lock', { cacheDir, offline: true, fetch: fetcher, now: () => NOW });
    const reasons = knowledge.status === 'known' ? knowledge.value.distributions.map((dist) => dist.installedBytes?.reason) : [];
    expect(reasons).toEqual([`annotated-doc 0.0.4: ${OFFLINE_REASON}`, `colorama 0.4.6: ${OFFLINE_REASON}`, `markupsafe 3.0.3: ${OFFLINE_REASON}`]);
  });

  it('takes uv.lock\'s own file sizes without asking the JSON API', async () => {
    writeFileSync(join(root, 'uv.lock'), readFileSync(join(FIXTURES, 'uv-project/uv.lock')));
    const { fetcher, requests } = fakeIndex();
    const knowledge = await loadPythonKnowledge(root, 'uv.lock', { cacheDir, fetch: fetcher, now: () => NOW });
    const markupsafe = knowledge.status === 'known' ? knowledge.value.distributions.find((dist) => dist.name === 'markupsafe') : undefined;
    expect(markupsafe?.fileBytes).toBe(22940);
    expect(requests.some((url) => url.startsWith('https://pypi.org/'))).toBe(false);
  });

  it('says why a file that is not in the context, or a damaged lock, is unknown', async () => {
    writeFileSync(join(root, 'poetry.lock'), '[[package]]\nname = "x"\n');
    const options = { cacheDir, offline: true };
    expect(await loadPythonKnowledge(root, 'requirements.txt', options)).toEqual({ status: 'unknown', reason: 'requirements.txt: not in the build context' });
    expect(cachedPythonKnowledge(root, 'poetry.lock', options)).toEqual({ status: 'unknown', reason: 'poetry.lock: a [[package]] without a version' });
  });
});

describe("pip's hash-checking mode against the index's digests", () => {
  const HTTPX_SDIST = '75e98c5f16b0f35b567856f597f06ff2270a374470a5c2392242528e3e3e42fc';
  const ALTERED = WHEEL_SHA256.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  const refusedWheel = `tinydemo 0.3: none of requirements.txt's hashes matches tinydemo-0.3-py3-none-any.whl (the index's sha256 ${WHEEL_SHA256}, not recomputed: dflint reads only the wheel's tail); pip would refuse the install`;
  let root: string;
  let cacheDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dflint-pyhash-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'dflint-pyhashcache-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const load = async (file: string, text: string): Promise<PythonKnowledge> => {
    writeFileSync(join(root, file), text);
    const knowledge = await loadPythonKnowledge(root, file, { cacheDir, fetch: fakeIndex().fetcher, now: () => NOW });
    if (knowledge.status !== 'known') throw new Error(`not known: ${knowledge.reason}`);
    return knowledge.value;
  };
  const byName = (value: PythonKnowledge, name: string) => value.distributions.find((dist) => dist.name === name);

  it('passes a wheel whose index digest a --hash matches, and picks the file a hash names as pip does', async () => {
    const value = await load('requirements.txt', `tinydemo==0.3 --hash=sha256:${WHEEL_SHA256.toUpperCase()}\nhttpx==0.28.1 --hash=sha256:${HTTPX_SDIST}\n`);
    expect(byName(value, 'tinydemo')?.installedBytes?.estimate).toBe('estimated');
    // only the sdist's hash is listed: pip's candidates are the files whose digest matches, so the sdist, not the wheel
    expect(byName(value, 'httpx')).toMatchObject({ fileBytes: 141406, installedBytes: { reason: 'httpx 0.28.1: only an sdist (httpx-0.28.1.tar.gz), which pip builds at install time' } });
    // in hash-checking mode a dependency the file does not list is one pip refuses
    expect(byName(value, 'anyio')?.installedBytes?.reason).toBe('anyio: a dependency of httpx that requirements.txt does not list with a hash; pip would refuse the install (hash-checking mode)');
  });

  it('makes a distribution none of whose hashes matches unknown, naming the file and digest, and the whole a lower bound', async () => {
    // a local wheel with its right hash is the known part of the whole
    mkdirSync(join(root, 'dist'));
    copyFileSync(join(FIXTURES, 'depdemo-1.0-py3-none-any.whl'), join(root, 'dist', 'depdemo-1.0-py3-none-any.whl'));
    const depdemo = createHash('sha256').update(readFileSync(join(FIXTURES, 'depdemo-1.0-py3-none-any.whl'))).digest('hex');
    const text = `tinydemo==0.3 --hash=sha256:${ALTERED}\nhttpx==0.28.1 --hash=sha256:${HTTPX_SDIST}\n./dist/depdemo-1.0-py3-none-any.whl --hash=sha256:${depdemo}\n`;
    const value = await load('requirements.txt', text);
    expect(byName(value, 'depdemo')?.installedBytes?.estimate).toBe('estimated');
    expect(byName(value, 'tinydemo')).toMatchObject({ fileBytes: 1361, installedBytes: { estimate: 'unknown', reason: refusedWheel }, cacheBytes: { estimate: 'unknown' } });
    const whole = sumBytes(value.distributions.map((dist) => dist.installedBytes!));
    expect(whole).toMatchObject({ estimate: 'lower-bound', reason: refusedWheel });
  });

  it('refuses a requirement without a hash under --require-hashes, and an unpinned one', async () => {
    const value = await load('requirements.txt', `--require-hashes\ntinydemo==0.3\nhttpx --hash=sha256:${HTTPX_SDIST}\n`);
    expect(byName(value, 'tinydemo')?.installedBytes?.reason).toBe('tinydemo 0.3: requirements.txt is in hash-checking mode but gives it no --hash; pip would refuse the install');
    expect(byName(value, 'httpx')?.installedBytes?.reason).toBe("httpx: not pinned with == in requirements.txt's hash-checking mode; pip would refuse the install");
    const md5 = await load('md5.txt', 'tinydemo==0.3 --hash=md5:0123\n');
    expect(md5.distributions[0].installedBytes?.reason).toBe('tinydemo 0.3: --hash=md5:… in md5.txt is not an algorithm pip accepts (sha256, sha384, sha512); pip would refuse the install');
  });

  it("compares a local wheel's own digest (sha256 or sha512) with its hashes", async () => {
    mkdirSync(join(root, 'dist'));
    copyFileSync(join(FIXTURES, 'tinydemo-0.3-py3-none-any.whl'), join(root, 'dist', 'tinydemo-0.3-py3-none-any.whl'));
    const sha512 = createHash('sha512').update(WHEEL).digest('hex');
    const matching = await load('requirements.txt', `./dist/tinydemo-0.3-py3-none-any.whl --hash=sha256:${ALTERED} --hash=sha512:${sha512}\n`);
    expect(matching.distributions[0]).toMatchObject({ name: 'tinydemo', version: '0.3', fileBytes: 1361, installedBytes: { estimate: 'estimated' } });
    const altered = await load('requirements.txt', `./dist/tinydemo-0.3-py3-none-any.whl --hash=sha256:${ALTERED}\n`);
    expect(altered.distributions).toEqual([
      expect.objectContaining({
        name: 'dist/tinydemo-0.3-py3-none-any.whl',
        installedBytes: { value: 0, estimate: 'unknown', reason: `dist/tinydemo-0.3-py3-none-any.whl: none of requirements.txt's hashes matches the file (its sha256 ${WHEEL_SHA256}); pip would refuse the install` },
      }),
    ]);
    const unhashed = await load('requirements.txt', `--require-hashes\n./dist/tinydemo-0.3-py3-none-any.whl\n`);
    expect(unhashed.distributions[0].installedBytes?.reason).toBe('dist/tinydemo-0.3-py3-none-any.whl: requirements.txt is in hash-checking mode but gives it no --hash; pip would refuse the install');
  });

  it("checks poetry.lock's hashes against the index's digests", async () => {
    const lock = readFileSync(join(FIXTURES, 'poetry2-project/poetry.lock'), 'utf8');
    const passing = await load('poetry.lock', lock);
    // the wheel's digest matches: picked, its listing then fails at the stand-in file server (404), not the hash
    expect(byName(passing, 'httpx')?.installedBytes?.reason).toBe('httpx 0.28.1: httpx-0.28.1-py3-none-any.whl: the file server answered 404');
    const altered = await load('poetry.lock', lock.replace(/sha256:d909/, 'sha256:0909').replace(/sha256:75e9/, 'sha256:05e9'));
    expect(byName(altered, 'httpx')?.installedBytes?.reason).toBe(
      "httpx 0.28.1: none of poetry.lock's hashes matches httpx-0.28.1-py3-none-any.whl (the index's sha256 d909fcccc110f8c7faf814ca82a9a4d816bc5a6dbfea25d6591d6985b8ba59ad, not recomputed: dflint reads only the wheel's tail); poetry would refuse the install",
    );
  });

  it('fetches again a release cached before digests were kept when a hash needs them', async () => {
    mkdirSync(join(cacheDir, 'pypi', 'tinydemo'), { recursive: true });
    const old = { files: [{ filename: tinydemoFile.filename, size: WHEEL.length, url: WHEEL_URL }], requiresDist: [], version: '0.3', installed: {}, fetchedAt: NOW };
    writeFileSync(join(cacheDir, 'pypi', 'tinydemo', '0.3.json'), JSON.stringify(old));
    writeFileSync(join(root, 'requirements.txt'), `tinydemo==0.3 --hash=sha256:${ALTERED}\n`);
    const { fetcher, requests } = fakeIndex();
    const knowledge = await loadPythonKnowledge(root, 'requirements.txt', { cacheDir, fetch: fetcher, now: () => NOW });
    expect(requests[0]).toBe('https://pypi.org/pypi/tinydemo/0.3/json');
    expect(knowledge.status === 'known' && knowledge.value.distributions[0].installedBytes?.reason).toBe(refusedWheel);
  });
});
