import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { DownloadProgressBars } from './download-progress';

function recorder() {
  const sent: unknown[][] = [];
  const create = async () =>
    ({
      begin: (...args: unknown[]) => sent.push(['begin', ...args]),
      report: (...args: unknown[]) => sent.push(['report', ...args]),
      done: () => sent.push(['done']),
    }) as unknown as WorkDoneProgressServerReporter;
  return { sent, create };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const IMAGE = 'docker.io/library/debian:bookworm';

describe('progress bars for background downloads', () => {
  test('one bar per image; a report only when the percentage or the layers done move; all end when downloads are over', async () => {
    const { sent, create } = recorder();
    const bars = new DownloadProgressBars(create);
    const mib = 1024 * 1024;
    for (const received of [0, 1000, 2000, 5 * mib]) bars.report({ image: IMAGE, receivedBytes: received, totalBytes: 10 * mib, layersDone: 0, layerCount: 3 });
    bars.report({ image: IMAGE, receivedBytes: 5 * mib, totalBytes: 10 * mib, layersDone: 1, layerCount: 3 });
    bars.report({ image: 'docker.io/library/alpine:3.20', receivedBytes: 1, totalBytes: 2, layersDone: 0, layerCount: 1 });
    bars.doneAll();
    await flush();
    expect(sent).toEqual([
      ['begin', `dflint: downloading ${IMAGE}`, 0],
      ['begin', 'dflint: downloading docker.io/library/alpine:3.20', 0],
      ['report', 0, '0 B of 10.0 MiB (0/3 layers)'],
      ['report', 50, '5.0 MiB of 10.0 MiB (0/3 layers)'],
      ['report', 50, '5.0 MiB of 10.0 MiB (1/3 layers)'],
      ['done'],
      ['report', 50, '1 B of 2 B (0/1 layers)'],
      ['done'],
    ]);
  });

  test('a client that refuses to create a bar is asked once per download, not at every chunk', async () => {
    let asked = 0;
    const bars = new DownloadProgressBars(() => {
      asked++;
      return Promise.reject(new Error('window/workDoneProgress/create failed'));
    });
    for (const received of [1, 2]) bars.report({ image: IMAGE, receivedBytes: received, totalBytes: 2, layersDone: 0, layerCount: 1 });
    bars.doneAll();
    await flush();
    expect(asked).toBe(1);
  });
});
