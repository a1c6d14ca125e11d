import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../parse/document';
import { announceSkip, SHARED } from '../../test-shared';
import { loadBuildContext } from './load-context';

/** Regular-file bytes under a directory, symlinks not followed. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(full);
    else if (entry.isFile()) total += fs.lstatSync(full).size;
  }
  return total;
}

describe('loadBuildContext: real contexts from the corpus', () => {
  const corpus = path.join(SHARED, 'corpus');
  const manifest = path.join(corpus, 'contexts/contexts.json');
  const available = fs.existsSync(manifest);
  if (!available) announceSkip(`real-context check: ${manifest} is absent (set DFLINT_SHARED to the shared folder)`);
  const entries: Array<{ context: string; dockerfiles: string[] }> = available
    ? JSON.parse(fs.readFileSync(manifest, 'utf8'))
    : [];
  const cases = entries.flatMap((entry) => entry.dockerfiles.map((dockerfile) => ({ ...entry, dockerfile })));

  (available ? test : test.skip)('the manifest lists contexts', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  // jest rejects an empty table, so the per-context tests exist only when the corpus does
  const eachContext = cases.length > 0 ? test.each(cases.map((c) => [`${c.context}/${c.dockerfile}`, c] as const)) : undefined;
  eachContext?.('%s', async (_name, entry) => {
    const root = path.join(corpus, entry.context);
    const dockerfilePath = path.join(root, entry.dockerfile);
    const doc = await parseDocument(fs.readFileSync(dockerfilePath, 'utf8'));
    const context = await loadBuildContext(doc, { root, dockerfilePath });
    for (const copy of context.copies.values()) {
      for (const file of copy.files) {
        expect(file.path.startsWith('/')).toBe(true);
        expect(file.size).toBeGreaterThanOrEqual(0);
        if (!file.contextPath.startsWith('<<')) {
          expect(fs.lstatSync(path.join(root, file.contextPath)).size).toBe(file.size);
        }
      }
      const total = copy.files.reduce((sum, file) => sum + file.size, 0);
      expect(total).toBeLessThanOrEqual(bytesUnder(root));
    }
    // every context was picked because its Dockerfile copies something from it
    expect([...context.copies.values()].some((copy) => copy.files.length > 0)).toBe(true);
  });
});
