import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cannotRunRegistry, pushImage, startRegistry, type RunningRegistry } from '../../core/test/registry/distribution-registry';
import { PACKAGES, PACKAGES_XZ, release } from '../../core/src/package-index/test-apt-server';
import { announceSkip, runCli, tempDir, type RunOptions } from './run-cli';

// issue 16 item 3 (lane A2), end to end: the built bin resolves FROM debian:bookworm from Debian's
// docker-registry on 127.0.0.1 (as Docker Hub's mirror), whose sources.list names an apt mirror on
// 127.0.0.1: a static file server (another process: the bin runs synchronously) serving the committed
// bookworm excerpt. No figure is asserted here (the layer model reads them); what goes over the
// network, what is cached and what is noted is.
const cannot = cannotRunRegistry();
if (cannot) announceSkip(`dflint with package indexes from an apt mirror: ${cannot}`);

const SERVER = `const http = require('node:http'), fs = require('node:fs'), path = require('node:path');
const [root, log] = process.argv.slice(1);
const server = http.createServer((request, response) => {
  fs.appendFileSync(log, request.url + '\\n');
  const file = path.join(root, path.normalize(request.url));
  if (!file.startsWith(root) || !fs.existsSync(file)) return response.writeHead(404).end('not found');
  response.writeHead(200).end(fs.readFileSync(file));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;

const DOCKERFILE = 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n';
const AMD64 = ['--platform', 'linux/amd64'];

(cannot ? describe.skip : describe)('dflint with package indexes from an apt mirror (docker-registry, a static server)', () => {
  let registry: RunningRegistry;
  let server: ChildProcess;
  let port: number;
  const log = path.join(tempDir(), 'requests.log');
  const dir = tempDir();
  writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
  const requests = () => readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const run = (args: string[], options: RunOptions & { cache: string }) =>
    runCli([...args, '--registry-mirror', `docker.io=${registry.url}`, ...AMD64], { cwd: dir, timeout: 60_000, ...options, env: { DFLINT_OFFLINE: undefined, XDG_CACHE_HOME: options.cache, ...options.env } });

  beforeAll(async () => {
    const root = tempDir();
    const suite = path.join(root, 'debian/dists/bookworm');
    mkdirSync(path.join(suite, 'main/binary-amd64'), { recursive: true });
    writeFileSync(path.join(suite, 'InRelease'), release({ 'main/binary-amd64/Packages': PACKAGES, 'main/binary-amd64/Packages.xz': PACKAGES_XZ }));
    writeFileSync(path.join(suite, 'main/binary-amd64/Packages.xz'), PACKAGES_XZ);
    writeFileSync(log, '');
    server = spawn(process.execPath, ['-e', SERVER, root, log], { stdio: ['ignore', 'pipe', 'inherit'] });
    port = await new Promise<number>((resolve) => server.stdout!.once('data', (data: Buffer) => resolve(Number(String(data).trim()))));
    registry = await startRegistry();
    const image = (sources: string) => ({ 'etc/apt/sources.list': sources, 'etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n', 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n' });
    pushImage(registry.host, 'library/debian:bookworm', image(`deb http://127.0.0.1:${port}/debian bookworm main\n`), { Env: ['PATH=/usr/bin:/bin'] });
    pushImage(registry.host, 'library/debian:elsewhere', image(`deb http://127.0.0.1:${port}/nothing bookworm main\n`), { Env: ['PATH=/usr/bin:/bin'] });
  }, 60_000);
  afterAll(async () => {
    server?.kill();
    await registry?.stop();
  });

  test('lint and dflint layers fetch the InRelease and Packages.xz once, then read the cache: no note, no request', () => {
    const cache = tempDir();
    const layers = run(['layers', '--format', 'json'], { cache });
    expect(layers.stderr).toBe('');
    expect(layers.status).toBe(0);
    expect(requests()).toEqual(['/debian/dists/bookworm/InRelease', '/debian/dists/bookworm/main/binary-amd64/Packages.xz']);
    const lint = run(['Dockerfile', '--format', 'json'], { cache });
    expect(lint.stderr).toBe('');
    expect(requests()).toHaveLength(2);
  });

  test('--offline and DFLINT_OFFLINE=1: no request, no note', () => {
    const before = requests().length;
    expect(run(['layers', '--offline'], { cache: tempDir() }).stderr).toBe('');
    expect(run(['Dockerfile'], { cache: tempDir(), env: { DFLINT_OFFLINE: '1' } }).stderr).toBe('');
    expect(requests()).toHaveLength(before);
  });

  test('an index the mirror lacks: one note naming it, at the first RUN that needs it, and the exit code of an offline run', () => {
    const project = tempDir();
    for (const name of ['a', 'b']) writeFileSync(path.join(project, `${name}.Dockerfile`), `FROM debian:elsewhere\nENV A=1\n${DOCKERFILE.split('\n')[1]}\n`);
    const files = ['a.Dockerfile', 'b.Dockerfile', '--format', 'json'];
    const broken = run(files, { cwd: project, cache: tempDir() });
    const offline = run([...files, '--offline'], { cwd: project, cache: tempDir() });
    expect(broken.status).toBe(offline.status);
    expect(broken.stderr).toBe(`dflint: note: a.Dockerfile:3: 127.0.0.1:${port}/nothing bookworm main amd64 Packages: Release: not found (404); figures that need it are unknown\n`);
  });
});
