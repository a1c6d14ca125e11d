#!/usr/bin/env node
'use strict';
// Language-server figures: diagnostics latency after an edit on a 1,000-line Dockerfile, with the
// default debounce and with none (the analysis latency), and the server's memory after 1,000 edits. Needs the build (npm run bench builds first).
// Then the memory figures under hostile documents: the server's peak RSS (main thread + analysis
// worker) on a 40 KB pathological pipeline, and its RSS before, with and after closing a 50 MB document.
// Usage: node bench/lsp.js [--edits N] [--only memory|editing|analysis] [--warmup N] [--server-args '<node flags>']   (the lead may call it from bench/run.js)
//   --only editing: both latency runs, no memory figures; --only analysis: the debounce-0 run alone
//   --idle-after-open MS: wait MS after the document's first diagnostics before editing, as a user reads before typing
//     (the server warms its analysis up when idle)
//   --typing-gap MS: wait MS after each measured edit's diagnostics before the next, as a typist pauses between keystrokes
//   --warmup N: N edits before the measured ones (V8 compiles the analysis for its first few hundred edits, on other threads)
//   --server-args: node flags for the server, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' (one profile per thread; NODE_OPTIONS refuses --cpu-prof)
//   --trace <dir>: what the slow edits are: per measured edit its threads' CPU, the analysis's phases and GC pauses, the main thread's
//     GC pauses and where the latency went between client, main thread and worker (bench/lsp-tail.js); and the server's own part
//     of the latency (the change read to the diagnostics written) and the worker's, p50/p95;
//     edits and analyses are joined in order: run it with ShellCheck off PATH (its background checks re-analyse)
const { spawn } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync } = require('node:fs');
const path = require('node:path');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'packages/language-server/bin/dflint-language-server.js');
const URI = 'untitled:bench/Dockerfile';
const LATENCY_SAMPLES = 40;
const ANALYSIS_SAMPLES = 100;
const DEFAULT_DEBOUNCE_MS = require('../packages/language-server/dist/settings.js').DEFAULT_SETTINGS.debounceMs;
const editsArg = process.argv.indexOf('--edits');
const EDITS = editsArg > 0 ? Number(process.argv[editsArg + 1]) : 1000;
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
const idleArg = process.argv.indexOf('--idle-after-open');
const IDLE_AFTER_OPEN_MS = idleArg > 0 ? Number(process.argv[idleArg + 1]) : 0;
const gapArg = process.argv.indexOf('--typing-gap');
const TYPING_GAP_MS = gapArg > 0 ? Number(process.argv[gapArg + 1]) : 0;
const warmupArg = process.argv.indexOf('--warmup');
const WARMUP_EDITS = warmupArg > 0 ? Number(process.argv[warmupArg + 1]) : 0;
const serverArgsArg = process.argv.indexOf('--server-args');
const SERVER_NODE_ARGS = serverArgsArg > 0 ? process.argv[serverArgsArg + 1].split(' ').filter(Boolean) : [];
const traceArg = process.argv.indexOf('--trace');
const TRACE_DIR = traceArg > 0 ? path.resolve(process.argv[traceArg + 1]) : undefined;
const tail = require('./lsp-tail');
const { quantileOf } = require('./timing.js');
const { lspEdit, thousandLines } = require('./edit-bench.js');
let traceRuns = 0;

/** the p-th percentile of the values */
const percentile = (values, p) => quantileOf(values, p / 100);

/** VmRSS (now) or VmHWM (the peak so far) of a process: a worker thread's memory is its process's */
function rssMiB(pid, field = 'VmRSS') {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system, ms) a process has used so far (all its threads), or its main thread alone */
function cpuMs(pid, mainThreadOnly = false, thread = mainThreadOnly ? pid : undefined) {
  try {
    // the fields after the command name, which may hold spaces; utime and stime are the 14th and 15th fields
    const fields = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** CPU time (ms) each thread of a process has used so far, by thread id, with the thread's name */
function cpuByThread(pid) {
  const threads = new Map();
  for (const tid of require('node:fs').readdirSync(`/proc/${pid}/task`)) {
    const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    threads.set(tid, { name: tid === String(pid) ? 'main thread' : comm, ms: cpuMs(pid, false, tid) });
  }
  return threads;
}

/**
 * `analysis worker 20.9, other threads 24.5` (ms per edit) between two cpuByThread readings: the busiest
 * thread but the main one is taken for the analysis worker; the others are V8's (its JIT compiler and
 * GC helpers) and libuv's
 */
function threadShares(before, after, edits) {
  const used = [...after].map(([tid, { name, ms }]) => ({ name, ms: (ms - (before.get(tid)?.ms ?? 0)) / edits }));
  const others = used.filter(({ name }) => name !== 'main thread').sort((a, b) => b.ms - a.ms);
  const rest = others.slice(1).reduce((sum, { ms }) => sum + ms, 0);
  return `analysis worker ${(others[0]?.ms ?? 0).toFixed(1)} ms, other threads ${rest.toFixed(1)} ms (${others.length - 1} threads)`;
}

// offline: the figures measured here never wait for, or change with, a base image download
async function startServer(env = {}, initializationOptions = undefined, nodeArgs = []) {
  const server = spawn(process.execPath, [...SERVER_NODE_ARGS, ...nodeArgs, BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { DFLINT_OFFLINE: '1', ...process.env, ...env } });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map();
  const last = { findings: 0, diagnostics: [] };
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    last.findings = params.diagnostics.length;
    last.diagnostics = params.diagnostics;
    waiting.get(params.version)?.();
  });
  connection.listen();
  const diagnosticsFor = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
  await connection.sendNotification('initialized', {});
  return { server, connection, diagnosticsFor, last };
}

