import { parseDocumentSync, ruleRuns, shellcheckCache, shellcheckJobs, type Rule, type RuleSetting } from '@dflint/core';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { readDockerfile } from './read-input';

/** The rule whose findings come from ShellCheck. */
const SHELLCHECK_RULE = 'shellcheck';

/** A Dockerfile of the run whose RUN scripts ShellCheck reads. */
export interface ShellcheckInput {
  path: string;
  name: string;
  maxFileSize: number;
}

/** Whether the shellcheck rule runs under these settings (so ShellCheck is worth starting). */
export function shellcheckRuns(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>>): boolean {
  const rule = rules.find((each) => each.meta.name === SHELLCHECK_RULE);
  return rule !== undefined && ruleRuns(rule.meta, settings[SHELLCHECK_RULE]);
}

/** Whether a file's analysis waits for its scripts' ShellCheck results: the rule runs, and ShellCheck can. */
export function awaitsShellcheck(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>>): boolean {
  return shellcheckRuns(rules, settings) && shellcheckCache().available();
}

/**
 * Starts checking the RUN scripts of every file of the run in the background, ahead of the lint:
 * the files are read and parsed one per turn of the event loop, their scripts queued in batches
 * that run in parallel (the process's ShellCheck cache). The lint of each file then waits for
 * its own scripts only (analyzeDockerfile's `awaitShellcheck`). Nothing here fails the run: a file
 * it cannot read is the lint's to report.
 */
export function prefetchShellcheck(inputs: readonly ShellcheckInput[]): void {
  const cache = shellcheckCache();
  if (inputs.length < 2 || !cache.available()) return;
  void (async () => {
    let pending: Parameters<typeof cache.prefetch>[0][number][] = [];
    for (const input of inputs) {
      try {
        const text = await readDockerfile(input.path, input.name, input.maxFileSize);
        pending.push(...shellcheckJobs(parseDocumentSync(text)));
      } catch {
        // unreadable: the lint says so
      }
      if (pending.length >= 120) {
        void cache.prefetch(pending);
        pending = [];
      }
      await nextTurn();
    }
    void cache.prefetch(pending);
  })();
}

/**
 * The one line a run prints when its shellcheck rule ran without ShellCheck (no binary on PATH,
 * or a failing one; `askedInWorkers`: the rule ran on --jobs worker threads); nothing when ShellCheck ran, the rule did not, or DFLINT_SHELLCHECK=0 says so.
 */
export function shellcheckNotice(askedInWorkers = false): string | undefined {
  const status = shellcheckCache().status();
  if (!(status.asked || askedInWorkers) || !status.problem || status.switchedOff) return undefined;
  const missing = status.binary === undefined;
  return missing
    ? `dflint: note: ShellCheck did not run (${status.problem}), so the shellcheck rule found nothing; install ShellCheck (e.g. \`apt-get install shellcheck\`), or set DFLINT_SHELLCHECK=0 to go without it quietly\n`
    : `dflint: note: ${status.problem}; the shellcheck rule's findings may be incomplete\n`;
}
