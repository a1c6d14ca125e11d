import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { announceSkip, SERVER_BIN, serverEnv, SHARED } from './lsp-client';

// A real editor as the LSP client: headless Neovim (0.7+) runs the shared check script, which
// prints the diagnostics and code action titles as JSON and, with LSP_APPLY=1, applies the first
// action and writes the buffer to FILE.fixed.
const SCRIPT = path.join(SHARED, 'tools/nvim-lsp-check.lua');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const skipReason = nvim.status !== 0 ? 'nvim is not installed (Debian package `neovim`)' : !existsSync(SCRIPT) ? `${SCRIPT} is absent` : undefined;
if (skipReason) announceSkip(`neovim end-to-end test: ${skipReason}`);
const maybe = skipReason ? test.skip : test;

const BLOATED = `FROM busybox:1.36
RUN mkdir /data
RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one
RUN chmod -R 0777 /data
CMD ls -alh /data
`;

interface CheckOutput {
  error?: string;
  diagnostics: Array<{ lnum: number; end_lnum: number; severity: string; message: string; source: string; code?: string }>;
  code_actions: Array<{ lnum: number; title: string; kind?: string }>;
  applied?: { title: string; wrote: string };
}

function runCheck(file: string, apply: boolean): CheckOutput {
  const result = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${SCRIPT}`, file], {
    encoding: 'utf8',
    env: { ...serverEnv(), LSP_CMD: `${process.execPath} ${SERVER_BIN} --stdio`, LSP_APPLY: apply ? '1' : '0', LSP_TIMEOUT: '20000' },
    timeout: 60_000,
  });
  const line = result.stdout.split('\n').find((each) => each.startsWith('{'));
  if (!line) throw new Error(`nvim printed no JSON (status ${result.status}): ${result.stdout}\n${result.stderr}`);
  return JSON.parse(line) as CheckOutput;
}

describe('Neovim as the LSP client', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dflint-nvim-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  maybe('shows the diagnostics with rule codes and the bytes', () => {
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, BLOATED);
    const output = runCheck(file, false);
    expect(output.error).toBeUndefined();
    const merge = output.diagnostics.find((d) => d.code === 'consecutive-run');
    expect(merge).toMatchObject({ lnum: 2, end_lnum: 4, severity: 'WARN', source: 'dflint' });
    expect(merge?.message).toContain('1.0 MiB');
    expect(output.code_actions.find((a) => a.lnum === 2)?.title).toMatch(/^Merge the RUNs at lines 2, 3 and 4/);
  });

  maybe('applies the merge code action to the buffer', () => {
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, BLOATED);
    const output = runCheck(file, true);
    expect(output.applied?.title).toMatch(/^Merge the RUNs/);
    expect(readFileSync(`${file}.fixed`, 'utf8')).toBe(`FROM busybox:1.36
RUN mkdir /data && \\
    dd if=/dev/zero bs=1024 count=1024 of=/data/one && \\
    chmod -R 0777 /data
CMD ls -alh /data
`);
  });
});
