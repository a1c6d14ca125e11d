import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cannotRunRegistry, freePort, pushImage, startRegistry, type RunningRegistry } from '../../core/test/registry/distribution-registry';
import { announceSkip, runCli, tempDir, type RunOptions } from './run-cli';
import { hasScript, onTerminal } from './terminal';

// issue 15 items 4 and 6: the built bin resolves FROM debian:bookworm from Debian's docker-registry
// on 127.0.0.1, named as Docker Hub's mirror (library/debian:bookworm pushed with skopeo).
const cannot = cannotRunRegistry();
if (cannot) announceSkip(`dflint against a real registry: ${cannot}`);

const DOCKERFILE = 'FROM debian:bookworm\nRUN rm -rf /usr/share/doc/*\n';
const DOC_BYTES = 4096;
const BASE_FILES = { 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n', 'usr/share/doc/base/README': 'x'.repeat(DOC_BYTES), 'etc/motd': 'hello\n' };
const BASE_BYTES = Object.values(BASE_FILES).reduce((sum, text) => sum + text.length, 0);
const AMD64 = ['--platform', 'linux/amd64'];

interface Stage {
  baseImage: { reference: string; digest?: string; resolved: boolean; note?: string; bytes: { value: number | null; estimate: string; reason?: string } } | null;
  totals: { imageBytes: { value: number | null; estimate: string; reason?: string } };
  layers: { wastedBytes: { value: number | null; estimate: string } }[];
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
const closedPort = freePort;

(cannot ? describe.skip : describe)('dflint with base images from a registry (docker-registry, skopeo)', () => {
  let registry: RunningRegistry;
  let stopped = false;
  let digest: string;
  const cache = tempDir();
  const dir = tempDir();
  writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
  /** the bin with resolution on (the test setup turns it off) and this file's cache */
  const online = (args: string[], options: RunOptions = {}) =>
    runCli(args, { cwd: dir, timeout: 60_000, ...options, env: { DFLINT_OFFLINE: undefined, XDG_CACHE_HOME: cache, ...options.env } });
  const mirror = () => ['--registry-mirror', `docker.io=${registry.url}`];
  const stage = (stdout: string): Stage => (JSON.parse(stdout) as { stages: Stage[] }).stages[0];

  beforeAll(async () => {
    registry = await startRegistry();
    digest = pushImage(registry.host, 'library/debian:bookworm', BASE_FILES, { Env: ['PATH=/usr/local/bin:/usr/bin:/bin'] });
  }, 60_000);
  afterAll(async () => {
    if (registry && !stopped) await registry.stop();
  });

  test('dflint layers --registry-mirror docker.io=URL resolves FROM debian:bookworm: its size, digest, and the image size', () => {
    const run = online(['layers', ...mirror(), ...AMD64, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { baseImage, totals, layers } = stage(run.stdout);
    expect(baseImage).toMatchObject({ reference: 'docker.io/library/debian:bookworm', digest, resolved: true, bytes: { value: BASE_BYTES, estimate: 'exact' } });
    // the rm adds nothing and hides the base's doc file, which the base layer still stores
    expect(totals.imageBytes).toEqual({ value: BASE_BYTES, estimate: 'exact' });
    expect(layers[0].wastedBytes).toEqual({ value: DOC_BYTES, estimate: 'exact' });
  });

  test('--offline: the figures that need the base are unknown and say why, with no note', () => {
    const run = online(['layers', '--offline', ...mirror(), ...AMD64, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { baseImage, totals } = stage(run.stdout);
    expect(baseImage).toMatchObject({ resolved: false, note: 'offline', bytes: { value: null, estimate: 'unknown', reason: 'base image not resolved (offline)' } });
    expect(totals.imageBytes).toMatchObject({ value: null, reason: 'base image not resolved (offline)' });
  });

  test('config offline: true works, and registryMirrors in the config resolves as the flag does', () => {
    const project = tempDir();
    mkdirSync(path.join(project, 'off'));
    writeFileSync(path.join(project, 'off/Dockerfile'), DOCKERFILE);
    writeFileSync(path.join(project, 'off/.dflintrc.yaml'), 'offline: true\n');
    writeFileSync(path.join(project, 'Dockerfile'), DOCKERFILE);
    writeFileSync(path.join(project, '.dflintrc.yaml'), `registryMirrors:\n  docker.io: ${registry.url}\nplatform: linux/amd64\n`);
    const offline = online(['layers', 'off/Dockerfile', '--format', 'json'], { cwd: project });
    expect(offline.stderr).toBe('');
    expect(stage(offline.stdout).baseImage).toMatchObject({ resolved: false, note: 'offline' });
    const resolved = online(['layers', 'Dockerfile', '--format', 'json'], { cwd: project });
    expect(resolved.stderr).toBe('');
    expect(stage(resolved.stdout).baseImage).toMatchObject({ resolved: true, digest });
  });

  test('a mirror on a closed port: one note line for the image, the exit code of an offline run, every file linted', async () => {
    const project = tempDir();
    for (const name of ['a', 'b']) writeFileSync(path.join(project, `${name}.Dockerfile`), DOCKERFILE);
    writeFileSync(path.join(project, 'c.Dockerfile'), 'FROM scratch\nCOPY a.Dockerfile /\n');
    const files = ['a.Dockerfile', 'b.Dockerfile', 'c.Dockerfile', '-f', 'json'];
    const port = await closedPort();
    const broken = online([...files, '--registry-mirror', `docker.io=http://127.0.0.1:${port}`, ...AMD64], { cwd: project, env: { XDG_CACHE_HOME: tempDir() } });
    const offline = online([...files, '--offline'], { cwd: project });
    expect(broken.status).toBe(offline.status);
    expect(broken.stderr).toMatch(new RegExp(`^dflint: note: a\\.Dockerfile:1: debian:bookworm: base image not resolved \\(.*127\\.0\\.0\\.1:${port}.*\\); figures that need it are unknown\\n$`));
    const linted = JSON.parse(broken.stdout) as { file: string }[];
    expect(linted.map((result) => result.file)).toEqual(['a.Dockerfile', 'b.Dockerfile', 'c.Dockerfile']);
  });

  test('a bad flag or config value: exit 2 and one line, before any output', () => {
    const bad = online(['layers', '--registry-mirror', 'docker.io', ...AMD64]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe("dflint: --registry-mirror takes REGISTRY=URL, such as docker.io=https://mirror.example.com (got 'docker.io')\nRun 'dflint layers --help' for usage.\n");
    const project = tempDir();
    writeFileSync(path.join(project, 'Dockerfile'), DOCKERFILE);
    writeFileSync(path.join(project, '.dflintrc.json'), '{"networkBudget": "1 TB"}');
    const config = online(['Dockerfile'], { cwd: project });
    expect(config.status).toBe(2);
    expect(config.stdout).toBe('');
    expect(config.stderr).toBe('dflint: .dflintrc.json:1: networkBudget: must be a size such as 1GB, 500MiB or a number of bytes (got "1 TB")\n');
  });

  (hasScript ? test : test.skip)('on a terminal, the download shows on a progress line, erased before the report', () => {
    const screen = onTerminal(['layers', ...mirror(), ...AMD64], dir, { DFLINT_OFFLINE: undefined, XDG_CACHE_HOME: tempDir() });
    const drawn = screen.search(/\rresolving docker\.io\/library\/debian:bookworm: \d+\.\d of \d+\.\d KiB \([01]\/1 layers\)/);
    expect(drawn).toBeGreaterThanOrEqual(0);
    const erased = screen.indexOf('\r\x1b[K', drawn);
    expect(erased).toBeGreaterThan(drawn);
    expect(erased).toBeLessThan(screen.indexOf('debian:bookworm', erased));
    // once cached, nothing is downloaded and nothing is drawn
    expect(onTerminal(['layers', ...mirror(), ...AMD64], dir, { DFLINT_OFFLINE: undefined, XDG_CACHE_HOME: cache })).not.toMatch(/resolving /);
  });

  // last: it stops the registry
  test('a second run with the same cache needs no registry: the same report, no note', async () => {
    const first = online(['layers', ...mirror(), ...AMD64, '--format', 'json']);
    await registry.stop();
    stopped = true;
    const second = online(['layers', ...mirror(), ...AMD64, '--format', 'json']);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(stage(second.stdout).baseImage).toMatchObject({ resolved: true, digest });
  });
});
