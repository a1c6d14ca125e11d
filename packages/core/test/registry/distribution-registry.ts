// The CNCF distribution registry (Debian's docker-registry package) on 127.0.0.1 with a free port,
// storage in a temp folder, for tests that need a real registry; and a skopeo push of an OCI layout.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const REGISTRY_BIN = '/usr/bin/docker-registry';

/** Why the real-registry tests cannot run here, or undefined. */
export function cannotRunRegistry(): string | undefined {
  if (!fs.existsSync(REGISTRY_BIN)) return `${REGISTRY_BIN} is absent (Debian package docker-registry; .ci/run installs it)`;
  if (spawnSync('skopeo', ['--version']).status !== 0) return 'skopeo is not installed';
  if (spawnSync('tar', ['--version']).status !== 0) return 'tar is not installed';
  return undefined;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningRegistry {
  host: string;
  url: string;
  stop(): Promise<void>;
}

export async function startRegistry(): Promise<RunningRegistry> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-registry-'));
  const port = await freePort();
  const config = path.join(root, 'config.yml');
  fs.writeFileSync(config, `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${root}/data\nhttp:\n  addr: 127.0.0.1:${port}\n`);
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const up = await fetch(`${url}/v2/`).then((response) => response.ok, () => false);
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`docker-registry did not start on ${url}: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes an OCI layout of a one-layer image (the given files, gzipped tar) with the given config
 * fields, and pushes it with skopeo to `<host>/<name>`. Returns the manifest's digest.
 */
export function pushImage(host: string, name: string, files: Record<string, string>, config: Record<string, unknown>): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-oci-'));
  try {
    const rootfs = path.join(work, 'rootfs');
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(rootfs, file)), { recursive: true });
      fs.writeFileSync(path.join(rootfs, file), content);
    }
    const tar = spawnSync('tar', ['-cf', '-', '--owner=0', '--group=0', '-C', rootfs, '.'], { maxBuffer: 1 << 28 });
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    const layer = spawnSync('gzip', ['-n', '-c'], { input: tar.stdout, maxBuffer: 1 << 28 }).stdout;
    const blobs = path.join(work, 'layout', 'blobs', 'sha256');
    fs.mkdirSync(blobs, { recursive: true });
    const blob = (bytes: Buffer) => {
      const digest = sha256(bytes);
      fs.writeFileSync(path.join(blobs, digest), bytes);
      return { digest: `sha256:${digest}`, size: bytes.length };
    };
    const configBlob = blob(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config, rootfs: { type: 'layers', diff_ids: [`sha256:${sha256(tar.stdout)}`] }, history: [{ created_by: 'test layer' }] })));
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...configBlob },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...blob(layer) }],
      }),
    );
    const manifestBlob = blob(manifest);
    const layout = path.join(work, 'layout');
    fs.writeFileSync(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    fs.writeFileSync(
      path.join(layout, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifestBlob, annotations: { 'org.opencontainers.image.ref.name': 'image' } }] }),
    );
    const push = spawnSync('skopeo', ['copy', '-q', '--dest-tls-verify=false', '--preserve-digests', `oci:${layout}:image`, `docker://${host}/${name}`], { encoding: 'utf8' });
    if (push.status !== 0) throw new Error(`skopeo copy failed: ${push.stderr.trim()}`);
    return manifestBlob.digest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
