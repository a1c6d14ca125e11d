import * as path from 'node:path';
import { analyzeDockerfile, ContextCaches, fileInternalError, fixText, internalErrorLine, type AnalysisRequest, type RuleSetting, type SourcedResult } from '@dflint/core';
import { rules } from '@dflint/rules';
import { fixFile, type FixRequest } from './fix-files';
import { expandInputs, InputError } from './inputs';
import { EXIT, stdoutWidth, type CliIo } from './io';
import { inputOverwrittenBy, writeOutputs, type OutputTarget } from './output-targets';
import { progressFor } from './progress';
import { readDockerfile, readStdin, ReadError } from './read-input';
import type { ConfigLoader, FailureThreshold, RegistrySettings } from '@dflint/config';
import { configsForInputs } from './config';
import { judgeResults } from './verdict';
import { prefetchShellcheck, shellcheckNotice, shellcheckRuns } from './shellcheck-run';
import { baseImagesForRun, type BaseImageSourceFactory, type PackageIndexSourceFactory } from './registry/run-base-images';


export interface LintRequest {
  inputs: string[];
  /** the --format / -o pairs */
  outputs: OutputTarget[];
  color: boolean;
  stdinFilename: string;
  ignorePatterns: string[];
  /** from --rule/--disable; they win over config files */
  settings: Record<string, RuleSetting>;
  /** --failure-threshold; without it, each file's config, else info */
  failureThreshold?: FailureThreshold;
  /** finds each Dockerfile's config file */
  configLoader: ConfigLoader;
  /** --max-warnings */
  maxWarnings?: number;
  /** --quiet: report errors only */
  quiet?: boolean;
  /** the build context for every file; default: each Dockerfile's own folder (stdin: none) */
  contextDir?: string;
  /** --fix / --fix-dry-run: fix first, then report what is left */
  fix?: FixRequest;
  /** --max-file-size, in bytes; without it, each file's config, else the default */
  maxFileSize?: number;
  /** the registry flags; they win over each file's config */
  registry?: RegistrySettings;
  /** --disable-ignore-pragma: `# hadolint ignore=` comments switch nothing off */
  disableIgnorePragma?: boolean;
  /** makes the run's base-image resolver; without it, base images are unknown */
  baseImages?: BaseImageSourceFactory;
  /** makes the run's package-index source (with base images only); without it, package installs are unknown */
  packageIndexes?: PackageIndexSourceFactory;
}

