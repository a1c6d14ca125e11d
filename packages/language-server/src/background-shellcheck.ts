import type { Analysis } from './analysis-types';

export interface BackgroundShellcheckDeps {
  /** these documents' scripts are checked now: analyse them again */
  settled(uris: string[]): void;
  log(message: string): void;
}

/**
 * The editor's side of ShellCheck: the analysis worker checks RUN scripts it has not seen in the
 * background and says so (`shellcheckPending`); the document is analysed again shortly after, until
 * its scripts are known, and its diagnostics re-published with ShellCheck's findings. Without a
 * binary, one log line per session.
 */
export class BackgroundShellcheck {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly tries = new Map<string, number>();
  private logged = false;

  constructor(
    private readonly deps: BackgroundShellcheckDeps,
    private readonly delayMs = 200,
    private readonly maxTries = 50,
  ) {}

  analysed(uri: string, analysis: Pick<Analysis, 'shellcheckPending' | 'shellcheckProblem'>): void {
    if (analysis.shellcheckProblem && !this.logged) {
      this.logged = true;
      this.deps.log(`dflint: ShellCheck did not run (${analysis.shellcheckProblem}), so the shellcheck rule finds nothing; install ShellCheck (e.g. apt-get install shellcheck), or set DFLINT_SHELLCHECK=0 to go without it quietly`);
    }
    if (!analysis.shellcheckPending) {
      this.tries.delete(uri);
      return;
    }
    const tries = (this.tries.get(uri) ?? 0) + 1;
    if (this.timers.has(uri) || tries > this.maxTries) return;
    this.tries.set(uri, tries);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.deps.settled([uri]);
    }, this.delayMs);
    timer.unref();
    this.timers.set(uri, timer);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.tries.delete(uri);
  }
}
