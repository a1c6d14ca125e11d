// The document, range and lookups shared by server.test.ts and server-config.test.ts
import type { CodeAction, Diagnostic, LspClient, PublishDiagnostics } from './lsp-client';

// /work/shared/groundtruth/cases/seed-chmod-layers/Dockerfile: 4 MiB of RUN layers, 1 MiB of it
// stored twice by chmod, one file deleted after it was added
export const BLOATED = `FROM busybox
RUN mkdir /data
RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one
RUN chmod -R 0777 /data
RUN dd if=/dev/zero bs=1024 count=1024 of=/data/two
RUN chmod -R 0777 /data
RUN rm /data/one
CMD ls -alh /data
`;
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
