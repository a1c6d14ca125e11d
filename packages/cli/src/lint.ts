import * as path from 'node:path';
import {
  atLeast,
  formatJson,
  formatStylish,
  initShellParser,
  lintDocument,
  loadBuildContext,
  readsBuildContext,
  parseDocumentSync,
  type FileResult,
  type ParsedDocument,
  type RuleSetting,
  type Severity,
} from '@dflint/core';
import { rules } from '@dflint/rules';
import { expandInputs, InputError } from './inputs';
import { EXIT, type CliIo } from './io';
import { readDockerfile, readStdin, ReadError } from './read-input';

export type OutputFormat = 'stylish' | 'json';
export type FailureThreshold = Severity | 'none';

export interface LintRequest {
  inputs: string[];
  format: OutputFormat;
  color: boolean;
  stdinFilename: string;
  ignorePatterns: string[];
  settings: Record<string, RuleSetting>;
  failureThreshold: FailureThreshold;
  /** the build context for every file; default: each Dockerfile's own folder (stdin: none) */
  contextDir?: string;
}

/** Lints every input, prints one report, and says which exit code the run earned. */
export async function lintCommand(request: LintRequest, io: CliIo): Promise<number> {
  let ioFailed = false;
  const files = await expandInputs(request.inputs, { cwd: io.cwd, ignorePatterns: request.ignorePatterns }).catch(
    (error: unknown) => {
      if (error instanceof InputError) {
        io.err(`dflint: ${error.message}\n`);
        ioFailed = true;
        return [];
      }
      throw error;
    },
  );

  await initShellParser();
  const results: FileResult[] = [];
  for (const file of files) {
    const name = file === '-' ? request.stdinFilename : file;
    try {
      const text = file === '-' ? await readStdin(io.stdin, name) : await readDockerfile(path.resolve(io.cwd, file), file);
      const document = parseDocumentSync(text);
      const context = await contextFor(document, file === '-' ? undefined : path.resolve(io.cwd, file), request.contextDir, io.cwd);
      const findings = lintDocument(document, { rules, settings: request.settings, context });
      results.push({ file: name, findings });
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      io.err(`dflint: ${error.message}\n`);
      ioFailed = true;
    }
  }

  if (request.format === 'json') io.out(formatJson(results));
  else if (results.length > 0 || !ioFailed) io.out(formatStylish(results, { color: request.color }));

  if (ioFailed) return EXIT.error;
  const threshold = request.failureThreshold;
  const failing = threshold !== 'none' && results.some((r) => r.findings.some((f) => atLeast(f.severity, threshold)));
  return failing ? EXIT.findings : EXIT.ok;
}

/**
 * Reads the build context a Dockerfile's COPY/ADD take from, so byte figures are real: `--context`
 * when given, else the Dockerfile's folder. Only when something is copied from it.
 */
async function contextFor(document: ParsedDocument, dockerfilePath: string | undefined, contextDir: string | undefined, cwd: string) {
  const root = contextDir ? path.resolve(cwd, contextDir) : dockerfilePath && path.dirname(dockerfilePath);
  if (!root || !readsBuildContext(document)) return undefined;
  return loadBuildContext(document, { root, dockerfilePath });
}
