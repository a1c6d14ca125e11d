import * as path from 'node:path';
import { FIX_FORMATS, shellcheckCache, fileInternalError, fixText, internalErrorLine, type RuleSetting, type SourcedResult } from '@dflint/core';
import { rules } from '@dflint/rules';
import { fixFile, type FixRequest } from './fix-files';
import { expandInputs, InputError } from './inputs';
import { EXIT, stdoutWidth, type CliIo } from './io';
import { inputOverwrittenBy, writeOutputs, type OutputTarget } from './output-targets';
import { progressFor } from './progress';
import { readStdin } from './read-input';
import { batchedOutput } from './batched-out';
import { analysisOf, lintReadFile, readFileJob, type ReadOutcome, type FileJob, type FileOutcome } from './lint-file';
import { lintThreadsFor } from './lint-workers';
import { runContextCaches } from './lint-jobs-server';
import type { ConfigLoader, FailureThreshold, RegistrySettings } from '@dflint/config';
import { configsForInputs, type AppliedConfig } from './config';
import { VerdictTally } from './verdict';
import { reportStreamFor } from './report-stream';
import { awaitsShellcheck, prefetchShellcheck, shellcheckNotice, shellcheckRuns } from './shellcheck-run';
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
  /** --jobs: how many threads lint a plain run of many files (this one and N-1 workers; 1: this one alone); default: defaultJobs() */
  jobs?: number;
  /** makes the run's package-index source (with base images only); without it, package installs are unknown */
  packageIndexes?: PackageIndexSourceFactory;
}

/** Lints every input, prints one report, and says which exit code the run earned. */
export async function lintCommand(request: LintRequest, io: CliIo): Promise<number> {
  const batched = batchedOutput(io);
  try {
    return await lintRun(request, batched);
  } finally {
    batched.flush();
  }
}

async function lintRun(request: LintRequest, io: CliIo): Promise<number> {
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
  const contexts = runContextCaches();
  const fixSummaries: string[] = [];
  const tally = new VerdictTally({ thresholds, quiet: request.quiet, maxWarnings: request.maxWarnings });
  // on a terminal, long runs show `dflint: 120/2995 files…` on stderr, erased before any other output
  const progress = progressFor(files.length, request, io);
  const loopIo = progress ? progress.around(io) : io;
  const baseImages = baseImagesForRun(request.baseImages, loopIo, progress, { quiet: request.quiet, packageIndexes: request.packageIndexes });
  // a report to stdout in a format made a file at a time is written as the files are done, in order;
  // any other report keeps the results until the end, as does a run that may draw the progress line
  // (it is erased once, before the report: a streamed report would be drawn between its updates)
  const stream = progress ? undefined : reportStreamFor(request.outputs, { fixing: Boolean(request.fix), color: request.color, width: stdoutWidth(io) }, loopIo);
  const results: SourcedResult[] = [];
  const keep = (result: SourcedResult) => {
    tally.add(result);
    if (stream) stream.add(result);
    else results.push(result);
  };
  // ShellCheck reads every file's RUN scripts in parallel batches, ahead of the lint that waits for them
  const checked = files.filter((file) => file !== '-' && !configs.get(file)?.ignored && shellcheckRuns(rules, configs.get(file)?.settings ?? {}));
  const entries = files.map((file) => entryOf(file, configs.get(file), request, io.cwd));
  const jobs = entries.flatMap((entry) => (entry.job ? [entry.job] : []));
  const threads = request.fix ? undefined : lintThreadsFor(jobs, { jobs: request.jobs, shellcheckWork: checked.length > 0 && shellcheckCache().available(), baseImages: request.baseImages, packageIndexes: request.packageIndexes, quiet: request.quiet, env: io.env });
  if (!threads) prefetchShellcheck(checked.map((file) => ({ path: path.resolve(io.cwd, file), name: file, maxFileSize: configs.get(file)!.maxFileSize })));
  const shared = { contexts, baseImages };
  threads?.start(jobs, contexts);
  for (const [done, entry] of entries.entries()) {
    progress?.reach(done);
    if (entry.ignoredByConfig && named.has(entry.file)) warnIgnored(entry.file, 'ignorePatterns of its config');
    const { job } = entry;
    if (!job) continue;
    thresholds.set(job.name, entry.failureThreshold!);
    if (threads) {
      const outcome = await threads.take();
      outcome.messages.forEach((message) => loopIo.err(message));
      ioFailed = take(outcome, keep, loopIo) || ioFailed;
      continue;
    }
    const read = await readJob(job, io);
    if (!request.fix || 'error' in read) {
      ioFailed = take(await lintReadFile(job, read, shared), keep, loopIo) || ioFailed;
      continue;
    }
    const { text } = read;
    const analysis = analysisOf(job, shared);
    try {
      if (!job.dockerfilePath && request.fix.write) {
        // like `ruff --fix -`: the fixed text is the output
        progress?.stop();
        loopIo.out((await fixText(text, analysis, { unsafe: request.fix.unsafe })).text);
        return EXIT.ok;
      }
      const outcome = await fixFile({ name: job.name, path: job.dockerfilePath, text }, analysis, request.fix, loopIo);
      keep({ file: job.name, findings: outcome.findings, text: outcome.text });
      // the written Dockerfile may be a file of the context a later one copies from
      if (request.fix.write && outcome.text !== text) contexts.clear();
      if (outcome.summary) fixSummaries.push(outcome.summary);
      ioFailed ||= outcome.writeFailed;
    } catch (error) {
      if (!job.dockerfilePath && request.fix.write) {
        // stdin --fix, whose output is the text: a one-line message
        loopIo.err(`${internalErrorLine(job.name, error)}\n`);
        ioFailed = true;
      } else {
        // a throw outside the rules' own guard (parse, layer model, fixes) costs this file only
        keep({ file: job.name, findings: [fileInternalError(error)], text });
      }
    }
  }
  await threads?.close();
  progress?.stop();
  const notice = shellcheckNotice(threads?.shellcheckAsked);
  if (notice) io.err(notice);

  const verdict = tally.verdict();
  if (verdict.tooManyWarnings) io.err(`dflint: ${verdict.tooManyWarnings}\n`);
  const exitCode = ioFailed ? EXIT.error : verdict.failing ? EXIT.findings : EXIT.ok;
  // a human report of nothing: "no problems" would be wrong when nothing could be linted, and
  // with --quiet prints nothing, as ESLint does, rather than claim what it hid is no problem
  const nothingToShow = (tally.files === 0 && ioFailed) || (Boolean(request.quiet) && !tally.anyFindings);
  if (stream) {
    stream.end(nothingToShow);
    return exitCode;
  }
  const outcome = { results, exitCode, fixSummaries, nothingToShow, color: request.color, width: stdoutWidth(io) };
  return (await writeOutputs(request.outputs, outcome, io)) ? exitCode : EXIT.error;
}

