import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  analyzeDockerfile,
  formatLayersJson,
  formatLayersTable,
  internalErrorLine,
  type LayerModel,
  type LayersReport,
  type StageLayers,
} from '@dflint/core';
import { ConfigError, DEFAULT_MAX_FILE_SIZE, type ConfigLoader, type RegistrySettings } from '@dflint/config';
import { EXIT, type CliIo } from './io';
import { readDockerfile, readStdin, ReadError } from './read-input';
import { stagesToBuild, TargetError } from './target-stages';
import { progressFor } from './progress';
import { withRegistryFlags } from './registry/registry-flags';
import { baseImagesForRun, type BaseImageSourceFactory, type PackageIndexSourceFactory, type RunBaseImages } from './registry/run-base-images';

export type LayersFormat = 'table' | 'json';

export interface LayersRequest {
  /** as the user wrote them; `-` for stdin */
  dockerfiles: string[];
  /** the build context; default: the Dockerfile's folder, or the current directory for stdin */
  context?: string;
  /** stage name or 0-based index */
  target?: string;
  format: LayersFormat;
  color: boolean;
  /** terminal columns the table should fit in */
  width: number;
  /** --max-file-size: the largest Dockerfile read, in bytes (default 10 MiB) */
  maxFileSize?: number;
  /** the registry flags, over the registry keys of each Dockerfile's config */
  registry?: RegistrySettings;
  /** finds each Dockerfile's config (for its registry keys) */
  configLoader?: ConfigLoader;
  /** makes the run's base-image resolver; without it, base images are unknown */
  baseImages?: BaseImageSourceFactory;
  /** makes the run's package-index source (with base images only); without it, package installs are unknown */
  packageIndexes?: PackageIndexSourceFactory;
}

class LayersInputError extends Error {}

/**
 * Prints what each instruction adds and wastes, a report per Dockerfile (JSON: an array of them
 * when there are several); exit 0 on success, 2 when an input is unusable (the others are reported).
 */
export async function layersCommand(request: LayersRequest, io: CliIo): Promise<number> {
  let failed = false;
  // a download shows on the terminal's stderr, erased before anything else is written
  const progress = progressFor(request.dockerfiles.length, {}, io);
  const loopIo = progress ? progress.around(io) : io;
  const baseImages = baseImagesForRun(request.baseImages, loopIo, progress, { packageIndexes: request.packageIndexes });
  // each report is printed as soon as it is made: a run of any number of files holds one layer model at a time
  const printer = layersPrinter(request, loopIo);
  for (const dockerfile of request.dockerfiles) {
    try {
      printer.add(await layersReport(dockerfile, request, io, baseImages));
    } catch (error) {
      if (error instanceof ReadError || error instanceof LayersInputError || error instanceof TargetError) loopIo.err(`dflint: ${error.message}\n`);
      else if (error instanceof ConfigError) loopIo.err(`dflint: ${error.describe(io.cwd)}\n`);
      else loopIo.err(`${internalErrorLine(dockerfile, error)}\n`);
      failed = true;
    }
  }
  progress?.stop();
  printer.end();
  return failed ? EXIT.error : EXIT.ok;
}

/**
 * Writes the reports one at a time, in the bytes of the whole run's text: tables one after another,
 * a line apart; JSON, the report alone for one Dockerfile, else an array of them.
 */
function layersPrinter(request: LayersRequest, io: CliIo): { add(report: LayersReport): void; end(): void } {
  let printed = 0;
  if (request.format === 'table') {
    const options = { color: request.color, width: request.width };
    return { add: (report) => io.out(`${printed++ === 0 ? '' : '\n'}${formatLayersTable(report, options)}`), end() {} };
  }
  if (request.dockerfiles.length === 1) return { add: (report) => io.out(formatLayersJson(report)), end() {} };
  return {
    add: (report) => io.out(`${printed++ === 0 ? '[' : ',\n'}${formatLayersJson(report).trimEnd()}`),
    end: () => io.out(printed === 0 ? '[]\n' : ']\n'),
  };
}

async function layersReport(dockerfile: string, request: LayersRequest, io: CliIo, baseImages: RunBaseImages | undefined): Promise<LayersReport> {
  const fromStdin = dockerfile === '-';
  const dockerfilePath = fromStdin ? undefined : path.resolve(io.cwd, dockerfile);
  const defaultRoot = dockerfilePath ? path.dirname(dockerfilePath) : io.cwd;
  const root = request.context === undefined ? defaultRoot : path.resolve(io.cwd, request.context);

  const maxBytes = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const text = dockerfilePath ? await readDockerfile(dockerfilePath, dockerfile, maxBytes) : await readStdin(io.stdin, '-', maxBytes);
  await requireDirectory(root, request.context ?? root);
  // no rules: only the layer model is wanted, and the context's notes even when nothing is copied
  const configFor = dockerfilePath ?? path.join(io.cwd, 'Dockerfile');
  const registry = withRegistryFlags(request.configLoader?.loadConfigFor(configFor).config.registry, request.registry);
  const source = baseImages?.forFile(dockerfile, registry);
  const packageIndexes = baseImages?.packageIndexesFor(dockerfile, registry);
  const analysis = await analyzeDockerfile({ text, dockerfilePath, contextRoot: root, rules: [], alwaysReadContext: true, baseImages: source, packageIndexes });
  const { document } = analysis;
  if (document.stages.length === 0) throw new LayersInputError(`${dockerfile}: no FROM instruction, so there is nothing to build`);
  const shown = stagesToBuild(document, request.target);
  return {
    file: dockerfile,
    stages: shown.map((index) => stageOf(analysis.layers, index)),
    contextNotes: analysis.context?.notes,
  };
}

function stageOf(model: LayerModel, index: number): StageLayers {
  const stage = model.stages.find((candidate) => candidate.index === index);
  if (!stage) throw new Error(`the layer model has no stage ${index}`);
  return stage;
}

async function requireDirectory(dir: string, name: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat) throw new LayersInputError(`--context ${name}: no such directory`);
  if (!stat.isDirectory()) throw new LayersInputError(`--context ${name}: not a directory`);
}
