import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applySettings, type RuleSettings } from '@dflint/config';
import type { AnalysisInput, AnalyzedFinding } from './analysis-types';
import { Analyzer } from './analyzer';
import { BackgroundLoads } from './background-loads';
import { codeActions, fixAllEdit, FIX_ALL_KIND, relevantFindings, type EditOptions } from './code-actions';
import { PublishedDiagnostics } from './diagnostics';
import { DownloadProgressBars } from './download-progress';
import { DocumentAnalyses, type AnalysisRequest, type DocumentSnapshot } from './document-analyses';
import { contextRoot, filePath, workspaceRootOf } from './document-paths';
import { hover } from './hover';
import { inlayHints } from './inlay-hints';
import { CONFIG_FILE_GLOBS, ProjectConfig } from './project-config';
import { registryInputOf } from './registry-input';
import { checkedDocumentSync, requireCapabilities, requireCodeActionContext, requirePosition, requireRange, requireUri } from './request-params';
import { SettingsSource } from './settings-source';
import { UnbuiltFixes } from './unbuilt-fixes';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

export interface ServerOptions {
  analysisTimeoutMs?: number;
  /** the server's resident memory above which an analysis is stopped (the analyzer's memoryCapMb) */
  memoryCapMb?: number;
  /** a full garbage collection, run once a large document is closed (else its memory waits for the next allocation) */
  collectGarbage?: () => void;
  /** where the server says what it did on its own (DFLINT_DEBUG=1: stderr), e.g. warming the analysis up */
  debugLog?: (message: string) => void;
}

/** closing a document this long (UTF-16 units), or the last one, releases memory at once */
const LARGE_DOCUMENT = 1_000_000;
const RELEASE_DELAY_MS = 500;

/** What the client said it can do, in the terms the server acts on. */
interface ClientFlags {
  pullConfiguration: boolean;
  registerConfiguration: boolean;
  watchFiles: boolean;
  resolveEdit: boolean;
  refreshInlayHints: boolean;
  edit: EditOptions;
}

