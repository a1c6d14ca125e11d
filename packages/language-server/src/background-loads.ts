import { createPackageIndexSource, type DownloadProgress } from '@dflint/core';
import type { Analysis, AnalysisInput } from './analysis-types';
import { BackgroundPackageIndexes } from './background-package-indexes';
import { BackgroundResolution } from './background-resolution';
import { BackgroundShellcheck } from './background-shellcheck';
import { newBaseImageSource, type RegistryInput } from './registry-options';

export interface BackgroundLoadsDeps {
  /** loads settled: these open documents are analysed again */
  settled(uris: string[]): void;
  log(message: string): void;
  onProgress?(progress: DownloadProgress): void;
  downloadsDone?(): void;
  baseImagesChanged?(): void;
}

/**
 * What the main thread loads while analyses go on without it: base images first
 * (background-resolution.ts), then the package indexes their analyses found missing
 * (background-package-indexes.ts); and documents whose RUN scripts ShellCheck is still checking
 * in the worker are analysed again when it is done (background-shellcheck.ts).
 */
export class BackgroundLoads {
  private readonly resolution: BackgroundResolution;
  private readonly indexes: BackgroundPackageIndexes;
  private readonly shellcheck: BackgroundShellcheck;

  constructor(deps: BackgroundLoadsDeps) {
    this.resolution = new BackgroundResolution({ ...deps, newSource: newBaseImageSource });
    this.indexes = new BackgroundPackageIndexes({ newSource: createPackageIndexSource, newBaseImages: (registry) => newBaseImageSource({ ...registry }), settled: deps.settled, log: deps.log });
    this.shellcheck = new BackgroundShellcheck({ settled: deps.settled, log: deps.log });
  }

  /** the AnalysisInput fields saying why what the cache lacks is not being loaded any more */
  failures(registry: RegistryInput): Pick<AnalysisInput, 'baseImageFailures' | 'packageIndexFailures'> {
    return { baseImageFailures: this.resolution.failures(registry), packageIndexFailures: this.indexes.failures() };
  }

  analysed(uri: string, text: string, input: AnalysisInput, analysis: Analysis): void {
    this.resolution.analysed(uri, text, input.registry, analysis.baseImages);
    this.indexes.analysed(uri, input, analysis.packageIndexesPending);
    this.shellcheck.analysed(uri, analysis);
  }

  forget(uri: string): void {
    this.resolution.forget(uri);
    this.indexes.forget(uri);
    this.shellcheck.forget(uri);
  }

  retryFailures(): void {
    this.resolution.retryFailures();
    this.indexes.retryFailures();
  }
}
