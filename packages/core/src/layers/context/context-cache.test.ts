import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { parseDocument } from '../../parse/document';
import { ContextCache, ContextCaches } from './context-cache';
import { buildContextOf } from './load-context';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function makeContext(files: Record<string, number>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-cache-'));
  made.push(root);
  for (const [rel, size] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), Buffer.alloc(size, 'x'));
  }
  return root;
}

const LIMIT_NOTE = 'stopped counting after 5 files: the figure is a lower bound';

describe('ContextCache', () => {
  test('a second document reads nothing from disk that the first one read', async () => {
    const root = makeContext({ 'a.txt': 1, 'dir/b.txt': 2, 'dir/sub/c.txt': 3 });
    fs.symlinkSync('dir', path.join(root, 'link'));
    const cache = new ContextCache(root);
    const document = await parseDocument('FROM busybox\nCOPY a.txt /\nCOPY link/ /l/\nCOPY dir/*.txt /w/\n');
    const first = await buildContextOf(document, cache);
    const reads = cache.diskReads;
    expect(reads).toBeGreaterThan(0);
    const again = await buildContextOf(await parseDocument(document.text), cache);
    expect(cache.diskReads).toBe(reads);
    expect([...again.copies.values()]).toEqual([...first.copies.values()]);
  });

  test('documents read in parallel share each read', async () => {
    const root = makeContext({ 'a.txt': 1, 'dir/b.txt': 2 });
    const text = 'FROM busybox\nCOPY . /c/\n';
    const alone = new ContextCache(root);
    await buildContextOf(await parseDocument(text), alone);
    const shared = new ContextCache(root);
    await Promise.all([1, 2, 3].map(async () => buildContextOf(await parseDocument(text), shared)));
    expect(shared.diskReads).toBe(alone.diskReads);
  });

  test('an archive is sniffed and listed once for every COPY and ADD of it', async () => {
    const root = makeContext({ 'payload/one.bin': 4 });
    await tar.create({ file: path.join(root, 'bundle.tar'), cwd: root }, ['payload']);
    const text = 'FROM busybox\nCOPY bundle.tar /tmp/\nADD bundle.tar /opt/\n';
    const once = new ContextCache(root);
    await buildContextOf(await parseDocument('FROM busybox\nADD bundle.tar /opt/\n'), once);
    const cache = new ContextCache(root);
    const context = await buildContextOf(await parseDocument(text), cache);
    expect([...context.copies.values()][1].files.map((file) => file.path)).toEqual(['/opt/payload/one.bin']);
    // the COPY found the same archive the ADD then extracted: no read beyond what the ADD alone needs
    expect(cache.diskReads).toBe(once.diskReads);
  });

  test('the file limit note goes to the documents whose copies were cut short, not to every later one', async () => {
    const files: Record<string, number> = { 'small.txt': 1 };
    for (let i = 0; i < 12; i++) files[`many/f${String(i).padStart(2, '0')}`] = 1;
    const cache = new ContextCache(makeContext(files), { maxFiles: 5 });
    const big = await buildContextOf(await parseDocument('FROM busybox\nCOPY many /m/\n'), cache);
    expect(big.notes).toContain(LIMIT_NOTE);
    const small = await buildContextOf(await parseDocument('FROM busybox\nCOPY small.txt /\n'), cache);
    expect(small.notes).not.toContain(LIMIT_NOTE);
    expect([...small.copies.values()][0].estimate).toBe('exact');
  });

  test('the ignore file is read per Dockerfile: `<Dockerfile>.dockerignore` wins for its own Dockerfile only', async () => {
    const root = makeContext({ 'a.txt': 1, 'b.txt': 2 });
    fs.writeFileSync(path.join(root, '.dockerignore'), 'a.txt\n');
    fs.writeFileSync(path.join(root, 'api.Dockerfile.dockerignore'), 'b.txt\n');
    const cache = new ContextCache(root);
    const document = await parseDocument('FROM busybox\nCOPY *.txt /x/\n');
    const copied = async (dockerfile: string) =>
      [...(await buildContextOf(document, cache, path.join(root, dockerfile))).copies.values()][0].files.map((file) => file.contextPath);
    expect(await copied('api.Dockerfile')).toContain('a.txt');
    expect(await copied('Dockerfile')).not.toContain('a.txt');
    expect(await copied('api.Dockerfile')).not.toContain('b.txt');
  });

  test('the root ignore file is read once for every Dockerfile without its own', async () => {
    const root = makeContext({ 'a.txt': 1 });
    fs.writeFileSync(path.join(root, '.dockerignore'), 'a.txt\n');
    fs.writeFileSync(path.join(root, 'api.Dockerfile.dockerignore'), 'b.txt\n');
    const cache = new ContextCache(root);
    const first = await cache.dockerIgnore(path.join(root, 'Dockerfile'));
    expect(await cache.dockerIgnore(path.join(root, 'web.Dockerfile'))).toBe(first);
    expect(await cache.dockerIgnore()).toBe(first);
    expect(first.ignores('a.txt', false)).toBe(true);
    expect(await cache.dockerIgnore(path.join(root, 'api.Dockerfile'))).not.toBe(first);
  });
});

describe('ContextCaches', () => {
  test('one cache per root, however the root is written, until cleared', () => {
    const caches = new ContextCaches();
    const root = makeContext({});
    const cache = caches.forRoot(root);
    expect(caches.forRoot(path.join(root, 'sub', '..'))).toBe(cache);
    expect(caches.forRoot(makeContext({}))).not.toBe(cache);
    caches.clear();
    expect(caches.forRoot(root)).not.toBe(cache);
  });

  test('with maxRoots, the least recently used root is dropped and read again when asked for', () => {
    const caches = new ContextCaches({ maxRoots: 2 });
    const [a, b, c] = [makeContext({}), makeContext({}), makeContext({})];
    const first = { a: caches.forRoot(a), b: caches.forRoot(b) };
    expect(caches.forRoot(a)).toBe(first.a);
    caches.forRoot(c); // b is the least recently used
    expect(caches.forRoot(a)).toBe(first.a);
    expect(caches.forRoot(b)).not.toBe(first.b);
  });
});
