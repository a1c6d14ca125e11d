import type { Finding, Rule } from '../engine/rule';
import { lintDocument, type RuleSetting } from '../engine/run';
import type { StageReports } from '../engine/stage-reports';
import { ContextCaches } from '../layers/context/context-cache';
import { buildContextOf, readsBuildContext } from '../layers/context/load-context';
import { buildLayerModel } from '../layers/model';
import type { BuildContext, LayerModel } from '../layers/types';
import { parseDocumentSync, shellParserFor, type ParsedDocument } from '../parse/document';
import { shellcheckCache } from '../shellcheck/cache';
import { shellcheckJobs } from '../shellcheck/jobs';
import type { BaseImageSource, BaseImageStates } from '../registry/base-image-state';
import type { PackageIndexSource } from '../package-index/package-index-source';
import { OFFLINE_REASON, packageIndexesUnknown, type PackageIndexStates } from '../package-index/package-knowledge';

/** How a Dockerfile is analysed: the same for every version of its text (fix passes, editor edits). */
export interface AnalysisRequest {
  rules: readonly Rule[];
  /** per rule name; a rule with no setting runs at its default severity */
  settings?: Readonly<Record<string, RuleSetting>>;
  /** the Dockerfile's path, for `<Dockerfile>.dockerignore` */
  dockerfilePath?: string;
  /** the build context COPY/ADD read from; without it their sizes are unknown */
  contextRoot?: string;
  /**
   * What was read under each context root. Pass the same one to every analysis that may take
   * the files to be unchanged, so the context is read from disk once; without it, a fresh read.
   */
  contexts?: ContextCaches;
  /**
   * Read the context even when no COPY/ADD needs it, for its own notes (no .dockerignore, not a
   * directory); by default it is read only when something is copied from it.
   */
  alwaysReadContext?: boolean;
  /**
   * Where base images come from (one per run or editor session, so downloads and caches are
   * shared); without it, base images are unknown as with --offline.
   */
  baseImages?: BaseImageSource;
  /** with `baseImages`: use only what is cached (no network; the language server resolves in the background) */
  cachedBaseImagesOnly?: boolean;
  /**
   * Where package indexes come from (apt, npm, PyPI; one per run or session); without it package
   * installs are unknown as with --offline. `cachedBaseImagesOnly` keeps it to its cache too.
   */
  packageIndexes?: PackageIndexSource;
  /** false: `# hadolint ignore=` comments switch nothing off (hadolint's --disable-ignore-pragma) */
  hadolintPragmas?: boolean;
  /**
   * Check the document's RUN scripts with ShellCheck in the background (the process's batched
   * cache, shared with what the CLI queued ahead) and wait for them before the rules run, so the
   * shellcheck rule finds them known; without it, that rule checks what it misses itself.
   */
  awaitShellcheck?: boolean;
  /** false: rules' lazy fixes are left unbuilt (buildFix builds one when wanted); by default every fix is built */
  fixes?: boolean;
}

/**
 * One version of the Dockerfile: its text, or a document already parsed from it. `incremental`:
 * a version of a document being edited, analysed reusing what the analysis of the version before
 * (`previous`, itself made with `incremental`) built that the edit cannot have changed (the
 * instructions of unchanged lines, the layers of unchanged stages); the result is the same.
 */
export type AnalysisInput = AnalysisRequest & ({ text: string } | { document: ParsedDocument }) & { incremental?: Incremental };

export interface Incremental {
  previous?: DockerfileAnalysis;
  /**
   * Check every section with the stage rules, replaying none of the version before's reports (the
   * result is the same): the language server's warm-up rounds, so the rules' code gets warm, not
   * only the replay's.
   */
  checkEveryStage?: boolean;
}

