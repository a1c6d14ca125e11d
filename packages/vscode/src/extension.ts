import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const DOCUMENT_SELECTOR = [
  { language: 'dockerfile', scheme: 'file' },
  { language: 'dockerfile', scheme: 'untitled' },
];

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    commands.registerCommand('dflint.restartServer', () => restart(context)),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dflint.server.path')) void restart(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  await stopping?.stop();
}

async function restart(context: ExtensionContext): Promise<void> {
  await deactivate();
  await start(context);
}

async function start(context: ExtensionContext): Promise<void> {
  const serverModule = serverModulePath(context);
  if (!existsSync(serverModule)) {
    void window.showErrorMessage(`dflint: no language server at ${serverModule} (check dflint.server.path, or build the extension)`);
    return;
  }
  const run = { module: serverModule, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = { run, debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6009'] } } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server watches the config files itself (.dflintrc.*, package.json, .hadolint.*): it
    // registers them through client/registerCapability, which this client supports.
    synchronize: { configurationSection: 'dflint' },
  };
  // the id 'dflint' is what makes the client read the `dflint.trace.server` setting
  client = new LanguageClient('dflint', 'dflint', serverOptions, clientOptions);
  await client.start();
}

/** `dflint.server.path` (absolute, or relative to the first workspace folder), else the bundled server. */
function serverModulePath(context: ExtensionContext): string {
  const configured = workspace.getConfiguration('dflint').get<string>('server.path')?.trim();
  if (!configured) return context.asAbsolutePath(path.join('dist', 'server.js'));
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  return path.resolve(folder ?? context.extensionPath, configured);
}