interface Entry {
  file: string;
  /** undefined: not linted (ignored, or no config) */
  job?: FileJob;
  ignoredByConfig?: boolean;
  failureThreshold?: FailureThreshold;
}

function entryOf(file: string, config: AppliedConfig | undefined, request: LintRequest, cwd: string): Entry {
  if (!config) return { file };
  if (config.ignored) return { file, ignoredByConfig: true };
  const dockerfilePath = file === '-' ? undefined : path.resolve(cwd, file);
  const job: FileJob = {
    name: file === '-' ? request.stdinFilename : file,
    dockerfilePath,
    maxFileSize: config.maxFileSize,
    settings: config.settings,
    contextRoot: contextRootOf(config.context, dockerfilePath, cwd),
    registry: config.registry,
    hadolintPragmas: !config.disableIgnorePragma,
    awaitShellcheck: awaitsShellcheck(rules, config.settings),
    fixes: request.outputs.some((output) => FIX_FORMATS.has(output.format)),
  };
  return { file, job, failureThreshold: config.failureThreshold };
}

/** A file is read synchronously (it takes microseconds; the loop has nothing else to do meanwhile), stdin as it arrives. */
async function readJob(job: FileJob, io: CliIo): Promise<ReadOutcome> {
  if (job.dockerfilePath) return readFileJob(job);
  return readStdin(io.stdin, job.name, job.maxFileSize).then(
    (text) => ({ text }),
    (error: unknown) => ({ error }),
  );
}

/** Keeps a file's result; says (true) when it has none and the run must exit 2, after printing why. */
function take(outcome: FileOutcome, keep: (result: SourcedResult) => void, io: CliIo): boolean {
  if (outcome.result) keep(outcome.result);
  if (outcome.failure === undefined) return false;
  io.err(`${outcome.failure}\n`);
  return true;
}

/** The build context COPY/ADD read from: `--context` (or the config's), else the Dockerfile's folder; stdin has none. */
function contextRootOf(contextDir: string | undefined, dockerfilePath: string | undefined, cwd: string): string | undefined {
  return contextDir ? path.resolve(cwd, contextDir) : dockerfilePath && path.dirname(dockerfilePath);
}

