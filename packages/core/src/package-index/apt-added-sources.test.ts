import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildContext } from '../layers/types';
import { parseDocument } from '../parse/document';
import { aptSourcesAdditions, aptSourcesWritten } from './apt-added-sources';

async function additionsOf(text: string, context?: BuildContext) {
  const document = await parseDocument(text);
  const result = aptSourcesAdditions(document, document.stages.map((stage) => stage.index), context, (instruction) => aptSourcesWritten(document.shellScripts(instruction)));
  return {
    added: result.added.map(({ line, file, sources }) => [line, file, sources.map((source) => `${source.uri} ${source.suite} ${source.components.join(' ')}`)]),
    skipped: result.skipped.map(({ line, file, reason }) => [line, file, reason]),
  };
}

describe('aptSourcesAdditions', () => {
  test('literal echo, echo -e, printf and echo | tee write sources read with their line; one-line and deb822', async () => {
    const { added, skipped } = await additionsOf(
      [
        'FROM debian:bookworm',
        'RUN echo "deb [signed-by=/k.gpg] http://a.example/debian bookworm main" > /etc/apt/sources.list.d/a.list',
        'RUN echo -e "deb http://b.example/debian bookworm main\\ndeb http://b.example/debian bookworm-updates main" >> /etc/apt/sources.list',
        "RUN printf 'Types: deb\\nURIs: http://c.example/debian\\nSuites: bookworm\\nComponents: main contrib\\n' > /etc/apt/sources.list.d/c.sources",
        "RUN apt-get update && \\\n    echo 'deb http://d.example/ stable main' | tee -a /etc/apt/sources.list.d/d.list > /dev/null",
        "RUN printf '%s\\n' 'deb http://e.example/debian bookworm main' > /etc/apt/sources.list.d/e.list && echo hi > /tmp/other.list",
      ].join('\n'),
    );
    expect(added).toEqual([
      [1, 'etc/apt/sources.list.d/a.list', ['http://a.example/debian bookworm main']],
      [2, 'etc/apt/sources.list', ['http://b.example/debian bookworm main', 'http://b.example/debian bookworm-updates main']],
      [3, 'etc/apt/sources.list.d/c.sources', ['http://c.example/debian bookworm main contrib']],
      [5, 'etc/apt/sources.list.d/d.list', ['http://d.example stable main']],
      [6, 'etc/apt/sources.list.d/e.list', ['http://e.example/debian bookworm main']],
    ]);
    expect(skipped).toEqual([]);
  });

  test('dynamic text, another command or a tee without literal input are skipped with why; dynamic or relative targets are not sources files', async () => {
    const { added, skipped } = await additionsOf(
      [
        'FROM debian:bookworm',
        'RUN echo "deb $REPO bookworm main" > /etc/apt/sources.list.d/a.list',
        'RUN curl -fsSL https://x.example/repo.list > /etc/apt/sources.list.d/b.list',
        'RUN curl -fsSL https://x.example/repo.list | tee /etc/apt/sources.list.d/c.list',
        'RUN echo "deb http://x.example/ ./" > $DIR/d.list && cd /etc/apt && echo "deb http://x.example/ ./" > sources.list',
      ].join('\n'),
    );
    expect(added).toEqual([]);
    expect(skipped).toEqual([
      [1, 'etc/apt/sources.list.d/a.list', '`"deb $REPO bookworm main"` is not literal'],
      [2, 'etc/apt/sources.list.d/b.list', 'written by `curl`, not literal text'],
      [3, 'etc/apt/sources.list.d/c.list', '`tee` writes the output of `curl`, not literal text'],
    ]);
  });

  test('a COPY from the build context to sources.list.d is read from the context; an unreadable one is skipped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dflint-apt-added-'));
    writeFileSync(join(root, 'extra.list'), '# ours\ndeb http://x.example/debian bookworm main\n');
    const file = (contextPath: string, path: string) => ({ path, size: 10, contextPath });
    const context: BuildContext = {
      root,
      notes: [],
      copies: new Map([
        [1, { files: [file('extra.list', '/etc/apt/sources.list.d/extra.list'), file('app.js', '/app/app.js')], estimate: 'exact' as const, missing: [], notes: [] }],
        [2, { files: [file('gone.list', '/etc/apt/sources.list.d/gone.list')], estimate: 'exact' as const, missing: [], notes: [] }],
      ]),
    };
    const { added, skipped } = await additionsOf('FROM debian:bookworm\nCOPY extra.list app.js /etc/apt/sources.list.d/\nCOPY gone.list /etc/apt/sources.list.d/\n', context);
    expect(added).toEqual([[1, 'etc/apt/sources.list.d/extra.list', ['http://x.example/debian bookworm main']]]);
    expect(skipped).toEqual([[2, 'etc/apt/sources.list.d/gone.list', 'gone.list could not be read (ENOENT)']]);
  });
});
