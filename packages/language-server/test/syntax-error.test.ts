import { LspClient } from './lsp-client';

// issue 14 item 2: syntax errors reach the editor as error diagnostics at the word at fault,
// and the other findings of the document are still shown
const TYPOS = `FROM golang:1.23 AS build
MAINTAINER me <me@example.com>
RUNN go build -o /out/app .
FROM alpine:3.20
COPY --frm=build /out/app /usr/local/bin/app
`;

describe('syntax errors in the editor', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  test('an unknown instruction and an unknown flag are errors at their words; other findings stay', async () => {
    const uri = 'untitled:syntax-typos';
    await client.open(uri, TYPOS, 1);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const syntax = published.diagnostics.filter((d) => d.code === 'syntax-error');
    expect(syntax.map(({ severity, range, message }) => ({ severity, range, message }))).toEqual([
      { severity: 1, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, message: 'unknown instruction: RUNN (did you mean RUN?)' },
      { severity: 1, range: { start: { line: 4, character: 5 }, end: { line: 4, character: 16 } }, message: 'unknown flag for COPY: --frm (did you mean --from?)' },
    ]);
    expect(published.diagnostics.map((d) => d.code)).toContain('maintainer-deprecated');
  });

  test('a document that is not a Dockerfile gets one diagnostic on its first line', async () => {
    const uri = 'untitled:syntax-readme';
    await client.open(uri, '# myapp\n\nBuild it with:\n\n    docker build -t myapp .\n', 1);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics.map(({ code, severity, range }) => ({ code, severity, line: range.start.line }))).toEqual([{ code: 'syntax-error', severity: 1, line: 0 }]);
    expect(published.diagnostics[0].message).toMatch(/^this does not look like a Dockerfile: /);
  });
});
