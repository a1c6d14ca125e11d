/**
 * A stand-in for the `vscode` module, which exists only inside VS Code: what activate() and
 * vscode-languageclient's constructor use, with the registrations recorded. The client subclasses
 * about a dozen API classes when it loads (CompletionItem, InlayHint, …): any name not defined here
 * is an empty class.
 */
const disposable = { dispose: () => undefined };

export const settings = new Map<string, unknown>();
export const commandHandlers = new Map<string, () => unknown>();
export const configurationListeners: Array<(event: { affectsConfiguration(section: string): boolean }) => unknown> = [];
export const errorMessages: string[] = [];
export const workspaceFolders: Array<{ uri: { fsPath: string } }> = [];

const outputChannel = new Proxy({}, { get: () => () => undefined });

/** An API namespace: the given members, and every other `onDid…`/`onWill…` event subscribes to nothing. */
function namespace<T extends object>(members: T): T {
  return new Proxy(members, {
    get: (target, name) => (name in target ? target[name as keyof T] : typeof name === 'string' && /^on[A-Z]/.test(name) ? () => disposable : undefined),
  });
}

export const version = '1.91.0';

export const commands = {
  registerCommand: (id: string, handler: () => unknown) => {
    commandHandlers.set(id, handler);
    return disposable;
  },
};

export const workspace = namespace({
  getConfiguration: (section: string) => ({ get: (key: string, fallback?: unknown) => settings.get(`${section}.${key}`) ?? fallback }),
  onDidChangeConfiguration: (listener: (typeof configurationListeners)[number]) => {
    configurationListeners.push(listener);
    return disposable;
  },
  get workspaceFolders() {
    return workspaceFolders.length ? workspaceFolders : undefined;
  },
});

export const window = namespace({
  showErrorMessage: (message: string) => {
    errorMessages.push(message);
    return Promise.resolve(undefined);
  },
  createOutputChannel: () => outputChannel,
});

export class EventEmitter {
  event = () => disposable;
  fire = () => undefined;
  dispose = () => undefined;
}

module.exports = new Proxy(module.exports as Record<string | symbol, unknown>, { get: (target, name) => (name in target ? target[name] : class {}) });
