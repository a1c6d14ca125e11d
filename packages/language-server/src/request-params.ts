import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';

/** what TextDocuments.listen reads from a connection (the library does not export the type) */
type TextDocumentConnection = Parameters<TextDocuments<never>['listen']>[0];

/**
 * Checks the parts of a request's params a handler reads, so a malformed request gets
 * InvalidParams instead of a TypeError deep inside a handler, and a malformed notification is
 * ignored (and logged) instead of throwing where nobody answers.
 */
export function requireUri(params: unknown): string {
  const uri = field(field(params, 'textDocument'), 'uri');
  if (typeof uri !== 'string') throw invalid('textDocument.uri must be a string');
  return uri;
}

export function requirePosition(params: unknown, name: string): void {
  if (!isPosition(field(params, name))) {
    throw invalid(`${name} must be a position {line, character}`);
  }
}

export function requireRange(params: unknown, name = 'range'): void {
  const range = field(params, name);
  requirePosition(range, 'start');
  requirePosition(range, 'end');
}

/** the client's capabilities; a client that sends none is taken to have none */
export function requireCapabilities(params: unknown): void {
  const capabilities = field(params, 'capabilities');
  if (capabilities !== undefined && !isObject(capabilities)) throw invalid('capabilities must be an object');
}

/** `context` of a code action request: optional, else diagnostics (each with a range) and optional kinds */
export function requireCodeActionContext(params: unknown): void {
  const context = field(params, 'context');
  if (context === undefined || context === null) return;
  const diagnostics = field(context, 'diagnostics');
  if (!Array.isArray(diagnostics)) throw invalid('context.diagnostics must be an array');
  diagnostics.forEach((diagnostic) => requireRange(diagnostic));
  const only = field(context, 'only');
  if (only !== undefined && !(Array.isArray(only) && only.every((kind) => typeof kind === 'string'))) throw invalid('context.only must be an array of kinds');
}

/**
 * The connection as TextDocuments listens to it, with each document notification's params checked
 * first: TextDocuments would throw on `uri: null` or `text: 5`, or store a document it cannot read.
 */
export function checkedDocumentSync(connection: Connection, ignored: (method: string, problem: string) => void): TextDocumentConnection {
  const checked =
    <P>(method: string, problem: (params: unknown) => string | undefined, on: (handler: (params: P) => void) => unknown) =>
    (handler: (params: P) => void) =>
      on((params: P) => {
        const found = problem(params);
        if (found) ignored(method, found);
        else handler(params);
      }) as ReturnType<TextDocumentConnection['onDidOpenTextDocument']>;
  return {
    onDidOpenTextDocument: checked('textDocument/didOpen', openProblem, (h) => connection.onDidOpenTextDocument(h)),
    onDidChangeTextDocument: checked('textDocument/didChange', changeProblem, (h) => connection.onDidChangeTextDocument(h)),
    onDidCloseTextDocument: checked('textDocument/didClose', uriProblem, (h) => connection.onDidCloseTextDocument(h)),
    onWillSaveTextDocument: checked('textDocument/willSave', uriProblem, (h) => connection.onWillSaveTextDocument(h)),
    onDidSaveTextDocument: checked('textDocument/didSave', uriProblem, (h) => connection.onDidSaveTextDocument(h)),
    onWillSaveTextDocumentWaitUntil: (handler) =>
      connection.onWillSaveTextDocumentWaitUntil((params, token) => {
        requireUri(params);
        return handler(params, token);
      }),
  };
}

function uriProblem(params: unknown): string | undefined {
  return typeof field(field(params, 'textDocument'), 'uri') === 'string' ? undefined : 'textDocument.uri must be a string';
}

function openProblem(params: unknown): string | undefined {
  const document = field(params, 'textDocument');
  if (typeof field(document, 'text') !== 'string') return 'textDocument.text must be a string';
  if (!Number.isInteger(field(document, 'version'))) return 'textDocument.version must be an integer';
  return uriProblem(params);
}

function changeProblem(params: unknown): string | undefined {
  if (!Number.isInteger(field(field(params, 'textDocument'), 'version'))) return 'textDocument.version must be an integer';
  const changes = field(params, 'contentChanges');
  if (!Array.isArray(changes)) return 'contentChanges must be an array';
  for (const change of changes) {
    if (typeof field(change, 'text') !== 'string') return 'each content change needs a text string';
    const range = field(change, 'range');
    if (range !== undefined && !(isPosition(field(range, 'start')) && isPosition(field(range, 'end')))) return 'a content change range must be {start, end} positions';
  }
  return uriProblem(params);
}

function isPosition(value: unknown): boolean {
  return Number.isInteger(field(value, 'line')) && Number.isInteger(field(value, 'character'));
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
