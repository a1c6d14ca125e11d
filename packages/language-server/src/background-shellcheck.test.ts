import { BackgroundShellcheck } from './background-shellcheck';

function background() {
  const settled: string[][] = [];
  const logs: string[] = [];
  const shellcheck = new BackgroundShellcheck({ settled: (uris) => settled.push(uris), log: (message) => logs.push(message) }, 5, 3);
  return { shellcheck, settled, logs };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

test('without ShellCheck: one log line per session, however many analyses say so', () => {
  const { shellcheck, logs } = background();
  shellcheck.analysed('file:///a', { shellcheckProblem: 'no `shellcheck` on PATH' });
  shellcheck.analysed('file:///b', { shellcheckProblem: 'no `shellcheck` on PATH' });
  expect(logs).toHaveLength(1);
  expect(logs[0]).toMatch(/^dflint: ShellCheck did not run \(no `shellcheck` on PATH\)/);
});

test('a document whose scripts are being checked is analysed again shortly, a bounded number of times', async () => {
  const { shellcheck, settled } = background();
  shellcheck.analysed('file:///a', { shellcheckPending: true });
  shellcheck.analysed('file:///a', { shellcheckPending: true });
  await tick();
  expect(settled).toEqual([['file:///a']]);
  for (let i = 0; i < 5; i++) {
    shellcheck.analysed('file:///a', { shellcheckPending: true });
    await tick();
  }
  expect(settled).toHaveLength(3);
  shellcheck.analysed('file:///a', {});
  shellcheck.analysed('file:///a', { shellcheckPending: true });
  await tick();
  expect(settled).toHaveLength(4);
});

test('a closed document is not analysed again', async () => {
  const { shellcheck, settled } = background();
  shellcheck.analysed('file:///a', { shellcheckPending: true });
  shellcheck.forget('file:///a');
  await tick();
  expect(settled).toEqual([]);
});
