'use strict';
// Runs the real dflint CLI as a child: output, exit, wall time, peak RSS, and a kill on timeout.
const { spawn } = require('node:child_process');
const { closeSync, openSync, readFileSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./corpus');

const BIN = path.join(ROOT, 'packages/cli/bin/dflint.js');
const PRELOAD = path.join(__dirname, 'rss-preload.js');
let runs = 0;

/** Peak RSS so far of a live process, in KiB (Linux /proc), or 0. */
function peakRss(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * `dflint <args>` in `cwd`; resolves with { code, signal, stdout, stderr, ms, rssKiB, timedOut, rssCapped }:
 * killed after `timeoutMs`, or as soon as its RSS passes `maxRssKiB`.
 * Output beyond `maxOutput` bytes is cut (a run that floods is still measured).
 */
function runCli(args, { cwd, timeoutMs, maxRssKiB = 3 * 1024 * 1024, maxOutput = 256 * 1024 * 1024, script = BIN, stdinFile }) {
  const rssFile = path.join(os.tmpdir(), `dflint-fuzz-rss-${process.pid}-${runs++}`);
  // `dflint -` reading the file on its stdin, as `dflint - < file` does
  const stdinFd = stdinFile ? openSync(stdinFile, 'r') : undefined;
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-r', PRELOAD, script, ...args], {
      cwd,
      env: { ...process.env, DFLINT_FUZZ_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: [stdinFile ? stdinFd : 'ignore', 'pipe', 'pipe'],
    });
    if (stdinFile) closeSync(stdinFd);
    const out = [];
    const err = [];
    let outBytes = 0;
    const collect = (into) => (chunk) => {
      if (outBytes < maxOutput) into.push(chunk);
      outBytes += chunk.length;
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    let rssKiB = 0;
    let rssCapped = false;
    // a child that keeps growing is stopped before it takes the machine's memory from everyone else
    const poll = setInterval(() => {
      rssKiB = Math.max(rssKiB, peakRss(child.pid));
      if (rssKiB > maxRssKiB && !rssCapped) {
        rssCapped = true;
        child.kill('SIGKILL');
      }
    }, 100);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      rssKiB = Math.max(rssKiB, peakRss(child.pid));
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      try {
        rssKiB = Math.max(rssKiB, Number(readFileSync(rssFile, 'utf8')));
        rmSync(rssFile, { force: true });
      } catch {
        // killed before it could write: the polled figure stands
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms, rssKiB, timedOut, rssCapped });
    });
  });
}

module.exports = { runCli, BIN };
