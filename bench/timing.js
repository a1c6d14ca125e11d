// Timing helpers the benches share.

/** Milliseconds since `start` (a process.hrtime.bigint()). */
function ms(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `fn` `runs` times: the median, min and max in ms, and the last result. */
function median(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    times.push(ms(start));
  }
  times.sort((a, b) => a - b);
  return { ms: medianOf(times), min: times[0], max: times[runs - 1], result };
}

/** The middle of the values (the upper one of the two middles for an even count). */
function medianOf(values) {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

/** The value at quantile `q` (0.95 for p95) of the values: the one at floor(q * count) in order. */
function quantileOf(values, q) {
  return [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
}

module.exports = { ms, median, medianOf, quantileOf };
