// Issue 13, items 9 and 10: bad framing, bad params, requests after shutdown and huge documents;
// after each abuse the server must answer a normal request (hover on a finding of a small document).
import { BLOATED } from './fixtures';
import { RawServer, type RawMessage } from './raw-server';

const SMALL = 'untitled:small';
const HOVER = { textDocument: { uri: SMALL }, position: { line: 1, character: 2 } };
const INVALID_REQUEST = -32600;
const INVALID_PARAMS = -32602;

async function openSmall(server: RawServer): Promise<void> {
  server.notify('textDocument/didOpen', { textDocument: { uri: SMALL, languageId: 'dockerfile', version: 1, text: BLOATED } });
  await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === SMALL, 'diagnostics of the small document');
}

/** the normal request each abuse is followed by: hover on the merge finding, answered with its text */
async function expectServing(server: RawServer): Promise<void> {
  const answer = await server.request('textDocument/hover', HOVER);
  expect(JSON.stringify(answer.result)).toContain('consecutive-run');
}

const hoverBody = (id: string) => RawServer.frame({ id, method: 'textDocument/hover', params: HOVER }).toString().split('\r\n\r\n')[1];

describe('bad framing: the message is dropped and the next one is read', () => {
  let server: RawServer;
  beforeAll(async () => {
    server = await RawServer.start();
    await openSmall(server);
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  test('a Content-Length shorter than its body; the dropped request is answered ParseError', async () => {
    server.write(RawServer.frame({ id: 'short', method: 'textDocument/hover', params: HOVER }, 10));
    await expectServing(server);
    expect((await server.answer('short')).error?.code).toBe(-32700);
  });

  test.each([
    ['a Content-Length longer than its body', `Content-Length: ${hoverBody('long').length + 500}\r\n\r\n${hoverBody('long')}`],
    ['a negative Content-Length', `Content-Length: -5\r\n\r\n${hoverBody('negative')}`],
    ['a Content-Length that is not a number', `Content-Length: abc\r\n\r\n${hoverBody('nan')}`],
    ['a huge Content-Length', `Content-Length: 99999999999\r\n\r\n${hoverBody('huge')}`],
    ['no Content-Length header', `Content-Type: application/json\r\n\r\n${hoverBody('none')}`],
    ['a body that is not JSON', 'Content-Length: 7\r\n\r\nnot {}!'],
    ['a body that is JSON but not an object', 'Content-Length: 5\r\n\r\n[1,2]'],
    ['bytes with no header end', 'x'.repeat(10_000)],
  ])('%s', async (_name, bytes) => {
    server.write(bytes);
    await expectServing(server);
  });

  test('a message over the size limit is skipped as it arrives', async () => {
    const text = 'RUN echo x\n'.repeat(6_500_000); // 71.5 MB, over the 64 MiB message limit
    server.write(RawServer.frame({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:over', languageId: 'dockerfile', version: 1, text } } }));
    await expectServing(server);
    expect(server.stderr.join('')).toMatch(/dropped a message of \d+ bytes, over the limit/);
    expect(server.process.exitCode).toBeNull();
  }, 60_000);
});

test('over --socket too: a bad frame is dropped and a request after shutdown gets InvalidRequest', async () => {
  const server = await RawServer.startOverSocket();
  await openSmall(server);
  server.write(RawServer.frame({ id: 'short', method: 'textDocument/hover', params: HOVER }, 10));
  await expectServing(server);
  expect((await server.request('shutdown')).result).toBeNull();
  expect((await server.request('textDocument/hover', HOVER)).error?.code).toBe(INVALID_REQUEST);
  server.notify('exit', undefined);
  expect(await server.exited).toBe(0);
});

describe('bad params and requests after shutdown', () => {
  test('invalid notifications are ignored, invalid requests get InvalidParams, nothing is left unhandled', async () => {
    const server = await RawServer.start();
    await openSmall(server);
    server.notify('textDocument/didOpen', { textDocument: { uri: null, text: 5 } });
    server.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:no-version', text: 'FROM alpine\n' } });
    server.notify('textDocument/didChange', { textDocument: { uri: SMALL, version: 2 }, contentChanges: null });
    server.notify('textDocument/didChange', { textDocument: { uri: SMALL, version: 2 }, contentChanges: [{ text: 5 }] });
    server.notify('textDocument/didChange', { textDocument: { uri: SMALL, version: 2 }, contentChanges: [{ text: '', range: { start: 1 } }] });
    server.notify('textDocument/didClose', { textDocument: null });
    server.notify('textDocument/didSave', null);
    server.notify('workspace/didChangeConfiguration', { settings: 5 });
    const codeAction = await server.request('textDocument/codeAction', { ...HOVER, range: { start: HOVER.position, end: HOVER.position }, context: { diagnostics: 5 } });
    expect(codeAction.error?.code).toBe(INVALID_PARAMS);
    const resolve = await server.request('codeAction/resolve', null);
    expect(resolve.error).toBeUndefined();
    await expectServing(server);
    expect(await server.stop()).toBe(0);
    expect(server.stderr.join('')).not.toMatch(/unhandled|TypeError/);
  });

  test('initialize with capabilities that are not an object gets InvalidParams', async () => {
    const server = await RawServer.start();
    const again = await server.request('initialize', { processId: null, rootUri: 5, capabilities: 'none' });
    expect(again.error?.code).toBe(INVALID_PARAMS);
    expect(await server.stop()).toBe(0);
  });

  test('after shutdown every request gets InvalidRequest, notifications but exit are dropped', async () => {
    const server = await RawServer.start();
    await openSmall(server);
    expect((await server.request('shutdown')).result).toBeNull();
    const answers: RawMessage[] = [];
    for (const method of ['textDocument/hover', 'textDocument/inlayHint', 'textDocument/codeAction', 'dflint/no-such-method', 'initialize', 'shutdown']) {
      answers.push(await server.request(method, HOVER));
    }
    expect(answers.map((answer) => answer.error?.code)).toEqual(Array(6).fill(INVALID_REQUEST));
    server.notify('textDocument/didChange', { textDocument: { uri: SMALL, version: 2 }, contentChanges: [{ text: 'FROM alpine\n' }] });
    server.notify('exit', undefined);
    expect(await server.exited).toBe(0);
  });
});

describe('huge documents', () => {
  test('a document over dflint.maxBytes gets one diagnostic saying it was not analysed', async () => {
    const server = await RawServer.start({}, { dflint: { maxBytes: 100_000 } });
    await openSmall(server);
    server.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:long-line', languageId: 'dockerfile', version: 1, text: `FROM alpine\nRUN echo ${'x'.repeat(200_000)}\n` } });
    const published = await server.waitFor((m) => (m.params as { uri?: string } | undefined)?.uri === 'untitled:long-line', 'diagnostics of the long line');
    const diagnostics = (published.params as { diagnostics: Array<{ message: string }> }).diagnostics;
    expect(diagnostics.map((d) => d.message)).toEqual(['dflint skipped this document: 200022 bytes is over the limit of 100000 (setting dflint.maxBytes)']);
    // nor fixed when a crafted resolve asks for it
    const fixAll = await server.request('codeAction/resolve', { title: 'fix', kind: 'source.fixAll.dflint', data: { uri: 'untitled:long-line', version: 1 } });
    expect(fixAll.error).toMatchObject({ code: -32803, message: expect.stringContaining('over the limit') });
    await expectServing(server);
    expect(await server.stop()).toBe(0);
  });

  test('closing the last document releases the worker; the document opened next is analysed by a fresh one', async () => {
    const server = await RawServer.start();
    await openSmall(server);
    server.notify('textDocument/didClose', { textDocument: { uri: SMALL } });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // past the release delay
    server.received.length = 0;
    await openSmall(server);
    await expectServing(server);
    expect(await server.stop()).toBe(0);
  });

  test('an analysis over the memory cap is stopped, the document says so, the worker is restarted', async () => {
    // a cap below what the server itself takes: every analysis goes over it
    const server = await RawServer.start({ DFLINT_LSP_MEMORY_CAP_MB: '1' });
    server.notify('textDocument/didOpen', { textDocument: { uri: SMALL, languageId: 'dockerfile', version: 1, text: BLOATED } });
    const published = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics', 'diagnostics');
    expect((published.params as { diagnostics: Array<{ message: string }> }).diagnostics.map((d) => d.message)).toEqual([
      'dflint stopped analysing this document: the server went over its memory cap of 1 MB',
    ]);
    // answered (with nothing: the analysis was stopped again), not hung
    const hover = await server.request('textDocument/hover', HOVER);
    expect(hover.result).toBeNull();
    expect(await server.stop()).toBe(0);
  });
});
