import { WASM_BASELINE_FLAGS } from '@dflint/core/wasm-baseline';
import { setFlagsFromString } from 'node:v8';
import { startServer } from './server';
import { serverConnection } from './transport';
import { v8Gc } from './v8-gc';

const USAGE = `Usage: dflint-language-server --stdio
The dflint language server: diagnostics with layer bytes, quick fixes, inlay hints.
Transports: --stdio, --node-ipc, --socket=<port>, --pipe=<name>
`;

/**
 * The V8 flags the server sets as it starts (process-wide, so the analysis worker gets them too).
 * - WASM_BASELINE_FLAGS: tree-sitter's wasm stays on V8's baseline compiler (see there).
 * - `--heap-growing-percent=200`: V8 scales how much a heap may grow between full collections with its
 *   limit, and the analysis worker's old-generation limit (analyzer.ts, workerLimits) made it collect
 *   far more often than an unlimited heap (which grows 4x). Measured on bench/lsp.js's edits: ~2x the
 *   optimising compiles (code dropped when weak objects die, then compiled again) and more GC-thread
 *   time. Growing 3x cuts the server's CPU per edit by ~12% (~15-20% before the incremental analysis)
 *   for ~27 MiB more RSS after 200 edits (4x: little more gained, more memory). The limit still holds.
 * - `--no-parallel-scavenge`: scavenges on the thread that allocates, no helper threads: an edit's
 *   garbage (~10 MiB on 1,000 lines) is collected in a few ms, and on 2 shared cores the helpers took
 *   a core from the analysis more than they sped it up. Not --single-threaded-gc: set after V8 started,
 *   it crashes V8 (its concurrent marking is already set up); the scavenger reads this flag at each collection.
 */
export const SERVER_V8_FLAGS: readonly string[] = [...WASM_BASELINE_FLAGS, '--heap-growing-percent=200', '--no-parallel-scavenge'];

/** Entry point of the `dflint-language-server` bin. */
export function run(argv: string[] = process.argv.slice(2)): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    process.stdout.write(`${(require('../package.json') as { version: string }).version}\n`);
    return;
  }
  if (!argv.some((arg) => /^--(stdio|node-ipc|socket=|pipe=)/.test(arg))) {
    process.stderr.write(`dflint-language-server: say how to talk to the editor\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  for (const flag of SERVER_V8_FLAGS) setFlagsFromString(flag);
  // stdout is the protocol channel: anything else printed there would corrupt it
  console.log = console.error;
  process.on('unhandledRejection', (reason) => process.stderr.write(`dflint-language-server: unhandled rejection: ${String(reason)}\n`));
  const timeout = Number(process.env.DFLINT_LSP_ANALYSIS_TIMEOUT_MS);
  const memoryCap = Number(process.env.DFLINT_LSP_MEMORY_CAP_MB);
  const connection = serverConnection(argv);
  const debugLog = process.env.DFLINT_DEBUG ? (message: string) => process.stderr.write(`dflint-language-server: ${message}\n`) : undefined;
  startServer(connection, { analysisTimeoutMs: timeout > 0 ? timeout : undefined, memoryCapMb: memoryCap > 0 ? memoryCap : undefined, collectGarbage: v8Gc(), debugLog });
}

