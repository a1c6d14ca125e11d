import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OFFLINE_REASON } from './package-knowledge';
import { installedParts } from './python-estimate';
import { readWheelFile } from './python-local';
import { cachedPythonKnowledge, loadPythonKnowledge } from './python-source';

const FIXTURES = join(__dirname, 'fixtures', 'python');
const PYPI = JSON.parse(readFileSync(join(FIXTURES, 'pypi-json.json'), 'utf8')) as Record<string, unknown>;
const WHEEL = readFileSync(join(FIXTURES, 'tinydemo-0.3-py3-none-any.whl'));
const WHEEL_URL = 'https://files.example/tinydemo-0.3-py3-none-any.whl';
const NOW = Date.UTC(2026, 11, 6);
const tinydemoRelease = () => ({ info: {}, urls: [{ filename: 'tinydemo-0.3-py3-none-any.whl', packagetype: 'bdist_wheel', size: WHEEL.length, url: WHEEL_URL }] });

/** A stand-in for pypi.org and its file server: the fixture answers, a wheel served with range requests, 404 otherwise. */
function fakeIndex(options: { ranges?: boolean } = {}) {
  const requests: string[] = [];
  const answers: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(PYPI).map(([key, value]) => [`https://pypi.org/pypi/${key}/json`, value])),
    'https://pypi.org/pypi/tinydemo/json': tinydemoRelease(),
    'https://pypi.org/pypi/tinydemo/0.3/json': {
      info: { requires_dist: ['httpx', 'colorama; sys_platform == "win32"'] },
      urls: [{ filename: 'tinydemo-0.3-py3-none-any.whl', packagetype: 'bdist_wheel', size: WHEEL.length, url: WHEEL_URL }],
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
