'use strict';
// One batch of mutants through the real CLI: lint (JSON), --fix on copies, a second --fix on what
// changed (stability), then the content check. Returns the problems found, one per file and kind.
const { copyFileSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runCli } = require('./run-cli');

const INTERNAL_ERROR = 'internal-error';
const nameOf = (index) => `m${index}.Dockerfile`;

/** What went wrong with a whole run of the CLI, or undefined. */
function runFailure(run) {
  if (run.rssCapped) return { category: 'crash', detail: `killed: peak RSS over ${Math.round(run.rssKiB / 1024)} MB` };
  if (run.timedOut) return { category: 'hang', detail: `killed after ${Math.round(run.ms)} ms` };
  if (run.signal) return { category: 'crash', detail: `signal ${run.signal}` };
  if (![0, 1, 2].includes(run.code)) return { category: 'crash', detail: `exit ${run.code}: ${firstLines(run.stderr)}` };
  if (/^\s+at\s/m.test(run.stderr)) return { category: 'crash', detail: `stack trace on stderr: ${firstLines(run.stderr)}` };
  if (/internal error/i.test(run.stderr)) return { category: 'crash', detail: `"internal error" on stderr: ${firstLines(run.stderr)}` };
  try {
    JSON.parse(run.stdout);
  } catch {
    return { category: 'crash', detail: `stdout is not JSON: ${firstLines(run.stdout || run.stderr)}` };
  }
  return undefined;
}

function firstLines(text) {
  return text.split('\n').filter(Boolean).slice(0, 3).join(' | ').slice(0, 300);
}

/** Per file of one successful run: its findings, or that it was named on stderr (refused), or lost. */
function perFile(run, names) {
  const results = new Map(JSON.parse(run.stdout).map((result) => [path.basename(result.file), result.findings]));
  return names.map((name) => {
    if (results.has(name)) return { name, findings: results.get(name) };
    return run.stderr.includes(`${name}:`) ? { name, refused: true } : { name, lost: true };
  });
}

/**
 * Runs `args` over the files in `dir` (`prepare` first puts each file in place); a run that fails
 * as a whole is split in halves until the failure lands on the files that cause it. Returns per
 * name: { failure }, { findings }, { refused } or { lost }.
 */
async function runOver(dir, names, args, timeouts, prepare) {
  if (prepare) names.forEach(prepare);
  const run = await runCli([...args, ...names], { cwd: dir, timeoutMs: timeouts.file + timeouts.perFile * names.length });
  const failure = runFailure(run);
  if (!failure) return perFile(run, names);
  if (names.length === 1) return [{ name: names[0], failure }];
  const half = Math.ceil(names.length / 2);
  return [...(await runOver(dir, names.slice(0, half), args, timeouts, prepare)), ...(await runOver(dir, names.slice(half), args, timeouts, prepare))];
}

async function runBatch(mutants, work, { timeouts }) {
  const dirs = ['lint', 'fix', 'again', 'context'].map((sub) => path.join(work, sub));
  const [lintDir, fixDir, againDir, context] = dirs;
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  const names = mutants.map((m) => nameOf(m.index));
  const indexOf = new Map(mutants.map((m) => [nameOf(m.index), m.index]));
  for (const m of mutants) writeFileSync(path.join(lintDir, nameOf(m.index)), m.bytes);
  const problems = [];
  const note = (name, phase, category, detail) => problems.push({ index: indexOf.get(name), phase, category, detail });
  const review = (results, phase) => {
    for (const result of results) {
      if (result.failure) note(result.name, phase, result.failure.category, result.failure.detail);
      else if (result.lost) note(result.name, phase, 'lost-result', 'no result and no message for this file');
      else if (result.findings) {
        const internal = result.findings.filter((finding) => finding.rule === INTERNAL_ERROR);
        if (internal.length) note(result.name, phase, 'internal-error', firstLines(internal.map((finding) => finding.message).join('\n')));
      }
    }
  };
  const base = ['--format', 'json', '--context', context];
  const phases = {};
  let clock = Date.now();
  const lap = (phase) => {
    phases[phase] = Date.now() - clock;
    clock = Date.now();
  };
  review(await runOver(lintDir, names, base, timeouts), 'lint');
  lap('lint');

  const fresh = (name) => copyFileSync(path.join(lintDir, name), path.join(fixDir, name));
  const fixed = await runOver(fixDir, names, [...base, '--fix'], timeouts, fresh);
  review(fixed, 'fix');
  lap('fix');
  const changed = fixed
    .filter((result) => result.findings && !readFileSync(path.join(fixDir, result.name)).equals(readFileSync(path.join(lintDir, result.name))))
    .map((result) => result.name);
  if (changed.length === 0) return { problems, changed: 0, phases };

  const again = (name) => copyFileSync(path.join(fixDir, name), path.join(againDir, name));
  const second = await runOver(againDir, changed, [...base, '--fix'], timeouts, again);
  review(second, 'second fix');
  lap('again');
  for (const name of changed) {
    if (!readFileSync(path.join(againDir, name)).equals(readFileSync(path.join(fixDir, name)))) note(name, 'second fix', 'unstable', 'a second --fix changed the text again');
  }

  const list = changed.map((name) => ({ index: indexOf.get(name), original: path.join(lintDir, name), fixed: path.join(fixDir, name), context }));
  writeFileSync(path.join(work, 'changed.json'), JSON.stringify(list));
  const check = spawnSync(process.execPath, [path.join(__dirname, 'content-check.js'), path.join(work, 'changed.json')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeouts.file + timeouts.perFile * list.length * 4,
  });
  lap('check');
  let checked = [];
  try {
    checked = JSON.parse(check.stdout);
  } catch {
    for (const item of list) problems.push({ index: item.index, phase: 'content check', category: 'check-failed', detail: firstLines(check.stderr || String(check.error)) });
  }
  let replayDiffers = 0;
  for (const result of checked) {
    if (result.problems.length) problems.push({ index: result.index, phase: 'fix', category: 'lost-content', detail: result.problems.slice(0, 3).join(' | ') });
    if (result.error) problems.push({ index: result.index, phase: 'content check', category: 'check-failed', detail: result.error });
    if (result.replayDiffers) replayDiffers++;
  }
  return { problems, changed: changed.length, replayDiffers, phases };
}

module.exports = { runBatch, nameOf };
