'use strict';
// Loaded into the language server by bench/lsp.js --trace (node --require, which worker threads
// inherit): inside the analysis worker, times each analysis's phases and records its GC pauses, one
// JSON line each to the file in DFLINT_BENCH_TRACE. The server's own code is unchanged: the phases
// are timed by wrapping the built modules' exports, which their callers read at each call.
const { isMainThread, parentPort } = require('node:worker_threads');
const { appendFileSync } = require('node:fs');
const { performance, PerformanceObserver } = require('node:perf_hooks');
const path = require('node:path');

const OUT = process.env.DFLINT_BENCH_TRACE;
if (!isMainThread && OUT) trace();

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

  // the record of an analysis is written at the next one's end, by when its GC entries have arrived
  let pending;
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (response) => {
    if (!response?.analysis) return post(response);
    const start = performance.now();
    post(response);
    const postMs = performance.now() - start;
    const record = { start: analysisStart, end: performance.now(), phases: { ...phases, 'post message': postMs }, rules: ruleTimes, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 };
    if (pending) flush(pending);
    pending = record;
  };
  const flush = (record) => {
    const during = gcs.filter((gc) => gc.start >= record.start && gc.start < record.end);
    record.gc = during.map(({ ms, kind }) => ({ ms, kind }));
    appendFileSync(OUT, `${JSON.stringify(record)}\n`);
  };
}
