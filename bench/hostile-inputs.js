#!/usr/bin/env node
'use strict';
// Time and peak RSS of whole CLI runs on hostile input (issue 13, item 7): what is refused must
// fail fast and small; what is accepted must stay about linear. Prints figures only, never fails.
// Needs the build. Each run is its own process, stopped after --timeout seconds (default 300).
// Usage: node bench/hostile-inputs.js [--timeout S] [--only NAME,NAME] [--no-fix]
const { spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'packages/cli/bin/dflint.js');
const { SHARED } = require('./shared-dir.js');
const MB = 1024 * 1024;

function argument(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** `node -r <this>` writes the child's peak RSS to DFLINT_BENCH_RSS_FILE as it exits. */
const RSS_PRELOAD = `process.on('exit', () => require('node:fs').writeFileSync(process.env.DFLINT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));`;

function normalInstructions(bytes) {
  const corpus = path.join(SHARED, 'corpus/dockerfiles');
  if (!existsSync(corpus)) return undefined;
  const texts = readdirSync(corpus, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .filter((text) => !text.includes('\0'));
  const out = [];
  for (let size = 0; size < bytes; ) {
    for (const text of texts) {
      out.push(text);
      size += text.length + 1;
      if (size >= bytes) break;
    }
  }
  return out.join('\n');
}

/** Written into `dir`; a missing input (no corpus) is left out. */
function makeInputs(dir) {
  const line = 'a'.repeat(5 * MB);
  const runs = Array.from({ length: 200_000 }, (_, i) => `RUN echo ${i}`).join('\n');
  const inputs = {
    'run-line-5MB': `FROM alpine\nRUN echo ${line}\n`,
    'env-line-5MB': `FROM alpine\nENV A=${line}\n`,
    'label-line-5MB': `FROM alpine\nLABEL a=${line}\n`,
    'comment-line-5MB': `FROM alpine\n# ${line}\nRUN true\n`,
    'runs-200k': `FROM alpine\n${runs}\n`,
    'normal-9MB': normalInstructions(9 * MB),
    'text-12MB': `FROM alpine\n${'RUN echo a\n'.repeat(Math.ceil((12 * MB) / 11))}`,
  };
  for (const [name, text] of Object.entries(inputs)) if (text !== undefined) writeFileSync(path.join(dir, name), text);
  return Object.keys(inputs).filter((name) => inputs[name] !== undefined);
}

function measure(args, { cwd, stdin, timeoutSeconds }) {
  const rssFile = path.join(cwd, '.rss');
  rmSync(rssFile, { force: true });
  const fd = stdin ? openSync(stdin, 'r') : 'ignore';
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', path.join(cwd, 'rss.js'), BIN, ...args], {
    cwd,
    stdio: [fd, 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    // offline: what is measured is dflint's time and memory on the input, not a registry's
    env: { ...process.env, DFLINT_OFFLINE: '1', DFLINT_BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (typeof fd === 'number') closeSync(fd);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined;
  const status = result.error?.code === 'ETIMEDOUT' ? `stopped after ${timeoutSeconds} s` : `exit ${result.status}`;
  const message = result.stderr.trim().split('\n')[0] ?? '';
  return `${seconds.toFixed(2).padStart(7)} s  ${rss === undefined ? '    ?' : rss.toFixed(0).padStart(5)} MB  ${status}${message ? `  ${message.slice(0, 90)}` : ''}`;
}

function main() {
  const timeoutSeconds = Number(argument('--timeout') ?? 300);
  const only = argument('--only')?.split(',');
  const dir = mkdtempSync(path.join(tmpdir(), 'dflint-hostile-'));
  try {
    writeFileSync(path.join(dir, 'rss.js'), RSS_PRELOAD);
    mkdirSync(path.join(dir, 'context'));
    const run = (label, args, stdin) => {
      if (only && !only.some((name) => label.includes(name))) return;
      console.log(`${label.padEnd(42)} ${measure(args, { cwd: dir, stdin, timeoutSeconds })}`);
    };
    console.log('refused (a one-line error, exit 2):');
    if (existsSync('/dev/zero')) {
      run('  dflint /dev/zero', ['/dev/zero']);
      run('  dflint - < /dev/zero', ['-'], '/dev/zero');
      run('  dflint - < /dev/urandom', ['-'], '/dev/urandom');
    }
    if (spawnSync('mkfifo', [path.join(dir, 'fifo')]).status === 0) run('  dflint fifo (no writer)', ['fifo']);
    const names = makeInputs(dir);
    run('  dflint text-12MB (over 10 MB)', ['text-12MB']);
    run('  dflint - < text-12MB', ['-'], path.join(dir, 'text-12MB'));
    console.log('accepted:');
    for (const name of names.filter((candidate) => candidate !== 'text-12MB')) {
      run(`  dflint ${name}`, [name, '--context', 'context']);
      run(`  dflint layers ${name}`, ['layers', name, '--context', 'context']);
      if (!process.argv.includes('--no-fix')) run(`  dflint --fix - < ${name}`, ['--fix', '-'], path.join(dir, name));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
