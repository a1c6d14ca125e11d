#!/usr/bin/env node
'use strict';
// One small file, whole process, against bare node (a lint with and without RUN, and `dflint layers`): wall time and the process's own CPU time
// (getrusage at exit, all threads; it moves less than wall time on a shared machine). Commands
// run interleaved, so a load change hits them all alike. Prints figures, never fails.
// Usage: node bench/startup.js [--runs N] [--bin BUNDLED_BIN]... [--bundles-only]  (after npm run build;
// --bundles-only leaves out the tsc output's bin, to compare bundles in more runs per minute)
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const option = (name) => process.argv.flatMap((arg, i) => (arg === name ? [process.argv[i + 1]] : []));
const RUNS = Number(option('--runs')[0] ?? 15);

const work = mkdtempSync(path.join(os.tmpdir(), 'dflint-startup-'));
// a file without RUN needs no shell parser: it shows what tree-sitter costs the other one
writeFileSync(path.join(work, 'Dockerfile'), 'FROM alpine:3.20\nWORKDIR /app\nCOPY Dockerfile /app/\nUSER 1000\nCMD ["/app/run"]\n');
const FILES = { 'with RUN': 'examples/python-api/Dockerfile', 'no RUN': path.join(work, 'Dockerfile') };
const cpuProbe = path.join(work, 'cpu-at-exit.js');
writeFileSync(cpuProbe, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(process.env.DFLINT_BENCH_CPU, String((u.user + u.system) / 1000)); });\n");

const commands = [['node -e 0', ['-e', '0']]];
const fromSource = process.argv.includes('--bundles-only') ? [] : [['dflint (tsc output)', path.join(ROOT, 'packages/cli/bin/dflint.js')]];
const bins = [...fromSource, ...option('--bin').map((bin) => [`dflint (${bin})`, path.resolve(bin)])];
for (const [label, bin] of bins) {
  for (const [kind, file] of Object.entries(FILES)) commands.push([`${label}, ${kind}`, [bin, file]]);
  commands.push([`${label}, layers with RUN`, [bin, 'layers', FILES['with RUN']]]);
}

const { medianOf: median } = require('./timing.js');
const wall = commands.map(() => []);
const cpu = commands.map(() => []);
const cpuFile = path.join(work, 'cpu');
// offline: a base image is resolved over the network otherwise, which is not start-up
const env = { ...process.env, DFLINT_OFFLINE: '1', DFLINT_BENCH_CPU: cpuFile };
for (let run = 0; run < RUNS; run++) {
  commands.forEach(([, args], i) => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-r', cpuProbe, ...args], { cwd: ROOT, env, stdio: 'ignore' });
    wall[i].push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu[i].push(Number(readFileSync(cpuFile, 'utf8')));
  });
}
rmSync(work, { recursive: true, force: true });

console.log(`whole process, one small file, median of ${RUNS} interleaved runs (ratio to bare node):`);
const bareWall = median(wall[0]);
const bareCpu = median(cpu[0]);
commands.forEach(([label], i) => {
  const w = median(wall[i]);
  const c = median(cpu[i]);
  console.log(`  ${label.padEnd(44)} wall ${w.toFixed(0).padStart(5)} ms ×${(w / bareWall).toFixed(2)}   cpu ${c.toFixed(0).padStart(5)} ms ×${(c / bareCpu).toFixed(2)}`);
});
