// LintThreads: this thread and the workers share a run's files chunk by chunk, and the outcomes come
// out in the run's order whoever linted them, a worker that dies included.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ContextCaches } from '@dflint/core';
import { CHUNK, CHUNKS_HELD, LintThreads, MAX_AHEAD } from '../src/lint-workers';
import type { FileJob } from '../src/lint-file';
import { tempDir } from './run-cli';

const SETUP = { env: {}, quiet: false, baseImages: false, packageIndexes: false };

function jobsIn(dir: string, count: number): FileJob[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${String(i).padStart(3, '0')}.Dockerfile`;
    writeFileSync(path.join(dir, name), `FROM alpine:3.20\nRUN apk add curl\nENV N=${i}\n`);
    return { name, dockerfilePath: path.join(dir, name), maxFileSize: 1 << 20, settings: {}, contextRoot: dir, registry: { offline: true }, hadolintPragmas: true, awaitShellcheck: false, fixes: false };
  });
}

/** A worker that answers each chunk after `delayMs` with results named `<file>@worker` (their note says when), or dies on its first chunk. */
function fakeWorker(dir: string, behaviour: 'answer' | 'die', delayMs = 0): string {
  const script = path.join(dir, `${behaviour}-worker.js`);
  writeFileSync(
    script,
    behaviour === 'die'
      ? `require('node:worker_threads').parentPort.once('message', () => process.exit(3));\n`
      : `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ first, jobs }) => setTimeout(() => parentPort.postMessage({
  first,
  outcomes: jobs.map((job) => ({ result: { file: job.name + '@worker', findings: [], text: '' }, messages: ['note on ' + job.name + '\\n', 'answered at ' + Date.now()] })),
  shellcheckAsked: true,
}), ${delayMs}));\n`,
  );
  return script;
}

async function takeAll(threads: LintThreads, count: number): Promise<Array<{ file?: string; messages: string[] }>> {
  const taken = [];
  for (let i = 0; i < count; i++) {
    const outcome = await threads.take();
    taken.push({ file: outcome.result?.file, messages: outcome.messages });
  }
  await threads.close();
  return taken;
}

test('files linted here and on a slow worker come out in the run order, with their notes', async () => {
  const dir = tempDir();
  const jobs = jobsIn(dir, 300);
  const threads = new LintThreads(fakeWorker(dir, 'answer', 300), 1, SETUP);
  threads.start(jobs, new ContextCaches());
  const taken = await takeAll(threads, jobs.length);
  expect(taken.map((outcome) => outcome.file?.replace('@worker', ''))).toEqual(jobs.map((job) => job.name));
  const onWorker = taken.filter((outcome) => outcome.file?.endsWith('@worker'));
  // both threads took chunks; the worker's notes travel with its files
  expect(onWorker.length).toBeGreaterThan(0);
  expect(onWorker.length).toBeLessThan(jobs.length);
  expect(onWorker.every((outcome) => outcome.messages.length === 2 && outcome.messages[0] === `note on ${outcome.file!.replace('@worker', '')}\n`)).toBe(true);
  expect(threads.shellcheckAsked).toBe(true);
});

test("a worker that dies hands its files back: this thread lints them, in order", async () => {
  const dir = tempDir();
  const jobs = jobsIn(dir, 100);
  const threads = new LintThreads(fakeWorker(dir, 'die'), 2, SETUP);
  threads.start(jobs, new ContextCaches());
  const taken = await takeAll(threads, jobs.length);
  expect(taken.map((outcome) => outcome.file)).toEqual(jobs.map((job) => job.name));
  expect(threads.shellcheckAsked).toBe(false);
});

test('a worker is sent no more files while the report is far behind, and is fed again as it catches up', async () => {
  const dir = tempDir();
  const jobs = jobsIn(dir, 600);
  const threads = new LintThreads(fakeWorker(dir, 'answer'), 1, SETUP);
  threads.start(jobs, new ContextCaches());
  // nothing is taken for a while: an unbounded worker would answer every file it could get
  await new Promise((wait) => setTimeout(wait, 1000));
  const firstTake = Date.now();
  const taken = await takeAll(threads, jobs.length);
  expect(taken.map((outcome) => outcome.file?.replace('@worker', ''))).toEqual(jobs.map((job) => job.name));
  const answeredAt = (outcome: { messages: string[] }) => Number(outcome.messages[1]?.replace('answered at ', ''));
  const onWorker = taken.filter((outcome) => outcome.file?.endsWith('@worker'));
  const answeredEarly = onWorker.filter((outcome) => answeredAt(outcome) < firstTake).length;
  // the chunks it held when the report fell MAX_AHEAD behind, and one this thread was linting
  expect(answeredEarly).toBeLessThanOrEqual(MAX_AHEAD + (CHUNKS_HELD + 1) * CHUNK);
  expect(onWorker.length).toBeGreaterThan(answeredEarly);
});