export interface DockerfileAnalysis {
  document: ParsedDocument;
  /** sorted by position, suppressions applied */
  findings: Finding[];
  /** the predicted layers, built on first read by a rule or the caller, once */
  readonly layers: LayerModel;
  /** the build context as this document reads it; undefined when it was not read */
  context?: BuildContext;
  /** each stage's registry base image as the model saw it; undefined without `baseImages` */
  baseImages?: BaseImageStates;
}

/**
 * The one analysis path: parse, read the build context (only when something is copied from it),
 * predict the layers (only when asked), run the rules. The CLI, `dflint layers`, `--fix` and the
 * language server all go through here.
 */
export async function analyzeDockerfile(input: AnalysisInput): Promise<DockerfileAnalysis> {
  const { incremental } = input;
  const document = 'document' in input ? input.document : parseDocumentSync(input.text, incremental && { previous: incremental.previous?.document });
  await shellParserFor(document);
  const context = await contextOf(document, input);
  const baseImages = await baseImagesOf(document, input);
  const packages = await packageIndexesOf(document, input, baseImages, context);
  if (input.awaitShellcheck) await shellcheckCache().prefetch(shellcheckJobs(document));
  let layers: LayerModel | undefined;
  // the closures below hold only the previous model, never `incremental`: each analysis would keep every one before it
  const keepsLayers = incremental !== undefined;
  let previousLayers = incremental?.previous && reusableLayers.get(incremental.previous)?.();
  const layersOnce = () => {
    if (layers) return layers;
    layers = buildLayerModel(document, { context, baseImages, packages, ...(keepsLayers && { incremental: { previous: previousLayers } }) });
    previousLayers = undefined;
    return layers;
  };
  let stageReports: StageReports | undefined;
  const findings = lintDocument(document, {
    rules: input.rules,
    settings: input.settings,
    layers: layersOnce,
    hadolintPragmas: input.hadolintPragmas,
    fixes: input.fixes,
    ...(incremental && {
      stageReports: {
        previous: incremental.previous && !incremental.checkEveryStage ? reusableReports.get(incremental.previous) : undefined,
        keep: (reports) => (stageReports = reports),
      },
    }),
  });
  const analysis: DockerfileAnalysis = {
    document,
    findings,
    context,
    baseImages,
    get layers() {
      return layersOnce();
    },
  };
  // not read yet (and maybe never): the next version may still reuse the model before
  if (keepsLayers) reusableLayers.set(analysis, () => layers ?? previousLayers);
  if (stageReports) reusableReports.set(analysis, stageReports);
  return analysis;
}

/** An incremental analysis's stage rules' reports, for the next version's to replay. */
const reusableReports = new WeakMap<DockerfileAnalysis, StageReports>();

/** An incremental analysis's latest layer model built with `incremental`, without building one. */
const reusableLayers = new WeakMap<DockerfileAnalysis, () => LayerModel | undefined>();

function contextOf(document: ParsedDocument, request: AnalysisRequest): Promise<BuildContext | undefined> {
  const { contextRoot } = request;
  if (contextRoot === undefined || !(request.alwaysReadContext || readsBuildContext(document))) return Promise.resolve(undefined);
  const cache = (request.contexts ?? new ContextCaches()).forRoot(contextRoot);
  return buildContextOf(document, cache, request.dockerfilePath);
}

function baseImagesOf(document: ParsedDocument, request: AnalysisRequest): Promise<BaseImageStates | undefined> | BaseImageStates | undefined {
  const source = request.baseImages;
  if (!source) return undefined;
  return request.cachedBaseImagesOnly ? source.cached(document) : source.resolve(document);
}

function packageIndexesOf(
  document: ParsedDocument,
  request: AnalysisRequest,
  baseImages: BaseImageStates | undefined,
  context: BuildContext | undefined,
): Promise<PackageIndexStates> | PackageIndexStates {
  const source = request.packageIndexes;
  if (!source) return packageIndexesUnknown(OFFLINE_REASON);
  return request.cachedBaseImagesOnly ? source.cached(document, baseImages, context) : source.load(document, baseImages, context);
}
