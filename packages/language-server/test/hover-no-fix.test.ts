import { LspClient } from './lsp-client';

// A lint directive between the LABELs keeps metadata-merge from fixing them; the RUNs merge.
const PARTLY_FIXABLE = `FROM busybox
LABEL a=1
# hadolint ignore=DL3000
LABEL b=2
RUN dd if=/dev/zero bs=1024 count=2048 of=/b
RUN rm /b
`;

type HoverResult = { contents: { kind: string; value: string } } | null;

describe('hover says why a finding has no automatic fix', () => {
  let client: LspClient;
  beforeAll(async () => {
    // metadata-merge reports mergeable LABELs when asked to (what dflint:strict does)
    client = await LspClient.start({ configuration: { rules: { 'metadata-merge': { options: { reportWithoutGain: true } } } } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  const hoverAt = (uri: string, line: number) =>
    client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } });

  test('a refused fix shows its reason; a fixed finding shows its fix instead', async () => {
    const uri = 'untitled:hover-no-fix';
    await client.open(uri, PARTLY_FIXABLE);
    const refused = (await hoverAt(uri, 1))?.contents.value;
    expect(refused).toContain('**dflint: metadata-merge**');
    expect(refused).toContain('\n\nNo automatic fix: line 3 is a lint directive comment\n\n');
    expect(refused).not.toContain('Fix (safe)');

    const fixable = (await hoverAt(uri, 4))?.contents.value;
    expect(fixable).toContain('**dflint: consecutive-run**');
    expect(fixable).toContain('Fix (safe): merge the RUNs at lines 5 and 6');
    expect(fixable).not.toContain('No automatic fix');
  });
});