/** Lints every input, prints one report, and says which exit code the run earned. */
export async function lintCommand(request: LintRequest, io: CliIo): Promise<number> {
  let ioFailed = false;
  const { files, named, namedButIgnored } = await expandInputs(request.inputs, { cwd: io.cwd, ignorePatterns: request.ignorePatterns }).catch(
    (error: unknown) => {
      if (error instanceof InputError) {
        io.err(`dflint: ${error.message}\n`);
        ioFailed = true;
        return { files: [], named: new Set<string>(), namedButIgnored: [] };
      }
      throw error;
    },
  );
  const overwritten = await inputOverwrittenBy(request.outputs, [...request.inputs, ...files], io.cwd);
  if (overwritten) {
    io.err(`dflint: ${overwritten}: -o would overwrite this input file; write the report elsewhere\n`);
    return EXIT.error;
  }
  const warnIgnored = (file: string, by: string) => {
    // as ESLint does for a file it was asked for by name; --quiet hides it with the other warnings
    if (!request.quiet) io.err(`dflint: warning: ${file}: file ignored because of a matching ignore pattern (${by}); not linted\n`);
  };
  for (const file of namedButIgnored) warnIgnored(file, '--ignore-pattern');

  const contextFlag = request.contextDir === undefined ? undefined : path.resolve(io.cwd, request.contextDir);
  const commandLine = { rules: request.settings, context: contextFlag, failureThreshold: request.failureThreshold, maxFileSize: request.maxFileSize, registry: request.registry, disableIgnorePragma: request.disableIgnorePragma };
  const configs = configsForInputs(files, request.configLoader, commandLine, { cwd: io.cwd, stdinFilename: request.stdinFilename });
  const thresholds = new Map<string, FailureThreshold>();

  // Dockerfiles sharing a context root, and every fix pass, read it from disk once
  const contexts = new ContextCaches();
  const results: SourcedResult[] = [];
  const fixSummaries: string[] = [];
  // on a terminal, long runs show `dflint: 120/2995 files…` on stderr, erased before any other output
  const progress = progressFor(files.length, request, io);
  const loopIo = progress ? progress.around(io) : io;
  const baseImages = baseImagesForRun(request.baseImages, loopIo, progress, { quiet: request.quiet, packageIndexes: request.packageIndexes });
  // ShellCheck reads every file's RUN scripts in parallel batches, ahead of the lint that waits for them
  const checked = files.filter((file) => file !== '-' && !configs.get(file)?.ignored && shellcheckRuns(rules, configs.get(file)?.settings ?? {}));
  prefetchShellcheck(checked.map((file) => ({ path: path.resolve(io.cwd, file), name: file, maxFileSize: configs.get(file)!.maxFileSize })));
  for (const [done, file] of files.entries()) {
    progress?.reach(done);
    const name = file === '-' ? request.stdinFilename : file;
    const dockerfilePath = file === '-' ? undefined : path.resolve(io.cwd, file);
    const config = configs.get(file);
    if (!config) continue;
    if (config.ignored) {
      if (named.has(file)) warnIgnored(file, 'ignorePatterns of its config');
      continue;
    }
    thresholds.set(name, config.failureThreshold);
    let text: string | undefined;
    try {
      text = dockerfilePath
        ? await readDockerfile(dockerfilePath, file, config.maxFileSize)
        : await readStdin(io.stdin, name, config.maxFileSize);
      const contextRoot = contextRootOf(config.context, dockerfilePath, io.cwd);
      const analysis: AnalysisRequest = {
        rules,
        settings: config.settings,
        dockerfilePath,
        contextRoot,
        contexts,
        baseImages: baseImages?.forFile(name, config.registry),
        packageIndexes: baseImages?.packageIndexesFor(name, config.registry),
        hadolintPragmas: !config.disableIgnorePragma,
        awaitShellcheck: shellcheckRuns(rules, config.settings),
      };
      if (!request.fix) {
        results.push({ file: name, findings: (await analyzeDockerfile({ ...analysis, text })).findings, text });
      } else if (!dockerfilePath && request.fix.write) {
        // like `ruff --fix -`: the fixed text is the output
        progress?.stop();
        loopIo.out((await fixText(text, analysis, { unsafe: request.fix.unsafe })).text);
        return EXIT.ok;
      } else {
        const outcome = await fixFile({ name, path: dockerfilePath, text }, analysis, request.fix, loopIo);
        results.push({ file: name, findings: outcome.findings, text: outcome.text });
        // the written Dockerfile may be a file of the context a later one copies from
        if (request.fix.write && outcome.text !== text) contexts.clear();
        if (outcome.summary) fixSummaries.push(outcome.summary);
        ioFailed ||= outcome.writeFailed;
      }
    } catch (error) {
      if (error instanceof ReadError) {
        loopIo.err(`dflint: ${error.message}\n`);
        ioFailed = true;
      } else if (text === undefined || (!dockerfilePath && request.fix?.write)) {
        // nothing to report findings against (or stdin --fix, whose output is the text): a one-line message
        loopIo.err(`${internalErrorLine(name, error)}\n`);
        ioFailed = true;
      } else {
        // a throw outside the rules' own guard (parse, layer model, fixes) costs this file only
        results.push({ file: name, findings: [fileInternalError(error)], text });
      }
    }
  }
  progress?.stop();
  const notice = shellcheckNotice();
  if (notice) io.err(notice);

  const verdict = judgeResults(results, { thresholds, quiet: request.quiet, maxWarnings: request.maxWarnings });
  if (verdict.tooManyWarnings) io.err(`dflint: ${verdict.tooManyWarnings}\n`);
  const exitCode = ioFailed ? EXIT.error : verdict.failing ? EXIT.findings : EXIT.ok;
  // a human report of nothing: "no problems" would be wrong when nothing could be linted, and
  // with --quiet prints nothing, as ESLint does, rather than claim what it hid is no problem
  const nothingToShow = (results.length === 0 && ioFailed) || (Boolean(request.quiet) && results.every((result) => result.findings.length === 0));
  const outcome = { results, exitCode, fixSummaries, nothingToShow, color: request.color, width: stdoutWidth(io) };
  return (await writeOutputs(request.outputs, outcome, io)) ? exitCode : EXIT.error;
}

/** The build context COPY/ADD read from: `--context` (or the config's), else the Dockerfile's folder; stdin has none. */
function contextRootOf(contextDir: string | undefined, dockerfilePath: string | undefined, cwd: string): string | undefined {
  return contextDir ? path.resolve(cwd, contextDir) : dockerfilePath && path.dirname(dockerfilePath);
}

