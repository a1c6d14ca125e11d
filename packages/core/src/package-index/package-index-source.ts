import type { BuildContext } from '../layers/types';
import type { DockerfileModel } from '../parse/types';
import type { BaseImageStates } from '../registry/base-image-state';
import type { PackageIndexStates } from './package-knowledge';

/** Where analyses get package knowledge from (the CLI and the language server share one per run/session). */
export interface PackageIndexSource {
  /**
   * Everything the document's RUN lines need, given its base images and build context, fetching
   * what the cache lacks. Never rejects: every problem is an `unknown` with its reason.
   */
  load(document: DockerfileModel, baseImages: BaseImageStates | undefined, context: BuildContext | undefined): Promise<PackageIndexStates>;
  /** What is known without any network request. */
  cached(document: DockerfileModel, baseImages: BaseImageStates | undefined, context: BuildContext | undefined): PackageIndexStates;
}
