// Images for the resolver's tests, pushed to test-registry-server.ts: layers are tars built here
// from a list of members (files, links, hostile headers), gzipped unless given as raw bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';
import type { TestRegistry } from './test-registry-server';

export const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const INDEX = 'application/vnd.oci.image.index.v1+json';
export const AMD64 = { os: 'linux', architecture: 'amd64' };

/** a tar of files: path → content */
export function layerTar(files: Record<string, string | Buffer>): Buffer {
  const blocks: Buffer[] = [];
  for (const [path, content] of Object.entries(files)) {
    const body = Buffer.from(content);
    const header = new Header({ path, type: 'File', size: body.length, mode: 0o644, mtime: new Date(0) });
    header.encode();
    blocks.push(header.block!, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

export interface PushedImage {
  digest: string;
  layers: Array<{ digest: string; size: number }>;
}

/** Pushes a one-platform image: each layer gzipped (a Buffer is pushed as it is), a config with `env`. */
export function pushImage(registry: TestRegistry, repository: string, tag: string, layers: Array<Record<string, string> | Buffer>, env: string[] = []): PushedImage {
  const blobs = layers.map((layer) => registry.putBlob(repository, Buffer.isBuffer(layer) ? layer : gzipSync(layerTar(layer))));
  const config = registry.putBlob(repository, { architecture: 'amd64', os: 'linux', config: { Env: env }, rootfs: { type: 'layers', diff_ids: [] }, history: [] });
  const digest = registry.put(repository, tag, MANIFEST, {
    schemaVersion: 2,
    mediaType: MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: blobs.map((blob) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...blob })),
  });
  return { digest, layers: blobs };
}

const caches: string[] = [];

/** A fresh cache folder, removed by removeTemporaryCaches (in afterAll). */
export function temporaryCache(): string {
  const directory = mkdtempSync(join(tmpdir(), 'dflint-resolver-'));
  caches.push(directory);
  return directory;
}

export function removeTemporaryCaches(): void {
  for (const directory of caches.splice(0)) rmSync(directory, { recursive: true, force: true });
}
