// Timing helpers the package-index benches share.

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
  return { ms: times[runs >> 1], min: times[0], max: times[runs - 1], result };
}

module.exports = { ms, median };
