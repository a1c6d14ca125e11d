#!/usr/bin/env node
'use strict';
// The language server main thread's share of an edit, in process: what it does with each analysis
// its worker posts (structured clone received, the delta decoded, diagnostics made, the message
// framed; layer hints decoded after, as server.ts does), for bench/lsp.js's edits of the 1,000-line
// file. Its GC is the point: bench/lsp.js --trace shows main-thread scavenges of 4-7 ms among the
// slowest edits. The worker's analyses are recorded first in a child process, so this process's heap
// holds what the server's main thread holds, under the server's V8 flags.
//   node bench/lsp-main-thread.js [--root <checkout>] [--edits 200] [--top 12]
// --root: another built checkout to measure (main, for a before/after). Prints figures, never fails.
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const v8 = require('node:v8');
const { PerformanceObserver } = require('node:perf_hooks');
const { afterLspEdit, benchArgs, thousandLines } = require('./edit-bench.js');
const { quantileOf } = require('./timing.js');
const { allocationOf, topAllocators } = require('./allocation-sampling.js');

const { root: ROOT, option } = benchArgs();
const EDITS = Number(option('--edits', 200));
const TOP = Number(option('--top', 12));
const WARMUP = 50;
const URI = 'untitled:bench/Dockerfile';
const dist = (file) => require(path.join(ROOT, 'packages/language-server/dist', file));

/** In the child: the worker's posted analysis of the open file and of each edit, serialised as postMessage sends them. */
async function record(file, count) {
  const { analyze } = dist('analyze.js');
  const poster = new (dist('analysis-delta.js').AnalysisPoster)();
  let text = `${thousandLines(ROOT).join('\n')}\n`;
  const posted = [];
  const post = async () => posted.push(v8.serialize(poster.post(URI, text, await analyze({ text, uri: URI, rules: {}, layers: true, registry: { offline: true } }))));
  await post();
  for (let i = 0; i < count; i++) {
    text = afterLspEdit(text, i);
    await post();
  }
  writeFileSync(file, v8.serialize(posted));
}

/**
 * The posted analyses handled in order by a fresh receiver, as the main thread handles them: per edit
 * after the first WARMUP, its time and the GC meanwhile, or (`sampled`) what it allocated.
 */
async function replay(posted, sampled, { survivors = false } = {}) {
  const receiver = new (dist('analysis-delta.js').AnalysisReceiver)();
  const published = new (dist('diagnostics.js').PublishedDiagnostics)();
  const { framedMessage } = dist('message-writer.js');
  const gcs = [];
  let measuring = false;
  const observer = new PerformanceObserver((list) => {
    if (measuring) for (const entry of list.getEntries()) gcs.push({ ms: entry.duration, kind: entry.detail?.kind });
  });
  observer.observe({ entryTypes: ['gc'] });
  const times = [];
  const handle = (at) => {
    const started = performance.now();
    const analysis = receiver.receive(v8.deserialize(posted[at]));
    const diagnostics = published.of(URI, analysis);
    framedMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: URI, version: at, diagnostics } });
    if (measuring) times.push(performance.now() - started);
    // as AnalysisReceiver does after the write: the hints decoded; the next edit on a later turn
    return new Promise((resolve) => setImmediate(() => resolve(analysis.layers.length)));
  };
  for (let at = 0; at <= WARMUP; at++) await handle(at);
  const measured = async () => {
    for (let at = WARMUP + 1; at < posted.length; at++) await handle(at);
  };
  const oldBefore = oldSpaceUsed();
  measuring = true;
  const allocation = sampled ? await allocationOf(measured, { survivors }) : await measured();
  measuring = false;
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  return { times, gcs, allocation, oldGrowth: oldSpaceUsed() - oldBefore };
}

function report(posted, { times, gcs, oldGrowth }, { allocation }, { allocation: survivors }) {
  const edits = times.length;
  const f = (ms) => ms.toFixed(2);
  const ofKind = (kinds) => gcs.filter((gc) => kinds.includes(gc.kind));
  const gcLine = (label, list) => `${list.length} ${label} (${f(list.reduce((sum, gc) => sum + gc.ms, 0))} ms in all, longest ${f(Math.max(0, ...list.map((gc) => gc.ms)))})`;
  const postedKb = posted.slice(WARMUP + 1).reduce((sum, bytes) => sum + bytes.length, 0) / edits / 1e3;
  console.log(`${path.basename(ROOT)}, the server main thread's share of ${edits} edits of a 1,000-line Dockerfile (bench/lsp.js's; ${WARMUP} before them):`);
  console.log(`  per edit (receive, diagnostics, message)  p50 ${f(quantileOf(times, 0.5))} ms, p95 ${f(quantileOf(times, 0.95))} ms; ${postedKb.toFixed(0)} KB posted an edit on average`);
  console.log(`  GC while the edits ran                    ${gcLine('scavenges', ofKind([1]))}, ${gcLine('mark-compacts', ofKind([2, 4]))}`);
  console.log(`  old generation                            ${(oldGrowth / 1e6).toFixed(1)} MB more after them`);
  console.log(`  allocated (a second run, sampled)         ${(allocation.total / edits / 1e3).toFixed(0)} KB per edit; most by:`);
  console.log(topAllocators(allocation, edits, TOP).join('\n'));
  console.log(`  of it no scavenge collected (a third run)  ${(survivors.total / edits / 1e3).toFixed(0)} KB per edit; most by:`);
  console.log(topAllocators(survivors, edits, TOP).join('\n'));
}

function oldSpaceUsed() {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space').space_used_size;
}

async function main() {
  const recordAt = process.argv.indexOf('--record');
  if (recordAt > 0) return record(process.argv[recordAt + 1], Number(process.argv[recordAt + 2]));
  const work = mkdtempSync(path.join(tmpdir(), 'dflint-bench-lsp-main-'));
  try {
    const file = path.join(work, 'posted.bin');
    const child = spawnSync(process.execPath, [__filename, '--root', ROOT, '--record', file, String(WARMUP + EDITS)], { encoding: 'utf8' });
    if (child.status !== 0) return console.log(`lsp-main-thread.js: recording the analyses failed: ${child.stderr.trim()}`);
    for (const flag of dist('main.js').SERVER_V8_FLAGS) v8.setFlagsFromString(flag);
    const posted = v8.deserialize(readFileSync(file));
    report(posted, await replay(posted, false), await replay(posted, true), await replay(posted, true, { survivors: true }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => console.log(`lsp-main-thread.js: could not run: ${error.message}`));
