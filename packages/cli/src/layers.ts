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
import { DEFAULT_MAX_FILE_SIZE } from '@dflint/config';
import { EXIT, type CliIo } from './io';
import { readDockerfile, readStdin, ReadError } from './read-input';
import { stagesToBuild, TargetError } from './target-stages';

export type LayersFormat = 'table' | 'json';

export interface LayersRequest {
  /** as the user wrote it; `-` for stdin */
  dockerfile: string;
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
}

class LayersInputError extends Error {}

/** Prints what each instruction adds and wastes; exit 0 on success, 2 when the input is unusable. */
export async function layersCommand(request: LayersRequest, io: CliIo): Promise<number> {
  try {
    const report = await layersReport(request, io);
    io.out(request.format === 'json' ? formatLayersJson(report) : formatLayersTable(report, { color: request.color, width: request.width }));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ReadError || error instanceof LayersInputError || error instanceof TargetError) io.err(`dflint: ${error.message}\n`);
    else io.err(`${internalErrorLine(request.dockerfile, error)}\n`);
    return EXIT.error;
  }
}

async function layersReport(request: LayersRequest, io: CliIo): Promise<LayersReport> {
  const fromStdin = request.dockerfile === '-';
  const dockerfilePath = fromStdin ? undefined : path.resolve(io.cwd, request.dockerfile);
  const defaultRoot = dockerfilePath ? path.dirname(dockerfilePath) : io.cwd;
  const root = request.context === undefined ? defaultRoot : path.resolve(io.cwd, request.context);

  const maxBytes = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const text = dockerfilePath ? await readDockerfile(dockerfilePath, request.dockerfile, maxBytes) : await readStdin(io.stdin, '-', maxBytes);
  await requireDirectory(root, request.context ?? root);
  // no rules: only the layer model is wanted, and the context's notes even when nothing is copied
  const analysis = await analyzeDockerfile({ text, dockerfilePath, contextRoot: root, rules: [], alwaysReadContext: true });
  const { document } = analysis;
  if (document.stages.length === 0) throw new LayersInputError(`${request.dockerfile}: no FROM instruction, so there is nothing to build`);
  const shown = stagesToBuild(document, request.target);
  return {
    file: request.dockerfile,
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