/** Wires dflint's analysis to an LSP connection; every request is answered or errored, never dropped. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyzer = new Analyzer({ timeoutMs: options.analysisTimeoutMs ?? 15_000, memoryCapMb: options.memoryCapMb ?? 1024, debugLog: options.debugLog });
  const settings = new SettingsSource(connection);
  let client: ClientFlags | undefined;
  let workspaceRoot: string | undefined;
  const projectConfig = new ProjectConfig(() => workspaceRoot, (message) => connection.console.info(message));

  const published = new PublishedDiagnostics();
  const analyses = new DocumentAnalyses({
    documents,
    analyzer,
    debounceMs: async (uri) => (await settings.forDocument(uri)).debounceMs,
    inputFor: (snapshot) => inputFor(snapshot),
    publish: (uri, documentVersion, analysis) => {
      void connection.sendDiagnostics({ uri, version: documentVersion, diagnostics: published.of(uri, analysis) });
    },
    analysed: (snapshot, input, analysis) => {
      // before the analysis is used: a code action asked for with it fills in its fixes
      unbuiltFixes.analysed(input, analysis);
      // background work, after the diagnostics are written in this turn (~0.4 ms an edit on the bench file)
      setImmediate(() => {
        if (!documents.get(snapshot.uri)) return;
        resolution.analysed(snapshot.uri, snapshot.text, input, analysis);
        if (analysis.skipped === undefined) analyzer.warmUp(input);
      });
    },
  });
  const unbuiltFixes = new UnbuiltFixes(analyzer);

  // base images and package indexes missing from the cache download here while analyses go on without them
  const progressBars = new DownloadProgressBars(() => connection.window.createWorkDoneProgress());
  const resolution = new BackgroundLoads({
    log: (message) => connection.console.info(message),
    onProgress: (progress) => progressBars.report(progress),
    downloadsDone: () => progressBars.doneAll(),
    baseImagesChanged: () => analyzer.forgetBaseImages(),
    settled: (uris) => {
      for (const uri of uris) analyses.invalidate(uri);
      for (const uri of uris) analyses.publishNow(uri);
      refreshInlayHints();
    },
  });

  /** The project's config files, then the editor's `dflint` settings over them. */
  async function inputFor(snapshot: DocumentSnapshot): Promise<AnalysisRequest> {
    const current = await settings.forDocument(snapshot.uri);
    const dockerfilePath = filePath(snapshot.uri);
    // an untitled document gets the workspace folder's config, but no build context from it
    const project = projectConfig.forDocument(dockerfilePath ?? (workspaceRoot && path.join(workspaceRoot, 'Dockerfile')));
    const rules: RuleSettings = {};
    applySettings(rules, project.rules);
    applySettings(rules, current.rules);
    const input: AnalysisInput = {
      text: snapshot.text,
      uri: snapshot.uri,
      dockerfilePath,
      contextRoot: contextRoot(current.context ?? (dockerfilePath && project.context), dockerfilePath, workspaceRoot),
      rules,
      layers: current.inlayHints.enabled,
      registry: registryInputOf(project, current),
    };
    Object.assign(input, resolution.failures(input.registry));
    return { input, settings: current, ignored: project.ignored, configProblem: project.problem };
  }

  /** Settings or config files changed: every open document is analysed again. */
  function reanalyseAll(): void {
    projectConfig.clear();
    analyzer.forgetBuildContexts();
    resolution.retryFailures();
    analyses.invalidate();
    for (const document of documents.all()) analyses.publishNow(document.uri);
    refreshInlayHints();
  }

  function refreshInlayHints(): void {
    if (client?.refreshInlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  /** The analysis of the document a request names, for the version the request was made on. */
  async function requestAnalysis(params: unknown, token: CancellationToken) {
    const uri = requireUri(params);
    const document = documents.get(uri);
    if (!document) return undefined;
    const requested = document.version;
    const analysis = await analyses.analysisOf(document);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    if (documents.get(uri)?.version !== requested) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    return analysis && !analysis.skipped ? { document, analysis } : undefined;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    requireCapabilities(params);
    client = clientFlags(params.capabilities ?? {});
    workspaceRoot = workspaceRootOf(params);
    settings.configure(client.pullConfiguration);
    settings.push(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        inlayHintProvider: true,
      },
      serverInfo: { name: 'dflint-language-server', version },
    };
  });

  connection.onInitialized(() => {
    // not awaited: some clients never answer client/registerCapability
    if (client?.registerConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'dflint' }).catch(() => undefined);
    }
    if (client?.watchFiles) {
      const watchers = CONFIG_FILE_GLOBS.map((globPattern) => ({ globPattern }));
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((params) => {
    settings.push(params?.settings);
    reanalyseAll();
  });

  connection.onDidChangeWatchedFiles(() => reanalyseAll());

  documents.onDidOpen((event) => {
    // without file watching in the client, opening or saving is when config and build context edits are picked up
    projectConfig.clear();
    analyzer.forgetBuildContexts();
    analyses.publishNow(event.document.uri);
  });
  documents.onDidChangeContent((event) => analyses.schedule(event.document.uri));
  documents.onDidSave((event) => {
    // the build context or a config file on disk may have changed with the save
    projectConfig.clear();
    analyzer.forgetBuildContexts();
    analyses.invalidate(event.document.uri);
    analyses.publishNow(event.document.uri);
  });
  let release: NodeJS.Timeout | undefined;
  documents.onDidClose((event) => {
    analyses.forget(event.document.uri);
    published.forget(event.document.uri);
    resolution.forget(event.document.uri);
    settings.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    if (event.document.getText().length < LARGE_DOCUMENT && documents.all().length > 0) return;
    // the closed text, its analyses and the worker's heap are garbage now: give the memory back
    clearTimeout(release);
    release = setTimeout(() => {
      analyzer.releaseIdleWorker();
      options.collectGarbage?.();
    }, RELEASE_DELAY_MS);
  });

  // whether a finding's fix passes the fix guard applied alone; dropped with its analysis
  const guardVerdicts = new WeakMap<AnalyzedFinding, boolean>();

  connection.onCodeAction(async (params, token) => {
    requireRange(params);
    requireCodeActionContext(params);
    const found = await requestAnalysis(params, token);
    if (!found || !client) return [];
    await unbuiltFixes.fill(found.analysis);
    const request = { ...params, context: params.context ?? { diagnostics: [] } };
    // a quick fix applies one finding's edits outside fixText: offered only when it passes fixText's guard
    // editors ask on every cursor move: a finding (one per analysed version) is checked once
    const unchecked = relevantFindings(found.analysis, request).filter((finding) => finding.fix && !guardVerdicts.has(finding));
    const passing = await analyzer.checkFixes(found.document.getText(), unchecked.map((finding) => finding.fix!));
    unchecked.forEach((finding, i) => guardVerdicts.set(finding, passing[i]));
    const withheld = new Set(found.analysis.findings.filter((finding) => guardVerdicts.get(finding) === false));
    const actions = codeActions(found.document, found.analysis, request, client.edit, withheld);
    if (client.resolveEdit) return actions;
    return Promise.all(actions.map((action) => (action.kind === FIX_ALL_KIND ? resolveFixAll(action, token) : action)));
  });

  connection.onCodeActionResolve((action, token) => (action?.kind === FIX_ALL_KIND ? resolveFixAll(action, token) : action));

  async function resolveFixAll(action: CodeAction, token: CancellationToken): Promise<CodeAction> {
    const data = action.data as { uri?: unknown; version?: unknown } | undefined;
    const document = typeof data?.uri === 'string' ? documents.get(data.uri) : undefined;
    if (!document || document.version !== data?.version || !client) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    // a document too large (or too costly) to analyse is not fixed either
    const skipped = (await analyses.analysisOf(document))?.skipped;
    if (skipped) throw new ResponseError(LSPErrorCodes.RequestFailed, skipped);
    const { input } = await inputFor({ uri: document.uri, text: document.getText() });
    const fixed = await analyzer.fixAll(input);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    if (document.version !== data.version) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    return { ...action, edit: fixAllEdit(document, fixed, client.edit) };
  }

  connection.onHover(async (params, token) => {
    requirePosition(params, 'position');
    const found = await requestAnalysis(params, token);
    if (found) await unbuiltFixes.fill(found.analysis);
    return found ? hover(found.analysis, params.position) : null;
  });

  connection.languages.inlayHint.on(async (params, token) => {
    requireRange(params);
    const found = await requestAnalysis(params, token);
    if (!found || !(await settings.forDocument(found.document.uri)).inlayHints.enabled) return [];
    return inlayHints(found.analysis.layers, params.range);
  });

  connection.onShutdown(() => analyzer.dispose());

  documents.listen(checkedDocumentSync(connection, (method, problem) => connection.console.error(`dflint: ignored ${method}: ${problem}`)));
  connection.listen();
}

function clientFlags(capabilities: ClientCapabilities): ClientFlags {
  const workspace = capabilities.workspace;
  const codeAction = capabilities.textDocument?.codeAction;
  return {
    pullConfiguration: workspace?.configuration === true,
    registerConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    resolveEdit: codeAction?.resolveSupport?.properties?.includes('edit') === true,
    refreshInlayHints: workspace?.inlayHint?.refreshSupport === true,
    edit: { documentChanges: workspace?.workspaceEdit?.documentChanges === true },
  };
}
