'use strict';
// Preloaded by corpus-jobs.js: the process's peak RSS (KiB) and CPU time (ms, all threads), on stderr as it exits.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`dflint-bench-max-rss ${usage.maxRSS} cpu-ms ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
