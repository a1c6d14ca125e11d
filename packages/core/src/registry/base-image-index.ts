import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { RegistryError, type RegistryClient, type ResolvedImage } from './client';
import { mergeLayers, mergePackageDatabases, regularFileBytes } from './image-filesystem';
import type { LayerIndexCache, ResolvedImageCache } from './index-cache';
import { installedPackages, type InstalledPackage } from './installed-packages';
import { indexLayer, LayerIndexError, type IndexedEntry, type LayerIndex } from './layer-index';
import { formatImageReference, type ImageReference } from './reference';
import type { Platform } from './platform';

/** A resolved base image with its final filesystem and installed packages. */
export interface BaseImageIndex {
  image: ResolvedImage;
  files: Map<string, IndexedEntry>;
  /** regular-file bytes of the final filesystem */
  fileBytes: number;
  /** compressed bytes of its layers, as pulled */
  compressedBytes: number;
  /** regular-file bytes all its layers store, including what upper base layers hide: the base's share of the image size */
  storedBytes: number;
  packages: InstalledPackage[];
  /** small text files the model reads, by path relative to the root (`etc/passwd`), when the image has them */
  textFiles?: Readonly<Record<string, string>>;
}

export interface BaseImageCaches {
  layers: LayerIndexCache;
  images: ResolvedImageCache;
}

/**
 * Resolves an image and indexes its layers, each streamed once and kept in the cache by digest;
 * a resolution is kept too (a tag's for a TTL), so a cached base costs no request at all.
 * Registry and layer problems are RegistryError lines.
 */
export async function indexBaseImage(client: RegistryClient, caches: BaseImageCaches, reference: ImageReference, platform: Platform): Promise<BaseImageIndex> {
  let image = caches.images.read(reference, platform);
  if (!image) {
    image = await client.resolve(reference, platform);
    caches.images.write(image);
  }
  const cache = caches.layers;
  const layers: LayerIndex[] = [];
  for (const layer of image.layers) {
    let index = cache.read(layer.digest);
    if (!index) {
      const response = await client.blob(reference, layer.digest);
      if (!response.body) throw new RegistryError(`${formatImageReference(reference)}: layer ${layer.digest} has no body`);
      const hash = createHash('sha256');
      const hashing = new Transform({ transform: (chunk: Buffer, _encoding, done) => done(null, hash.update(chunk) && chunk) });
      try {
        index = await indexLayer(Readable.fromWeb(response.body as ReadableStream<Uint8Array>).pipe(hashing));
      } catch (error) {
        if (!(error instanceof LayerIndexError)) throw error;
        throw new RegistryError(`${formatImageReference(reference)}: layer ${layer.digest}: ${error.message}`);
      }
      const digest = `sha256:${hash.digest('hex')}`;
      if (layer.digest.startsWith('sha256:') && digest !== layer.digest) {
        throw new RegistryError(`${formatImageReference(reference)}: layer ${layer.digest} does not match its digest (got ${digest})`);
      }
      cache.write(layer.digest, index);
    }
    layers.push(index);
  }
  const files = mergeLayers(layers);
  return {
    image,
    files,
    fileBytes: regularFileBytes(files),
    compressedBytes: image.layers.reduce((sum, layer) => sum + layer.size, 0),
    storedBytes: layers.reduce((sum, layer) => sum + layerFileBytes(layer), 0),
    packages: installedPackages(mergePackageDatabases(layers)),
  };
}

function layerFileBytes(layer: LayerIndex): number {
  let total = 0;
  for (const entry of layer.entries) if (entry.type === 'file') total += entry.size;
  return total;
}
