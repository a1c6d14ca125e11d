import {
  BaseImageResolver,
  createPackageIndexSource,
  formatImageReference,
  formatPlatform,
  type BaseImageSource,
  type BaseImageState,
  type BaseImageStates,
  type DownloadProgress,
  type PackageIndexOptions,
  type PackageIndexProgress,
  type PackageIndexSource,
  type RegistryOptions,
} from '@dflint/core';
import type { RegistrySettings } from '@dflint/config';
import type { CliIo } from '../io';
import { downloadLine, indexDownloadLine, type ProgressLine } from '../progress';

type Document = Parameters<BaseImageSource['resolve']>[0];

/** Makes the resolver for a run (the registry's BaseImageResolver; tests pass a fake). */
export type BaseImageSourceFactory = (options: RegistryOptions) => BaseImageSource;

/** Makes the package-index source for a run (createPackageIndexSource; tests pass one with a fake fetch). */
export type PackageIndexSourceFactory = (options: PackageIndexOptions) => PackageIndexSource;

export interface RunBaseImagesOptions {
  create: BaseImageSourceFactory;
  /** without it, package installs are unknown as with --offline */
  createPackageIndexes?: PackageIndexSourceFactory;
  /** for credentials, proxies and the cache folder */
  env: NodeJS.ProcessEnv;
  /** one line about a base image that could not be resolved */
  note(line: string): void;
  onProgress?(progress: DownloadProgress | undefined): void;
  onIndexProgress?(progress: PackageIndexProgress | undefined): void;
}

/**
 * The base images of one CLI run. One resolver per distinct registry settings (nearly always
 * one), shared by every Dockerfile and fix pass, so an image is resolved once per run; and one
 * note per image the run could not resolve (none for `offline`: the user asked for that).
 */
export class RunBaseImages {
  private readonly sources = new Map<string, BaseImageSource>();
  private readonly indexSources = new Map<boolean, PackageIndexSource>();
  private readonly noted = new Set<string>();

  constructor(private readonly options: RunBaseImagesOptions) {}

  /** What the analyses of `file` (as the user named it) resolve base images through. */
  forFile(file: string, settings: RegistrySettings = {}): BaseImageSource {
    const source = this.sourceFor(settings);
    return {
      resolve: async (document) => {
        const states = await source.resolve(document);
        this.options.onProgress?.(undefined);
        this.noteUnresolved(file, document, states);
        return states;
      },
      cached: (document) => source.cached(document),
    };
  }

  /**
   * What the analyses of `file` load package indexes through, after its base images: one source
   * per run (per offline setting), so each index is fetched once; one note per index the run could
   * not load (none offline). Undefined without a factory.
   */
  packageIndexesFor(file: string, settings: RegistrySettings = {}): PackageIndexSource | undefined {
    const { createPackageIndexes, env, onIndexProgress } = this.options;
    if (!createPackageIndexes) return undefined;
    const offline = settings.offline === true;
    let source = this.indexSources.get(offline);
    if (!source) {
      source = createPackageIndexes({ offline, env, onProgress: onIndexProgress && ((progress) => onIndexProgress(progress)) });
      this.indexSources.set(offline, source);
    }
    const shared = source;
    return {
      load: async (document, baseImages, context) => {
        const states = await shared.load(document, baseImages, context);
        onIndexProgress?.(undefined);
        const problems = 'problems' in states ? (states.problems as ReadonlyArray<{ key: string; line: number; reason: string }>) : [];
        for (const problem of problems) {
          if (this.noted.has(problem.key)) continue;
          this.noted.add(problem.key);
          this.options.note(`dflint: note: ${file}:${problem.line + 1}: ${problem.reason}; figures that need it are unknown\n`);
        }
        return states;
      },
      cached: (document, baseImages, context) => shared.cached(document, baseImages, context),
    };
  }

  private sourceFor(settings: RegistrySettings): BaseImageSource {
    const key = JSON.stringify(settings);
    let source = this.sources.get(key);
    if (!source) {
      const { env, onProgress } = this.options;
      source = this.options.create({ ...settings, env, onProgress: onProgress && ((progress) => onProgress(progress)) });
      this.sources.set(key, source);
    }
    return source;
  }

  private noteUnresolved(file: string, document: Document, states: BaseImageStates): void {
    for (const state of states.values()) {
      if (state.status !== 'unresolved' || state.reason === 'offline') continue;
      // `FROM $BASE` with the value left to --build-arg is normal: its figures say why, every run needs no note
      if (!state.base.reference && state.base.written.includes('$')) continue;
      const image = imageName(state);
      const key = `${image} ${formatPlatform(state.base.platform)}`;
      if (this.noted.has(key)) continue;
      this.noted.add(key);
      const line = (document.stages[state.base.stage]?.from.range.start.line ?? 0) + 1;
      this.options.note(`dflint: note: ${file}:${line}: ${image}: base image not resolved (${state.reason}); figures that need it are unknown\n`);
    }
  }
}

/**
 * The run's base images for a command: notes to stderr (none with --quiet, as other warnings),
 * downloads on the progress line; undefined without a resolver.
 */
export function baseImagesForRun(
  create: BaseImageSourceFactory | undefined,
  io: CliIo,
  progress: ProgressLine | undefined,
  options: { quiet?: boolean; packageIndexes?: PackageIndexSourceFactory } = {},
): RunBaseImages | undefined {
  if (!create) return undefined;
  return new RunBaseImages({
    create,
    createPackageIndexes: options.packageIndexes,
    env: io.env,
    note: (line) => {
      if (!options.quiet) io.err(line);
    },
    onProgress: progress && ((download) => progress.report(download && downloadLine(download))),
    onIndexProgress: progress && ((download) => progress.report(download && indexDownloadLine(download))),
  });
}

/** As written (`debian:bookworm`), or in full when written with variables (`$BASE`). */
function imageName(state: BaseImageState): string {
  const { written, reference } = state.base;
  return written.includes('$') && reference ? formatImageReference(reference) : written;
}

/** The resolver a real run uses: the registries, with the cache. */
export const defaultBaseImageSource: BaseImageSourceFactory = (options) => new BaseImageResolver(options);

/** The package-index source a real run uses: Debian's mirrors (and the others the images name), with the cache. */
export const defaultPackageIndexSource: PackageIndexSourceFactory = (options) => createPackageIndexSource(options);
