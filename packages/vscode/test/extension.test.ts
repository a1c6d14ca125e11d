import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type NodeModule } from 'vscode-languageclient/node';
import { buildExtension } from '../scripts/build';
import { activate, deactivate } from '../src/extension';
import * as vscode from './vscode-mock';

jest.mock('vscode', () => jest.requireActual('./vscode-mock'), { virtual: true });

/** what the constructor kept: vscode-languageclient has no public getter for the server options */
const serverOptionsOf = (client: LanguageClient) => (client as unknown as { _serverOptions: { run: NodeModule; debug: NodeModule } })._serverOptions;

describe('activate() with the real vscode-languageclient', () => {
  let extensionPath: string;
  let context: ExtensionContext;
  let started: LanguageClient[];
  let stopped: LanguageClient[];

  beforeAll(async () => {
    extensionPath = mkdtempSync(path.join(tmpdir(), 'dflint-vscode-'));
    await buildExtension(path.join(extensionPath, 'dist'));
  });
  afterAll(() => rmSync(extensionPath, { recursive: true, force: true }));

  beforeEach(() => {
    started = [];
    stopped = [];
    // start() would spawn the server and need the whole editor API; the bundle's own test talks to it
    jest.spyOn(LanguageClient.prototype, 'start').mockImplementation(function (this: LanguageClient) {
      started.push(this);
      return Promise.resolve();
    });
    jest.spyOn(LanguageClient.prototype, 'stop').mockImplementation(function (this: LanguageClient) {
      stopped.push(this);
      return Promise.resolve();
    });
    vscode.settings.clear();
    vscode.commandHandlers.clear();
    vscode.configurationListeners.length = 0;
    vscode.errorMessages.length = 0;
    vscode.workspaceFolders.length = 0;
    context = { subscriptions: [], extensionPath, asAbsolutePath: (relative: string) => path.join(extensionPath, relative) } as unknown as ExtensionContext;
  });
  afterEach(async () => {
    await deactivate();
    jest.restoreAllMocks();
  });

  test('starts one client on Dockerfiles, on disk and untitled, with the bundled server over IPC', async () => {
    await activate(context);
    expect(started).toHaveLength(1);
    const [client] = started;
    const options = client.clientOptions as LanguageClientOptions;
    expect(options.documentSelector).toEqual([
      { language: 'dockerfile', scheme: 'file' },
      { language: 'dockerfile', scheme: 'untitled' },
    ]);
    expect(options.synchronize).toEqual({ configurationSection: 'dflint' });
    const { run } = serverOptionsOf(client);
    expect(run).toEqual({ module: path.join(extensionPath, 'dist/server.js'), transport: TransportKind.ipc });
    expect(existsSync(run.module)).toBe(true);
    expect(existsSync(path.join(path.dirname(run.module), 'analysis-worker.js'))).toBe(true);
  });

  test('the client offers what the server relies on to follow settings and config files', async () => {
    await activate(context);
    // the server pulls the `dflint` section, and registers its own watchers for .dflintrc.*,
    // package.json and .hadolint.*: the extension declares no file watcher of its own
    const { workspace } = (started[0] as unknown as { computeClientCapabilities(): { workspace: Record<string, unknown> } }).computeClientCapabilities();
    expect(workspace).toMatchObject({ configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } });
    expect(started[0].clientOptions.synchronize?.fileEvents).toBeUndefined();
  });

  test('deactivate() stops the client', async () => {
    await activate(context);
    await deactivate();
    expect(stopped).toEqual(started);
    expect(stopped).toHaveLength(1);
  });

  test('dflint.restartServer stops the client and starts a new one', async () => {
    await activate(context);
    await vscode.commandHandlers.get('dflint.restartServer')!();
    expect(started).toHaveLength(2);
    expect(stopped).toEqual([started[0]]);
  });

  test('dflint.server.path, relative to the workspace folder, replaces the bundled server; changing it restarts', async () => {
    vscode.workspaceFolders.push({ uri: { fsPath: extensionPath } });
    await activate(context);
    vscode.settings.set('dflint.server.path', 'dist/analysis-worker.js');
    for (const listener of vscode.configurationListeners) await listener({ affectsConfiguration: (section) => section === 'dflint.server.path' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(2);
    expect(serverOptionsOf(started[1]).run.module).toBe(path.join(extensionPath, 'dist/analysis-worker.js'));
  });

  test('a server path that does not exist is an error message, not a client', async () => {
    vscode.settings.set('dflint.server.path', path.join(extensionPath, 'missing.js'));
    await activate(context);
    expect(started).toEqual([]);
    expect(vscode.errorMessages).toEqual([expect.stringContaining('missing.js')]);
  });
});
