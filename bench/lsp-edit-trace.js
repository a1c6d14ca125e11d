'use strict';
// Loaded into the language server by bench/lsp.js --trace (node --require, which worker threads
// inherit): inside the analysis worker, times each analysis's phases and records its GC pauses and
// those since the analysis before (the idle scavenge), one JSON line each to the file in
// DFLINT_BENCH_TRACE; on the main thread, when messages arrive, the worker is asked, it answers and
// the server writes (one JSON line each to DFLINT_BENCH_TRACE.main).
// Those moments are on the machine's monotonic clock (lsp-tail.js's monotonicMs), which the bench's
// client reads too. The server's own code is unchanged: the phases are timed by wrapping the built modules'
// exports, which their callers read at each call.
const { isMainThread, parentPort, Worker } = require('node:worker_threads');
const { appendFileSync } = require('node:fs');
const { performance, PerformanceObserver } = require('node:perf_hooks');
const path = require('node:path');

const OUT = process.env.DFLINT_BENCH_TRACE;
const { monotonicMs } = require('./lsp-tail');
// performance.now() (this thread's own origin, which GC entries use) → the monotonic clock
const toMonotonic = monotonicMs() - performance.now();
if (!isMainThread && OUT) trace();
if (isMainThread && OUT) traceMainThread();

/** The main thread's moments, as [what, ms, bytes]: a message arrived, the worker was asked, it answered, the server wrote; and its GC pauses. */
function traceMainThread() {
  const moments = [];
  const note = (what, bytes) => moments.push(JSON.stringify([what, monotonicMs(), bytes]));
  process.stdin.on('data', (chunk) => note('arrived', chunk.length));
  const postMessage = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (...args) {
    note('asked');
    return postMessage.apply(this, args);
  };
  const emit = Worker.prototype.emit;
  Worker.prototype.emit = function (event, ...args) {
    if (event === 'message') note('answered');
    return emit.call(this, event, ...args);
  };
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...args) {
    note('written', chunk.length);
    return write.call(this, chunk, ...args);
  };
  // the main thread's GC pauses, as ['gc', start, ms, kind]
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) moments.push(JSON.stringify(['gc', entry.startTime + toMonotonic, entry.duration, entry.detail?.kind]));
  }).observe({ entryTypes: ['gc'] });
  // written a while later, not as they happen: a write would hold up what is being timed
  const flush = () => {
    if (moments.length > 0) appendFileSync(`${OUT}.main`, `${moments.splice(0).join('\n')}\n`);
  };
  setInterval(flush, 100).unref();
  process.on('exit', flush);
}

function trace() {
  const root = path.resolve(__dirname, '..');
  const dist = (file) => require(path.join(root, file));
  // self time per phase: a nested phase's time is taken off the phase around it
  const stack = [];
  let phases = {};
  // each rule's own time too (taken off 'rules, engine'), kept apart from the phases
  let ruleTimes = {};
  let analysisStart = 0;
  const timed = (module, name, phase) => {
    const original = module[name];
    module[name] = function (...args) {
      const frame = { start: performance.now(), nested: 0 };
      if (stack.length === 0 && phase === 'server shaping') {
        analysisStart = frame.start;
        phases = {};
        ruleTimes = {};
      }
      stack.push(frame);
      const done = () => {
        stack.pop();
        const ms = performance.now() - frame.start;
        phases[phase] = (phases[phase] ?? 0) + ms - frame.nested;
        if (stack.length > 0) stack[stack.length - 1].nested += ms;
      };
      const result = original.apply(this, args);
      if (result && typeof result.then === 'function') return result.finally(done);
      done();
      return result;
    };
  };
  timed(dist('packages/core/dist/parse/document.js'), 'parseDocumentSync', 'parse');
  timed(dist('packages/core/dist/parse/shell.js'), 'parseShell', 'shell parse');
  timed(dist('packages/core/dist/layers/model.js'), 'buildLayerModel', 'layer model');
  timed(dist('packages/core/dist/engine/run.js'), 'lintDocument', 'rules, engine');
  timed(dist('packages/core/dist/analyze/analyze.js'), 'analyzeDockerfile', 'analysis, other');
  timed(dist('packages/language-server/dist/analyze.js'), 'analyze', 'server shaping');
  // after the analysis: what of it crosses to the main thread (the analysis before it and what changed)
  timed(dist('packages/language-server/dist/analysis-delta.js').AnalysisPoster.prototype, 'post', 'delta encoding');
  for (const rule of dist('rules/dist/index.js').rules) {
    const check = rule.check;
    rule.check = function (context) {
      const frame = { start: performance.now(), nested: 0 };
      stack.push(frame);
      try {
        return check.call(this, context);
      } finally {
        stack.pop();
        const ms = performance.now() - frame.start;
        ruleTimes[rule.meta.name] = (ruleTimes[rule.meta.name] ?? 0) + ms - frame.nested;
        stack[stack.length - 1].nested += ms;
      }
    };
  }

  const gcs = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push({ start: entry.startTime, ms: entry.duration, kind: entry.detail?.kind });
  }).observe({ entryTypes: ['gc'] });

  // when each request reached the worker's handler, by its id
  const receivedAt = new Map();
  const on = parentPort.on;
  parentPort.on = function (event, listener) {
    if (event !== 'message') return on.call(this, event, listener);
    return on.call(this, event, function (request, ...rest) {
      receivedAt.set(request?.id, monotonicMs());
      return listener.call(this, request, ...rest);
    });
  };

  // the record of an analysis is written at the next one's end, by when its GC entries have arrived
  let pending;
  let previousEnd = 0;
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (response) => {
    if (!response?.analysis) return post(response);
    const start = performance.now();
    const postedAt = monotonicMs();
    post(response);
    const postMs = performance.now() - start;
    const record = { previousEnd, start: analysisStart, end: performance.now(), receivedAt: receivedAt.get(response.id), postedAt, phases: { ...phases, 'post message': postMs }, rules: ruleTimes, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 };
    receivedAt.clear();
    if (pending) flush(pending);
    pending = record;
    previousEnd = record.end;
  };
  const flush = (record) => {
    const during = gcs.filter((gc) => gc.start >= record.start && gc.start < record.end);
    record.gc = during.map(({ ms, kind }) => ({ ms, kind }));
    // between the analysis before and this one: the worker's idle scavenge (idle-scavenge.ts), or V8's own
    // (`at`: its start on the monotonic clock, to tell whether this analysis's request waited for it)
    record.gcBefore = gcs.filter((gc) => gc.start >= record.previousEnd && gc.start < record.start).map(({ start, ms, kind }) => ({ at: start + toMonotonic, ms, kind }));
    appendFileSync(OUT, `${JSON.stringify(record)}\n`);
  };
}
