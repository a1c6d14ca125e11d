'use strict';
// bench/lsp.js --trace: what the slow edits are. Per measured edit: its kind, its latency, each server
// thread's time on a CPU and the analysis worker's time waiting for one (/proc schedstat, ns), joined
// with the worker's own record of the same analysis (bench/lsp-edit-trace.js: phases, GC pauses).
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { medianOf, quantileOf } = require('./timing.js');

/** ms on CLOCK_MONOTONIC: the same clock in every thread and process of the machine (the client's, the server's) */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

/** tid → { name, runNs, waitNs } of each thread of a process, from /proc/<pid>/task/<tid>/schedstat */
function threadTimes(pid) {
  const threads = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const [runNs, waitNs] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
      const name = tid === String(pid) ? 'main' : readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      threads.set(tid, { name, runNs, waitNs });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return threads;
}

/** ms on a CPU per thread group between two threadTimes readings; the worker: the busiest thread named like one */
function editThreads(before, after) {
  const used = [...after].map(([tid, t]) => ({ name: t.name, run: (t.runNs - (before.get(tid)?.runNs ?? 0)) / 1e6, wait: (t.waitNs - (before.get(tid)?.waitNs ?? 0)) / 1e6 }));
  const worker = used.filter((t) => t.name !== 'main').sort((a, b) => b.run - a.run)[0] ?? { run: 0, wait: 0 };
  const main = used.find((t) => t.name === 'main') ?? { run: 0, wait: 0 };
  const others = used.reduce((sum, t) => sum + t.run, 0) - worker.run - main.run;
  return { workerCpu: worker.run, workerWait: worker.wait, mainCpu: main.run, mainWait: main.wait, otherCpu: others, workerName: worker.name };
}

const GC_KINDS = { 1: 'scavenge', 2: 'mark-compact', 4: 'mark-compact', 8: 'incremental marking', 16: 'weak callbacks' };

