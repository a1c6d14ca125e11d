'use strict';
// Issue 13 item 7's hostile inputs, each run by the real CLI as a child: exit, wall time, peak RSS.
// Big files are written by streaming (or sparse), never held in memory here.
const { closeSync, copyFileSync, createWriteStream, ftruncateSync, openSync, statSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { once } = require('node:events');
const { runCli } = require('./run-cli');

/** Writes `chunks()` (an iterator of strings) to `file` through a stream. */
async function stream(file, chunks) {
  const out = createWriteStream(file);
  for (const chunk of chunks()) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return file;
}

function* repeat(head, line, times, tail = '') {
  yield head;
  const block = 1000;
  for (let i = 0; i < times; i += block) yield line.repeat(Math.min(block, times - i));
  yield tail;
}

const HOSTILE = [
  ['1 GB file (sparse, NUL bytes)', async (dir) => {
    const file = path.join(dir, 'one-gigabyte');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    return file;
  }],
  ['/dev/zero', async () => '/dev/zero'],
  ['/dev/urandom', async () => '/dev/urandom'],
  ['a FIFO with no writer', async (dir) => {
    const file = path.join(dir, 'fifo');
    spawnSync('mkfifo', [file]);
    return file;
  }],
  ['100 MB text file', (dir) => stream(path.join(dir, 'hundred-mb.Dockerfile'), () => repeat('FROM alpine\n', 'RUN echo 0123456789012345678901234567890123456789 && true\n', 2_000_000))],
  ['5 MB single line', (dir) => stream(path.join(dir, 'long-line.Dockerfile'), () => repeat('FROM alpine\nRUN echo ', 'a', 5 * 1024 * 1024, '\n'))],
  ['200,000 one-line RUNs', (dir) => stream(path.join(dir, 'many-runs.Dockerfile'), () => repeat('FROM alpine\n', 'RUN echo x\n', 200_000))],
  ['52,000 one-line RUNs (at the line limit)', (dir) => stream(path.join(dir, 'at-line-limit.Dockerfile'), () => repeat('FROM alpine\n', 'RUN echo x\n', 52_000))],
  ['9.6 MB of short lines (1.6 M RUNs)', (dir) => stream(path.join(dir, 'short-lines.Dockerfile'), () => repeat('FROM alpine\n', 'RUN a\n', 1_600_000))],
  ['10,000-stage pipeline', (dir) => stream(path.join(dir, 'pipeline.Dockerfile'), () => repeat('FROM alpine\nRUN mkdir /a && chmod 755 /a && x', ' | y', 10_000, '\n'))],
  ['112 KB blanks in RUN, then a RUN', (dir) => stream(path.join(dir, 'blanks.Dockerfile'), () => repeat('FROM alpine\nRUN echo', ' ', 112_000, 'x\nRUN echo y\n'))],
  ['2,000 nested ifs', (dir) => stream(path.join(dir, 'nested-ifs.Dockerfile'), () => repeat('FROM alpine\nRUN ', 'if true; then ', 2000, `echo x${'; fi'.repeat(2000)}\n`))],
  ['ENV ${B:- ×3000', (dir) => stream(path.join(dir, 'env-nesting.Dockerfile'), () => repeat('FROM alpine\nENV A=', '${B:-', 3000, `${'}'.repeat(3000)}\nCOPY a /a\n`))],
];

/** Small enough to also try --fix on a copy. */
const FIX_LIMIT = 10 * 1024 * 1024;

function describe(run) {
  const mb = (run.rssKiB / 1024).toFixed(0);
  const how = run.rssCapped ? `MEMORY: killed over ${(run.rssKiB / 1024).toFixed(0)} MB` : run.timedOut ? `HANG: killed after ${(run.ms / 1000).toFixed(1)} s` : run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
  let said = run.stderr.split('\n').find(Boolean) ?? '';
  try {
    const internal = JSON.parse(run.stdout).flatMap((result) => result.findings).filter((finding) => finding.rule === 'internal-error');
    if (internal.length) said = `${internal.length} internal-error findings: ${internal[0].message} ${said}`;
  } catch {
    // no JSON: what stderr said stands
  }
  return `${how.padEnd(28)} ${(run.ms / 1000).toFixed(2).padStart(7)} s ${mb.padStart(6)} MB peak RSS  ${said.slice(0, 110)}`;
}

async function runHostile(dir, { timeoutMs, maxRssKiB }) {
  console.log(`\nhostile inputs (item 7), each a child of the real CLI, killed after ${timeoutMs / 1000} s or over ${maxRssKiB / 1024} MB:`);
  for (const [name, make] of HOSTILE) {
    let file;
    try {
      file = await make(dir);
    } catch (error) {
      console.log(`  ${name}: could not be made here (${error.message})`);
      continue;
    }
    const lint = await runCli(['--format', 'json', file], { cwd: dir, timeoutMs, maxRssKiB, maxOutput: 1024 * 1024 });
    console.log(`  ${name.padEnd(40)} lint   ${describe(lint)}`);
    // the same bytes on stdin (a FIFO with no writer would block this script's own open)
    if (!name.includes('FIFO')) {
      const piped = await runCli(['--format', 'json', '-'], { cwd: dir, timeoutMs, maxRssKiB, maxOutput: 1024 * 1024, stdinFile: file });
      console.log(`  ${''.padEnd(40)} stdin  ${describe(piped)}`);
    }
    const size = file.startsWith('/dev/') ? Infinity : statSync(file).size;
    if (size <= FIX_LIMIT && statSync(file).isFile()) {
      const copy = `${file}.fix`;
      copyFileSync(file, copy);
      const fix = await runCli(['--format', 'json', '--fix', copy], { cwd: dir, timeoutMs, maxRssKiB, maxOutput: 1024 * 1024 });
      console.log(`  ${''.padEnd(40)} --fix  ${describe(fix)}`);
    }
  }
}

module.exports = { runHostile };
