import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './run-cli';

/**
 * Runs the bin with stdout and stderr on a pseudo-terminal (util-linux `script`), the progress
 * delay at 0; returns what the terminal was sent.
 */
export function onTerminal(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, shell: { stdoutTo?: string; columns?: number } = {}): string {
  const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;
  const bin = [process.execPath, path.join(REPO_ROOT, 'packages/cli/bin/dflint.js'), ...args].map(quote).join(' ');
  const size = shell.columns === undefined ? '' : `stty cols ${shell.columns}; `;
  const command = size + (shell.stdoutTo === undefined ? bin : `${bin} > ${quote(shell.stdoutTo)}`);
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd,
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CI: undefined, COLUMNS: undefined, NO_COLOR: '1', DFLINT_PROGRESS_AFTER_MS: '0', ...env },
  });
  if (result.status === null) throw new Error(`script did not finish: ${result.error?.message ?? result.signal}`);
  return result.stdout;
}

/** util-linux `script` (Debian package bsdutils) is there to make a pseudo-terminal */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
