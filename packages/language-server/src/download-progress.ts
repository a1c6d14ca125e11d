import { formatByteCount, type DownloadProgress } from '@dflint/core';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';

interface Bar {
  reporter: Promise<WorkDoneProgressServerReporter | undefined>;
  /** what was last sent: a report goes out only when the percentage or the layer count moves */
  shown: string;
}

/**
 * The editor's progress bars (LSP work-done progress, when the client offers it) for base images
 * downloading in the background: `dflint: downloading docker.io/library/debian:bookworm` with
 * `12.3 MiB of 48.1 MiB (1/3 layers)`.
 */
export class DownloadProgressBars {
  private readonly bars = new Map<string, Bar>();

  constructor(private readonly create: () => Promise<WorkDoneProgressServerReporter>) {}

  report(progress: DownloadProgress): void {
    let bar = this.bars.get(progress.image);
    if (!bar) {
      const reporter = this.create().then(
        (created) => {
          created.begin(`dflint: downloading ${progress.image}`, 0);
          return created;
        },
        () => undefined,
      );
      this.bars.set(progress.image, (bar = { reporter, shown: '' }));
    }
    const percentage = progress.totalBytes > 0 ? Math.min(100, Math.floor((progress.receivedBytes / progress.totalBytes) * 100)) : 0;
    const shown = `${percentage} ${progress.layersDone}`;
    if (shown === bar.shown) return;
    bar.shown = shown;
    const message = `${formatByteCount(progress.receivedBytes)} of ${formatByteCount(progress.totalBytes)} (${progress.layersDone}/${progress.layerCount} layers)`;
    void bar.reporter.then((reporter) => reporter?.report(percentage, message));
  }

  /** no download is under way any more: every bar ends */
  doneAll(): void {
    for (const bar of this.bars.values()) void bar.reporter.then((reporter) => reporter?.done());
    this.bars.clear();
  }
}
