import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, ErrorCodes, ProposedFeatures, StreamMessageWriter, type Connection, type Message } from 'vscode-languageserver/node';
import { RecoveringMessageReader } from './message-framing';
import { startServer } from './server';
import { ShutdownGuard } from './shutdown-guard';

/** a message longer than this is skipped unread (documents over dflint.maxBytes are not analysed anyway) */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const USAGE = `Usage: dflint-language-server --stdio
The dflint language server: diagnostics with layer bytes, quick fixes, inlay hints.
Transports: --stdio, --node-ipc, --socket=<port>, --pipe=<name>
`;

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
  // V8's background tier-up of the tree-sitter wasm stalls ~400 ms; baseline code parses as fast
  // (see packages/cli/src/main.ts). V8 flags are process-wide, so the analysis worker gets it too.
  setFlagsFromString('--liftoff-only');
  // stdout is the protocol channel: anything else printed there would corrupt it
  console.log = console.error;
  process.on('unhandledRejection', (reason) => process.stderr.write(`dflint-language-server: unhandled rejection: ${String(reason)}\n`));
  const timeout = Number(process.env.DFLINT_LSP_ANALYSIS_TIMEOUT_MS);
  const memoryCap = Number(process.env.DFLINT_LSP_MEMORY_CAP_MB);
  const connection = argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  startServer(connection, { analysisTimeoutMs: timeout > 0 ? timeout : undefined, memoryCapMb: memoryCap > 0 ? memoryCap : undefined, collectGarbage: garbageCollector() });
}

/**
 * stdin/stdout with a reader that survives bad framing (a dropped request is answered ParseError
 * when its id can be found) and answers requests after `shutdown` with InvalidRequest.
 */
function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new RecoveringMessageReader(process.stdin, {
    maxMessageBytes: MAX_MESSAGE_BYTES,
    onDropped: (problem, id) => {
      process.stderr.write(`dflint-language-server: dropped ${problem}\n`);
      if (id === undefined) return;
      void writer.write({ jsonrpc: '2.0', id, error: { code: ErrorCodes.ParseError, message: `dflint-language-server: the request could not be read: ${problem}` } } as Message);
    },
  });
  const guard = new ShutdownGuard(reader, writer);
  // the editor closed the pipe: exit as vscode-languageserver does for its own stdio streams
  guard.onClose(() => process.exit(guard.shutdownReceived ? 0 : 1));
  return createConnection(ProposedFeatures.all, guard, writer);
}

/** V8's `gc()`, which a bin cannot ask for on its command line: exposed by flag, read from a fresh context */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}
