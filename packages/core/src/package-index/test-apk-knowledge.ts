// An Alpine 3.16 base image with apk's state files and the committed v3.16 main excerpt as apk's
// knowledge, for the model's tests (no network).
import { exact } from '../layers/bytes';
import type { BaseImageIndex } from '../registry/base-image-index';
import { mergeLayers } from '../registry/image-filesystem';
import type { IndexedEntry } from '../registry/layer-index';
import { parseImageReference } from '../registry/reference';
import type { ApkKnowledge, PackageIndexStates } from './package-knowledge';
import { alpine316, BASE_NAMES } from './test-apk-fixture';

/** alpine:3.16's /etc/apk/world */
export const ALPINE_WORLD = 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n';

/** apk's state files of the base (sizes made up, of the order of alpine:3.16's) */
export const ALPINE_STATE_FILES: Readonly<Record<string, number>> = {
  'lib/apk/db/installed': 16_000,
  'lib/apk/db/scripts.tar': 10_240,
  'etc/apk/world': ALPINE_WORLD.length,
  'etc/apk/repositories': 52,
};

/** the size of the index apk keeps in /var/cache/apk in these tests (made up: the excerpt is not the whole index) */
export const CACHE_BYTES = 680_000;

const DIRS = ['bin', 'etc', 'etc/apk', 'lib', 'lib/apk', 'lib/apk/db', 'root', 'tmp', 'usr', 'usr/bin', 'var', 'var/cache', 'var/cache/apk'];
/** regular files besides the state files (made up) */
const FILES: Readonly<Record<string, number>> = { 'bin/busybox': 830_000, 'lib/ld-musl-x86_64.so.1': 600_000, 'etc/passwd': 1_200, ...ALPINE_STATE_FILES };
const entry = (path: string, type: IndexedEntry['type'], size = 0): IndexedEntry => ({ path, type, mode: type === 'dir' ? 0o755 : 0o644, uid: 0, gid: 0, size });

/** An alpine:3.16-like base (no merged /usr): its 14 apk packages (sizes from the excerpt), world, repositories and state files. */
export function alpineWithApk(): BaseImageIndex {
  const bytes = Object.values(FILES).reduce((sum, size) => sum + size, 0);
  const entries = [...DIRS.map((dir) => entry(dir, 'dir')), ...Object.entries(FILES).map(([path, size]) => entry(path, 'file', size))];
  return {
    image: {
      reference: parseImageReference('alpine:3.16'),
      digest: `sha256:${'a'.repeat(64)}`,
      platform: { os: 'linux', architecture: 'amd64' },
      config: { env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], diffIds: [], history: [] },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${'2'.repeat(64)}`, size: 2_800_000 }],
    },
    files: mergeLayers([{ entries, whiteouts: [], opaqueDirs: [], keptFiles: {}, keptPackages: {}, refused: [] }]),
    fileBytes: bytes,
    compressedBytes: 2_800_000,
    storedBytes: bytes,
    packages: BASE_NAMES.map((name) => {
      const pkg = alpine316.packages.find((record) => record.name === name)!;
      return { name, version: pkg.version, manager: 'apk' as const, ...(pkg.installedSize !== undefined && { installedSize: pkg.installedSize }) };
    }),
    textFiles: { 'etc/apk/world': ALPINE_WORLD, 'etc/apk/repositories': 'https://dl-cdn.alpinelinux.org/alpine/v3.16/main\n' },
  };
}

export function apkFixtureKnowledge(changes: Partial<ApkKnowledge> = {}): ApkKnowledge {
  return { indexes: [alpine316], architecture: 'x86_64', cacheFiles: [{ name: 'APKINDEX.77a5a5a6.tar.gz', bytes: exact(CACHE_BYTES) }], ...changes };
}

export function apkFixtureStates(knowledge: ApkKnowledge = apkFixtureKnowledge()): PackageIndexStates {
  const none = { status: 'unknown' as const, reason: 'not part of this test' };
  return { apt: () => none, npm: () => none, python: () => none, apk: () => ({ status: 'known', value: knowledge }), rpm: () => none };
}