/** The report: the tail (slowest 10%) against the rest, by what each edit's time went to. */
function tailReport(edits, tracePath, firstAnalysis) {
  const records = readFileSync(tracePath, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const rows = edits.map((edit, i) => ({ ...edit, worker: records[firstAnalysis + i] }));
  const sorted = [...rows].sort((a, b) => b.latency - a.latency);
  const tail = sorted.slice(0, Math.max(1, Math.round(rows.length / 10)));
  const body = sorted.slice(tail.length);
  const lines = [`  trace: ${records.length} analyses recorded, measured edits ${firstAnalysis}..${firstAnalysis + edits.length - 1}`];
  for (const kind of new Set(rows.map((row) => row.kind))) {
    const ofKind = rows.filter((row) => row.kind === kind);
    const p = (values, q) => f(quantileOf(values, q));
    const latency = ofKind.map((r) => r.latency);
    const cpu = ofKind.map((r) => r.workerCpu + r.otherCpu + r.mainCpu);
    lines.push(`  ${kind.padEnd(12)} latency p50 ${p(latency, 0.5)} p95 ${p(latency, 0.95)} ms; server CPU (all threads) p50 ${p(cpu, 0.5)} p95 ${p(cpu, 0.95)} ms`);
  }
  for (const [label, group] of [['slowest 10%', tail], ['other 90%', body]]) lines.push(`  ${label.padEnd(12)} ${summary(group)}`);
  for (const [label, group] of [['slowest 10%', tail], ['other 90%', body]]) lines.push(`  ${label.padEnd(12)} ${decomposition(group)}`);
  lines.push(...crossings(rows, addCrossings(rows, `${tracePath}.main`)));
  lines.push('  slowest edits:');
  for (const row of sorted.slice(0, 12)) lines.push(`    ${describe(row)}`);
  return lines.join('\n');
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const f = (n) => n.toFixed(1);

const rulesMs = (row) => Object.values(row.worker?.rules ?? {}).reduce((sum, ms) => sum + ms, 0);

function summary(group) {
  const phaseNames = [...new Set(group.flatMap((row) => Object.keys(row.worker?.phases ?? {})))];
  const gcMs = (row, kinds) => (row.worker?.gc ?? []).filter((gc) => kinds.includes(gc.kind)).reduce((s, gc) => s + gc.ms, 0);
  const kinds = group.map((row) => row.kind);
  const kindCounts = [...new Set(kinds)].map((k) => `${kinds.filter((x) => x === k).length} ${k}`).join(', ');
  return (
    `(${kindCounts}) mean latency ${f(mean(group.map((r) => r.latency)))} ms; worker CPU ${f(mean(group.map((r) => r.workerCpu)))}, waiting for a CPU ${f(mean(group.map((r) => r.workerWait)))}, ` +
    `other threads CPU ${f(mean(group.map((r) => r.otherCpu)))}, main ${f(mean(group.map((r) => r.mainCpu)))}; ` +
    `worker phases: ${phaseNames.map((p) => `${p} ${f(mean(group.map((r) => r.worker?.phases[p] ?? 0)))}`).join(', ')}, the rules themselves ${f(mean(group.map(rulesMs)))}; ` +
    `GC pauses: scavenge ${f(mean(group.map((r) => gcMs(r, [1]))))}, mark-compact ${f(mean(group.map((r) => gcMs(r, [2, 4]))))}, other ${f(mean(group.map((r) => gcMs(r, [8, 16]))))}`
  );
}

/**
 * Where the mean latency went: the worker's analysis (its time on a CPU, its GC pauses, its wait
 * for a CPU) and the rest (the main thread, the transport, the bench's own client).
 */
function decomposition(group) {
  const latency = mean(group.map((r) => r.latency));
  const span = mean(group.map((r) => (r.worker ? r.worker.end - r.worker.start : 0)));
  const gc = mean(group.map((r) => (r.worker?.gc ?? []).reduce((s, g) => s + g.ms, 0)));
  const wait = mean(group.map((r) => r.workerWait));
  const pct = (ms) => `${f(ms)} ms (${((100 * ms) / latency).toFixed(0)}%)`;
  return (
    `latency ${f(latency)} ms = in the worker's analysis ${pct(span)} [of it waiting for a CPU ≤ ${pct(Math.min(wait, span))}, GC pauses ${pct(gc)}] ` +
    `+ outside it ${pct(latency - span)} [main thread CPU ${f(mean(group.map((r) => r.mainCpu)))}, waiting ${f(mean(group.map((r) => r.mainWait)))}]`
  );
}

function describe(row) {
  const w = row.worker;
  const phases = w ? Object.entries(w.phases).map(([p, ms]) => `${p} ${f(ms)}`).join(', ') : 'no worker record';
  const gcs = w?.gc?.length ? w.gc.map((gc) => `${GC_KINDS[gc.kind] ?? gc.kind} ${f(gc.ms)}`).join(', ') : 'none';
  const span = w ? f(w.end - w.start) : '?';
  const crossed = row.crossings ? `; crossings ${row.crossings.map(f).join(' / ')}` : '';
  const gcWait = row.gcWait ? `; waited ${f(row.gcWait)} ms for the worker's GC between analyses` : '';
  const mainGcs = row.mainGc?.length ? `; main thread GC: ${row.mainGc.map((gc) => `${GC_KINDS[gc.kind] ?? gc.kind} ${f(gc.ms)}`).join(', ')}` : '';
  return `#${row.index} ${row.kind}: ${f(row.latency)} ms; worker CPU ${f(row.workerCpu)} (waited ${f(row.workerWait)}), other threads ${f(row.otherCpu)}, main ${f(row.mainCpu)}; in the worker ${span} ms: ${phases}; GC: ${gcs}${gcWait}${mainGcs}${crossed}`;
}

const CROSSING_NAMES = ['to the server', 'main thread to the worker', 'to the worker', 'in the worker', 'back to the main thread', 'main thread to the write', 'to the client'];

/**
 * Where an edit's latency went from end to end, from the moments the client, the server's main
 * thread (lsp-edit-trace.js) and its worker noted on the one monotonic clock: the change to the
 * server, the main thread until it asks the worker, to the worker, the worker's handling, its answer
 * back to the main thread, the main thread until the diagnostics are written, and on to the
 * client's handler (its reading and JSON parsing included). Set on each row as `crossings`, ms in
 * CROSSING_NAMES' order (none where a moment is missing), and the main thread's GC pauses that overlap
 * the edit as `mainGc`; false without a main-thread record.
 */
function addCrossings(rows, mainPath) {
  if (!existsSync(mainPath)) return false;
  const moments = readFileSync(mainPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const after = (what, from) => moments.find(([kind, at]) => kind === what && at >= from)?.[1];
  for (const row of rows) {
    const { sentAt, gotAt, worker } = row;
    if (sentAt === undefined || worker?.receivedAt === undefined) continue;
    const arrived = after('arrived', sentAt);
    const asked = arrived !== undefined ? after('asked', arrived) : undefined;
    const answered = after('answered', worker.postedAt);
    // the diagnostics: the largest write after the answer, before the client had them
    const written = moments.filter(([kind, at]) => kind === 'written' && at >= (answered ?? Infinity) && at <= gotAt).sort((a, b) => b[2] - a[2])[0]?.[1];
    row.mainGc = moments.filter(([kind, at, ms]) => kind === 'gc' && at + ms > sentAt && at < gotAt).map(([, , ms, gcKind]) => ({ ms, kind: gcKind }));
    if ([arrived, asked, answered, written].includes(undefined)) continue;
    row.gcWait = gcWaitOf(worker, asked);
    row.crossings = [arrived - sentAt, asked - arrived, worker.receivedAt - asked, worker.postedAt - worker.receivedAt, answered - worker.postedAt, written - answered, gotAt - written];
  }
  return true;
}

/**
 * How long the request, asked of the worker at `asked`, waited for a GC the worker ran between
 * analyses (its idle scavenge, packages/language-server/src/idle-scavenge.ts, or V8's own): each
 * such pause's overlap with the time from asking to the worker taking the request.
 */
function gcWaitOf(worker, asked) {
  let waited = 0;
  for (const gc of worker.gcBefore ?? []) waited += Math.max(0, Math.min(gc.at + gc.ms, worker.receivedAt) - Math.max(gc.at, asked));
  return waited;
}

/** The crossings' medians per kind of edit, and the server's own part of the latency. */
function crossings(rows, recorded) {
  if (!recorded) return ['  crossings: no record of the main thread'];
  const segments = rows.filter((row) => row.crossings);
  const perKind = [...new Set(segments.map((s) => s.kind))].map((kind) => {
    const ofKind = segments.filter((s) => s.kind === kind);
    return `  ${kind.padEnd(12)} crossings, median ms (${ofKind.length} edits): ${CROSSING_NAMES.map((name, at) => `${name} ${f(medianOf(ofKind.map((s) => s.crossings[at])))}`).join(', ')}`;
  });
  if (segments.length === 0) return perKind;
  // the server's own part: from reading the change to writing the diagnostics (the pipes and the client's parsing left out)
  const inServer = segments.map(({ crossings: parts }) => parts.slice(1, 6).reduce((sum, part) => sum + part, 0));
  const inWorker = segments.map(({ crossings: parts }) => parts[3]);
  const spread = (values) => `p50 ${f(quantileOf(values, 0.5))} p95 ${f(quantileOf(values, 0.95))}`;
  const waits = segments.map((s) => s.gcWait).filter((ms) => ms > 0);
  const gcWaits = `  requests that waited for a worker GC between analyses: ${waits.length} of ${segments.length}${waits.length ? `, ${f(waits.reduce((a, b) => a + b, 0))} ms in all, the longest ${f(Math.max(...waits))} ms` : ''}`;
  return [...perKind, `  in the server, from the change read to the diagnostics written (${segments.length} edits): ${spread(inServer)} ms; of it in the worker ${spread(inWorker)} ms`, gcWaits];
}

module.exports = { threadTimes, editThreads, tailReport, monotonicMs };
