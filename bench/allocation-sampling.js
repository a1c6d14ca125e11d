'use strict';
// V8's sampling heap profiler in this process, with collected objects kept: what a piece of work
// allocates, and by which functions (bench/edit-allocation.js, bench/corpus-allocation.js). Unlike
// time, this hardly moves with the machine's load: a change's effect shows in one run.
const inspector = require('node:inspector');

const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

/**
 * Runs `work` (async) under the sampler; bytes allocated in all, and by function (`name file:line`).
 * `survivors`: only what no scavenge collected (what lived through one into the old generation, or lives still).
 */
async function allocationOf(work, { survivors = false } = {}) {
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !survivors });
  await work();
  const { profile } = await post('HeapProfiler.stopSampling');
  const byFunction = new Map();
  let total = 0;
  const nameOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  // a builtin (Map, next, push) is named with the function that called it
  const walk = (node, caller) => {
    const own = nameOf(node.callFrame);
    if (node.selfSize) {
      const name = node.callFrame.url || !caller ? own : `${node.callFrame.functionName} in ${caller}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const child of node.children) walk(child, node.callFrame.url ? own : caller);
  };
  walk(profile.head, undefined);
  return { total, byFunction };
}

/** The `top` functions that allocated most, a line each, in KB per `per` (an edit, a file). */
function topAllocators({ byFunction }, per, top) {
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => `  ${(bytes / per / 1e3).toFixed(1).padStart(6)} KB  ${name}`);
}

module.exports = { allocationOf, topAllocators };
