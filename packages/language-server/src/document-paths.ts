import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver';

// Where a document, its workspace and its build context are on disk.

/** The first workspace folder the client names (its folders, else rootUri, else rootPath). */
export function workspaceRootOf(params: InitializeParams): string | undefined {
  // clients send odd shapes: only strings are read
  const folder: unknown = Array.isArray(params.workspaceFolders) ? params.workspaceFolders[0]?.uri : undefined;
  const uri = typeof folder === 'string' ? folder : typeof params.rootUri === 'string' ? params.rootUri : undefined;
  return (uri && filePath(uri)) ?? (typeof params.rootPath === 'string' ? params.rootPath : undefined);
}

/** The file a `file:` URI names; none for an untitled document or another scheme. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The configured context (relative to the workspace folder), else the Dockerfile's folder; none for untitled. */
export function contextRoot(configured: string | undefined, dockerfilePath: string | undefined, workspaceRoot: string | undefined): string | undefined {
  const documentFolder = dockerfilePath && path.dirname(dockerfilePath);
  if (!configured) return documentFolder;
  if (path.isAbsolute(configured)) return configured;
  const base = workspaceRoot ?? documentFolder;
  return base ? path.resolve(base, configured) : undefined;
}
