// A small Debian-like base image for the model's tests, built by hand (no registry): merged-/usr
// symlinks, documentation under /usr/share/doc, /etc/passwd, /root/.bashrc, a Go toolchain with
// GOPATH in its config.
import type { ParsedDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { BaseImageStates } from '../registry/base-image-state';
import type { IndexedEntry } from '../registry/layer-index';
import { mergeLayers } from '../registry/image-filesystem';
import { hostPlatform } from '../registry/platform';
import { parseImageReference } from '../registry/reference';

export const PASSWD = 'root:x:0:0:root:/root:/bin/bash\napp:x:1000:1000::/srv/app:/bin/sh\n';

/** regular files and their sizes */
export const FILES: Readonly<Record<string, number>> = {
  'usr/bin/bash': 1000,
  'usr/bin/ls': 500,
  'usr/lib/x86_64-linux-gnu/libc.so.6': 2000,
  'usr/lib64/ld-linux-x86-64.so.2': 100,
  'usr/share/doc/bash/copyright': 300,
  'usr/share/doc/bash/changelog.gz': 700,
  'usr/share/doc/libc6/copyright': 400,
  'usr/local/go/bin/go': 5000,
  'etc/passwd': PASSWD.length,
  'etc/hosts': 50,
  'etc/apt/sources.list': 120,
  'root/.bashrc': 571,
};

export const USR_BYTES = 1000 + 500 + 2000 + 100 + 300 + 700 + 400 + 5000;
export const DOC_BYTES = 300 + 700 + 400;
/** what the base's layers store: its files plus 4,000 bytes an upper base layer hid */
export const STORED_BYTES = Object.values(FILES).reduce((sum, size) => sum + size, 0) + 4000;

const DIRS = ['etc', 'etc/apt', 'root', 'srv', 'usr', 'usr/bin', 'usr/lib', 'usr/lib/x86_64-linux-gnu', 'usr/lib64', 'usr/sbin', 'usr/share', 'usr/share/doc', 'usr/share/doc/bash', 'usr/share/doc/libc6', 'usr/local', 'usr/local/go', 'usr/local/go/bin', 'go', 'go/bin', 'tmp', 'opt'];
const LINKS: Readonly<Record<string, string>> = { bin: 'usr/bin', lib: 'usr/lib', sbin: 'usr/sbin', lib64: '/usr/lib64', 'usr/bin/sh': 'bash' };

function entry(path: string, type: IndexedEntry['type'], size = 0, link?: string): IndexedEntry {
  return { path, type, mode: type === 'dir' ? 0o755 : 0o644, uid: 0, gid: 0, size, ...(link && { link }) };
}

/** `extra`: more regular files and their sizes (their directories are added), counted in the stored bytes */
export function debianIndex(config: { env?: string[]; user?: string; workingDir?: string } = {}, extra: Readonly<Record<string, number>> = {}): BaseImageIndex {
  const files = new Map<string, IndexedEntry>();
  // the order of a real layer: links and files interleaved with their directories, not sorted
  for (const [path, size] of Object.entries({ ...FILES, ...extra }).reverse()) files.set(path, entry(path, 'file', size));
  for (const dir of DIRS) files.set(dir, entry(dir, 'dir'));
  for (const path of Object.keys(extra)) {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth++) files.set(parts.slice(0, depth).join('/'), entry(parts.slice(0, depth).join('/'), 'dir'));
  }
  const extraBytes = Object.values(extra).reduce((sum, size) => sum + size, 0);
  for (const [path, link] of Object.entries(LINKS)) files.set(path, entry(path, 'symlink', 0, link));
  const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${'1'.repeat(64)}`, size: 4321 };
  return {
    image: {
      reference: parseImageReference('debian:bookworm'),
      digest: `sha256:${'d'.repeat(64)}`,
      platform: { os: 'linux', architecture: 'amd64' },
      config: { env: config.env ?? ['PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOPATH=/go'], user: config.user, workingDir: config.workingDir, diffIds: [], history: [] },
      layers: [layer],
    },
    files: mergeLayers([{ entries: [...files.values()], whiteouts: [], opaqueDirs: [], keptFiles: {}, keptPackages: {}, refused: [] }]),
    fileBytes: STORED_BYTES - 4000 + extraBytes,
    compressedBytes: 4321,
    storedBytes: STORED_BYTES + extraBytes,
    packages: [],
    textFiles: { 'etc/passwd': PASSWD },
  };
}

/** Every stage FROM a registry image, resolved to `index` (or unresolved with `reason`). */
export function baseStates(document: ParsedDocument, outcome: BaseImageIndex | { reason: string }): BaseImageStates {
  const states = new Map();
  for (const stage of document.stages) {
    if (stage.baseStage !== undefined || stage.base.toLowerCase() === 'scratch') continue;
    const base = { stage: stage.index, written: stage.base, reference: parseImageReference(stage.base), platform: hostPlatform() };
    states.set(stage.index, 'reason' in outcome ? { status: 'unresolved', base, reason: outcome.reason } : { status: 'resolved', base, index: outcome });
  }
  return states;
}
