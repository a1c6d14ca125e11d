// The ground truth's base images served by a real registry: Debian's docker-registry on 127.0.0.1,
// with the harness's locally built bases pushed to it as docker.io's library/busybox:latest and
// library/debian:bookworm (when the Debian cases run), so `FROM debian:bookworm` resolves through
// `--registry-mirror docker.io=<url>`.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { cannotRunRegistry, startRegistry, type RunningRegistry } from '../registry/distribution-registry';

const run = promisify(execFile);
const BUILD_SCRIPT = path.join(__dirname, 'build-image.sh');

export { cannotRunRegistry };

export interface BaseRegistry {
  /** the value of `--registry-mirror` */
  mirror: string;
  /** a fresh XDG_CACHE_HOME for the dflint runs of this suite (the first run downloads, the others hit the cache) */
  cacheHome: string;
  stop(): Promise<void>;
}

/** Starts the registry and pushes the bases named (building them first when they are not cached). */
export async function serveBaseImages(bases: ReadonlyArray<'busybox' | 'debian'>): Promise<BaseRegistry> {
  const registry: RunningRegistry = await startRegistry();
  try {
    await run('bash', [BUILD_SCRIPT, '--push-bases', registry.host, ...bases], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    await registry.stop();
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`pushing the bases to ${registry.host} failed:\n${stderr || String(error)}`);
  }
  const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-gt-cache-'));
  return {
    mirror: `docker.io=${registry.url}`,
    cacheHome,
    stop: async () => {
      await registry.stop();
      fs.rmSync(cacheHome, { recursive: true, force: true });
    },
  };
}