async function stopServer({ connection }) {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
}

async function main() {
  if (ONLY !== 'memory') await editing();
  if (ONLY === undefined || ONLY === 'memory') await memory();
}

async function editing() {
  // as an editor gets it (the default debounce), then the analysis alone: debounce 0, from the
  // change notification to its diagnostics (the server's queue, worker round trip and JSON included)
  if (ONLY !== 'analysis') await editingWith(`includes the ${DEFAULT_DEBOUNCE_MS} ms debounce`, LATENCY_SAMPLES);
  await editingWith('analysis latency, debounce 0', ANALYSIS_SAMPLES, { dflint: { debounceMs: 0 } });
}

async function editingWith(label, samples, initializationOptions) {
  const tracePath = TRACE_DIR && path.join(TRACE_DIR, `worker-${++traceRuns}.jsonl`);
  if (tracePath) {
    mkdirSync(TRACE_DIR, { recursive: true });
    rmSync(tracePath, { force: true });
    rmSync(`${tracePath}.main`, { force: true });
  }
  const traceArgs = tracePath ? ['--require', path.join(__dirname, 'lsp-edit-trace.js')] : [];
  const running = await startServer(tracePath ? { DFLINT_BENCH_TRACE: tracePath } : {}, initializationOptions, traceArgs);
  const { server, connection, diagnosticsFor } = running;

  const lines = thousandLines(ROOT);
  const lineCount = lines.length;
  let version = 1;
  let published = diagnosticsFor(version);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dockerfile', version, text: lines.join('\n') + '\n' } });
  await published;
  const rssAfterOpen = rssMiB(server.pid);
  if (IDLE_AFTER_OPEN_MS) await sleep(IDLE_AFTER_OPEN_MS);

  // one-character edits in the middle of the file, each waited for: a RUN commented out, then every line below moved down one.
  // The edits are not undone: each pair adds a line (line 500 becomes `#` over an empty line), so after --warmup 1000
  // the file has 1,500 lines and its edits take longer; the measured 100 add 50
  const editAt500 = async (i) => {
    version++;
    published = diagnosticsFor(version);
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [lspEdit(i)],
    });
    await published;
  };
  for (let i = 0; i < WARMUP_EDITS; i++) await editAt500(i);
  const latencies = [];
  const cpuBefore = cpuMs(server.pid);
  const mainCpuBefore = cpuMs(server.pid, true);
  const threadsBefore = cpuByThread(server.pid);
  const traced = [];
  for (let i = 0; i < samples; i++) {
    const threadsAtStart = tracePath && tail.threadTimes(server.pid);
    const sentAt = tail.monotonicMs();
    await editAt500(WARMUP_EDITS + i);
    const gotAt = tail.monotonicMs();
    latencies.push(gotAt - sentAt);
    if (TYPING_GAP_MS) await sleep(TYPING_GAP_MS);
    if (tracePath) traced.push({ index: i, kind: (WARMUP_EDITS + i) % 2 ? 'new line' : 'comment', latency: latencies[i], sentAt, gotAt, ...tail.editThreads(threadsAtStart, tail.threadTimes(server.pid)) });
  }
  const cpuPerEdit = (cpuMs(server.pid) - cpuBefore) / samples;
  const mainCpuPerEdit = (cpuMs(server.pid, true) - mainCpuBefore) / samples;
  const threads = threadShares(threadsBefore, cpuByThread(server.pid), samples);

  // typing: 1,000 edits 5 ms apart, diagnostics awaited every 100
  for (let i = 0; i < EDITS; i++) {
    version++;
    const settled = (i + 1) % 100 === 0 ? diagnosticsFor(version) : undefined;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: { line: 300, character: 0 }, end: { line: 300, character: 0 } }, text: 'x' }],
    });
    await (settled ?? new Promise((resolve) => setTimeout(resolve, 5)));
  }
  const rssAfterEdits = rssMiB(server.pid);

  console.log(`language server, ${lineCount}-line Dockerfile (${running.last.findings} findings), ${label}${IDLE_AFTER_OPEN_MS ? `, ${IDLE_AFTER_OPEN_MS} ms idle after open` : ''}${TYPING_GAP_MS ? `, typed right after open, ${TYPING_GAP_MS} ms between edits` : ''}${WARMUP_EDITS ? `, after ${WARMUP_EDITS} edits` : ''}:`);
  console.log(`  diagnostics after an edit  p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms (${samples} edits)`);
  // half the edits change one line in place, half move every line below: an editor reuses more of the first kind
  const ofKind = (kind) => latencies.filter((_latency, i) => (WARMUP_EDITS + i) % 2 === kind);
  const split = (kind) => `p50 ${percentile(ofKind(kind), 50).toFixed(0)} ms, p95 ${percentile(ofKind(kind), 95).toFixed(0)} ms`;
  console.log(`    of them                  a line commented out (in place) ${split(0)}; a line inserted (the 500 below move) ${split(1)}`);
  console.log(`  server CPU per edit        ${cpuPerEdit.toFixed(1)} ms, ${mainCpuPerEdit.toFixed(1)} ms of it on the main thread (the rest: the analysis worker and V8's GC and compiler threads)${TYPING_GAP_MS ? '; warm-up rounds in the pauses included' : ''}`);
  console.log(`  of it by thread            ${threads}`);
  console.log(`  server RSS                 ${rssAfterOpen.toFixed(0)} MiB after open, ${rssAfterEdits.toFixed(0)} MiB after ${EDITS} more edits`);
  if (tracePath) {
    // the server's main thread writes its moments down every 100 ms
    await sleep(250);
    console.log(tail.tailReport(traced, tracePath, 1 + WARMUP_EDITS));
  }
  await stopServer(running);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function memory() {
  console.log('language server memory under hostile documents:');
  // 10,000 pipeline stages in 40 KB
  const pipeline = `FROM alpine\nRUN mkdir /a && chmod -R 777 /a && x${' | y'.repeat(10_000)}\n`;
  // with the default cap (1024 MB), then with a cap the analysis must go over
  let running;
  for (const cap of [undefined, 100]) {
    running = await startServer(cap ? { DFLINT_LSP_MEMORY_CAP_MB: String(cap) } : {});
    const baseline = rssMiB(running.server.pid);
    const start = Date.now();
    const published = running.diagnosticsFor(1);
    await running.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:pipeline', languageId: 'dockerfile', version: 1, text: pipeline } });
    await published;
    const outcome = running.last.diagnostics.find((d) => /dflint (stopped|skipped|could not)/.test(d.message))?.message ?? `${running.last.findings} findings`;
    const label = `${(pipeline.length / 1024).toFixed(0)} KB pipeline, cap ${cap ?? 1024} MB`.padEnd(28);
    console.log(`  ${label}peak RSS ${rssMiB(running.server.pid, 'VmHWM').toFixed(0)} MiB (from ${baseline.toFixed(0)}), ${Date.now() - start} ms: ${outcome}`);
    await stopServer(running);
  }

  // 50 MB: over dflint.maxBytes, so never analysed, but held while open
  running = await startServer();
  const { server, connection } = running;
  const before = rssMiB(server.pid);
  const big = `FROM alpine\n${'RUN echo 0123456789abcdef0123456789abcdef0123456789abcdef0123456789\n'.repeat(50 * 1024 * 1024 / 69)}`;
  const start = Date.now();
  const published = running.diagnosticsFor(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:big', languageId: 'dockerfile', version: 1, text: big } });
  await published;
  const open = rssMiB(server.pid);
  const openMs = Date.now() - start;
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:big' } });
  await connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:big' }, position: { line: 0, character: 0 } });
  await sleep(2000);
  console.log(`  50 MB document             RSS ${before.toFixed(0)} MiB before, ${open.toFixed(0)} MiB open (${openMs} ms), ${rssMiB(server.pid).toFixed(0)} MiB 2 s after close; peak ${rssMiB(server.pid, 'VmHWM').toFixed(0)} MiB`);
  await stopServer(running);
}

main().catch((error) => {
  console.log(`language server: the benchmark failed: ${error.message}`);
});
