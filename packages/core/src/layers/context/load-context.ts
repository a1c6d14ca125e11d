import type { DockerfileModel } from '../../parse/types';
import type { BuildContext } from '../types';

export interface ContextLimits {
  /** stop walking the context after this many entries (default 100000) */
  maxFiles?: number;
  /** stop listing an archive after this many members (default 20000) */
  maxArchiveMembers?: number;
}

export interface LoadContextOptions {
  /** the context directory */
  root: string;
  /** the Dockerfile's path, for `<Dockerfile>.dockerignore` */
  dockerfilePath?: string;
  limits?: ContextLimits;
}

/** Reads, once, what every COPY/ADD of the document takes from the build context. */
export async function loadBuildContext(document: DockerfileModel, options: LoadContextOptions): Promise<BuildContext> {
  void document;
  void options;
  throw new Error('loadBuildContext: not implemented yet');
}
