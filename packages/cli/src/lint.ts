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
  type LintForFix,
  type ParsedDocument,
  type RuleSetting,
  type Severity,
} from '@dflint/core';
import { rules } from '@dflint/rules';
import { fixAndRelint, fixFile, type FixRequest } from './fix-files';
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
  /** --fix / --fix-dry-run: fix first, then report what is left */
  fix?: FixRequest;
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
  const fixSummaries: string[] = [];
  for (const file of files) {
    const name = file === '-' ? request.stdinFilename : file;
    const dockerfilePath = file === '-' ? undefined : path.resolve(io.cwd, file);
    try {
      const text = dockerfilePath ? await readDockerfile(dockerfilePath, file) : await readStdin(io.stdin, name);
      const lint = linter(request, dockerfilePath, io.cwd);
      if (!request.fix) {
        results.push({ file: name, findings: await lint(parseDocumentSync(text)) });
      } else if (!dockerfilePath && request.fix.write) {
        // like `ruff --fix -`: the fixed text is the output
        io.out((await fixAndRelint(text, lint, request.fix.unsafe)).fixed.text);
        return EXIT.ok;
      } else {
        const outcome = await fixFile({ name, path: dockerfilePath, text }, lint, request.fix, io);
        results.push({ file: name, findings: outcome.findings });
        if (outcome.summary) fixSummaries.push(outcome.summary);
        ioFailed ||= outcome.writeFailed;
      }
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      io.err(`dflint: ${error.message}\n`);
      ioFailed = true;
    }
  }

  if (request.format === 'json') io.out(formatJson(results));
  else {
    if (fixSummaries.length > 0) io.out(fixSummaries.join('\n') + '\n');
    if (results.length > 0 || !ioFailed) io.out(formatStylish(results, { color: request.color }));
  }

  if (ioFailed) return EXIT.error;
  const threshold = request.failureThreshold;
  const failing = threshold !== 'none' && results.some((r) => r.findings.some((f) => atLeast(f.severity, threshold)));
  return failing ? EXIT.findings : EXIT.ok;
}

/**
 * Lints with the run's rules and settings. Called again for every document a fix produces: the
 * build context is keyed by instruction objects, so each document gets its own.
 */
function linter(request: LintRequest, dockerfilePath: string | undefined, cwd: string): LintForFix {
  return async (document) => {
    const context = await contextFor(document, dockerfilePath, request.contextDir, cwd);
    return lintDocument(document, { rules, settings: request.settings, context });
  };
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
