// The document, range and lookups shared by server.test.ts and server-config.test.ts
import type { CodeAction, Diagnostic, LspClient, PublishDiagnostics } from './lsp-client';

// the measured seed case: 4 MiB of RUN layers, 1 MiB of it stored twice by chmod, one file
// deleted after it was added
export { SEED as BLOATED } from '../../core/src/layers/test-seed';
export const URI = 'untitled:Dockerfile-bloated';
export const WHOLE = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

export interface InlayHint {
  position: { line: number; character: number };
  label: string;
}

export const rules = (params: PublishDiagnostics) => params.diagnostics.map((d) => d.code);
export const byRule = (params: PublishDiagnostics, rule: string) => params.diagnostics.find((d) => d.code === rule);
export const actionsAt = (client: LspClient, uri: string, diagnostic: Diagnostic, only?: string[]) =>
  client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only } });
