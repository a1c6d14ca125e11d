import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { RegistryError, type Descriptor, type RegistryClient, type ResolvedImage } from './client';
import { keptFileContents, keptPackageLists, mergeLayers, regularFileBytes } from './image-filesystem';
import type { SortedFiles } from './sorted-files';
import type { LayerIndexCache, ResolvedImageCache } from './index-cache';
import { installedPackages, type InstalledPackage } from './installed-packages';
import { indexLayer, isPatternTextFile, LayerIndexError, TEXT_FILES, type IndexedEntry, type LayerIndex } from './layer-index';
import { formatImageReference, type ImageReference } from './reference';
import type { Platform } from './platform';

/** A resolved base image with its final filesystem and installed packages. */
export interface BaseImageIndex {
  image: ResolvedImage;
  files: SortedFiles;
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

/** How far the download of an image's uncached layers is. */
export interface LayerDownload {
  receivedBytes: number;
  totalBytes: number;
  layersDone: number;
  layerCount: number;
}

export interface IndexBaseImageOptions {
  /** told the compressed bytes of the layers the cache lacks before any is downloaded; throws to refuse them */
  beforeDownload?: (bytes: number, image: ResolvedImage) => void;
  onDownload?: (download: LayerDownload) => void;
}

/**
 * Resolves an image and indexes its layers, each streamed once and kept in the cache by digest;
 * a resolution is kept too (a tag's for a TTL), so a cached base costs no request at all.
 * Registry and layer problems are RegistryError lines.
 */
export async function indexBaseImage(client: RegistryClient, caches: BaseImageCaches, reference: ImageReference, platform: Platform, options: IndexBaseImageOptions = {}): Promise<BaseImageIndex> {
  let image = caches.images.read(reference, platform);
  if (!image) {
    image = await client.resolve(reference, platform);
    caches.images.write(image);
  }
  const layers = image.layers.map((layer) => caches.layers.read(layer.digest));
  const missing = image.layers.filter((_, i) => !layers[i]);
  const download: LayerDownload = { receivedBytes: 0, totalBytes: missing.reduce((sum, layer) => sum + layer.size, 0), layersDone: 0, layerCount: missing.length };
  if (missing.length > 0) options.beforeDownload?.(download.totalBytes, image);
  for (const [i, layer] of image.layers.entries()) {
    if (layers[i]) continue;
    const index = await downloadLayerIndex(client, reference, layer, (bytes) => {
      download.receivedBytes += bytes;
      options.onDownload?.(download);
    });
    caches.layers.write(layer.digest, index);
    layers[i] = index;
    download.layersDone++;
    options.onDownload?.(download);
  }
  return assembleBaseImageIndex(image, layers as LayerIndex[]);
}

/** The index of a resolved image from its layers' indexes (all of them, in order). */
export function assembleBaseImageIndex(image: ResolvedImage, layers: readonly LayerIndex[]): BaseImageIndex {
  const files = mergeLayers(layers);
  const kept = keptFileContents(layers, files);
  return {
    image,
    files,
    fileBytes: regularFileBytes(files),
    compressedBytes: image.layers.reduce((sum, layer) => sum + layer.size, 0),
    storedBytes: layers.reduce((sum, layer) => sum + regularFileBytes(layer.entries), 0),
    packages: installedPackages(kept, keptPackageLists(layers, files)),
    textFiles: textFilesOf(kept, files),
  };
}

/** Streams one layer blob into its index, checking its sha256 against the digest and its length against the manifest. */
async function downloadLayerIndex(client: RegistryClient, reference: ImageReference, layer: Descriptor, onBytes: (bytes: number) => void): Promise<LayerIndex> {
  const name = formatImageReference(reference);
  const { digest, size } = layer;
  const response = await client.blob(reference, digest);
  if (!response.body) throw new RegistryError(`${name}: layer ${digest} has no body`);
  const hash = createHash('sha256');
  let received = 0;
  // the budget counted the size the manifest gave: a registry sending more is stopped there
  let tooLarge: RegistryError | undefined;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > size) return done((tooLarge = new RegistryError(`${name}: layer ${digest} is larger than the ${size} bytes its manifest says`)));
      hash.update(chunk);
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  let index: LayerIndex;
  try {
    // pipeline, not pipe: a connection that breaks off must fail the index, not leave it waiting
    pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), hashing, () => {});
    index = await indexLayer(hashing);
  } catch (error) {
    if (tooLarge) throw tooLarge;
    if (!(error instanceof LayerIndexError)) throw error;
    throw new RegistryError(`${name}: layer ${digest}: ${error.message}`);
  }
  const actual = `sha256:${hash.digest('hex')}`;
  if (digest.startsWith('sha256:') && actual !== digest) throw new RegistryError(`${name}: layer ${digest} does not match its digest (got ${actual})`);
  return index;
}

/**
 * The text files the image has, by their path; one of TEXT_FILES that is a symbolic link (etc/os-release)
 * is read through it; apt's sources and configuration are kept as regular files only.
 */
function textFilesOf(kept: Readonly<Record<string, string>>, files: ReadonlyMap<string, IndexedEntry>): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const path of Object.keys(kept).sort()) if (isPatternTextFile(path)) texts[path] = kept[path];
  for (const path of TEXT_FILES) {
    const entry = files.get(path);
    const target = entry?.type === 'symlink' && entry.link ? linkTarget(path, entry.link) : path;
    if (kept[target] !== undefined) texts[path] = kept[target];
  }
  return texts;
}

/** `etc/os-release` → `../usr/lib/os-release` is `usr/lib/os-release`; an absolute target is from the root */
function linkTarget(path: string, link: string): string {
  const parts = link.startsWith('/') ? [] : path.split('/').slice(0, -1);
  for (const part of link.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return parts.join('/');
}
