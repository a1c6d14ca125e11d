import { connect } from 'node:net';
import {
  createConnection,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  type Connection,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { RecoveringMessageReader } from './message-framing';
import { DirectMessageWriter } from './message-writer';
import { ShutdownGuard } from './shutdown-guard';

/** a message longer than this is skipped unread (documents over dflint.maxBytes are not analysed anyway) */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/**
 * The connection over the transport the command line names (--stdio, --socket=<port>,
 * --pipe=<name>, --node-ipc). Framed transports get a reader that survives bad framing (a dropped
 * request is answered ParseError when its id can be found); every transport answers requests after
 * `shutdown` with InvalidRequest.
 */
export function serverConnection(argv: readonly string[]): Connection {
  const { reader, writer } = argv.includes('--node-ipc') ? { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) } : framed(argv);
  const guard = new ShutdownGuard(reader, writer);
  // the editor closed the channel: exit as vscode-languageserver does for the streams it opens itself
  guard.onClose(() => process.exit(guard.shutdownReceived ? 0 : 1));
  return createConnection(ProposedFeatures.all, guard, writer);
}

function framed(argv: readonly string[]): { reader: MessageReader; writer: MessageWriter } {
  const port = optionValue(argv, '--socket');
  const pipe = optionValue(argv, '--pipe');
  const socket = port !== undefined ? connect(Number(port), '127.0.0.1') : pipe !== undefined ? connect(pipe) : undefined;
  const writer = new DirectMessageWriter(socket ?? process.stdout);
  const reader = new RecoveringMessageReader(socket ?? process.stdin, {
    maxMessageBytes: MAX_MESSAGE_BYTES,
    onDropped: (problem, id) => {
      process.stderr.write(`dflint-language-server: dropped ${problem}\n`);
      if (id === undefined) return;
      void writer.write({ jsonrpc: '2.0', id, error: { code: ErrorCodes.ParseError, message: `dflint-language-server: the request could not be read: ${problem}` } } as Message);
    },
  });
  return { reader, writer };
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}
