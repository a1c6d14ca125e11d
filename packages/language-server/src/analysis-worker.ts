import { parentPort } from 'node:worker_threads';
import { AnalysisPoster } from './analysis-delta';
import { analyze, checkFixes, documentKey, fixAll, fixesOf, forgetBuildContexts } from './analyze';
import type { WorkerRequest, WorkerResponse } from './analysis-types';
import { forgetBaseImages } from './cached-base-images';
import { IdleScavenge } from './idle-scavenge';
import { warmUp } from './warm-up';

const idleScavenge = new IdleScavenge();

// Runs in a worker thread so a slow or runaway analysis never blocks the LSP connection: the
// server can time it out, terminate it and keep answering.
parentPort?.on('message', (request: WorkerRequest) => {
  idleScavenge.started();
  void handle(request).then((response) => {
    parentPort?.postMessage(response);
    idleScavenge.answered();
  });
});

const poster = new AnalysisPoster();

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    if (request.op === 'fix-all') return { id: request.id, ok: true, fixedText: await fixAll(request.input) };
    if (request.op === 'fixes') return { id: request.id, ok: true, fixes: await fixesOf(request.input) };
    if (request.op === 'check-fixes') return { id: request.id, ok: true, passing: await checkFixes(request.text, request.fixes) };
    if (request.op === 'forget-build-contexts') {
      forgetBuildContexts();
      return { id: request.id, ok: true };
    }
    if (request.op === 'warm-up') {
      const { spentMs, done } = await warmUp(request.input, request.round, request.spentMs);
      return { id: request.id, ok: true, warmUpSpentMs: spentMs, warmUpDone: done };
    }
    if (request.op === 'forget-base-images') {
      forgetBaseImages();
      return { id: request.id, ok: true };
    }
    const analysis = await analyze(request.input);
    return { id: request.id, ok: true, analysis: poster.post(documentKey(request.input), request.input.text, analysis) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
