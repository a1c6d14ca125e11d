import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { initShellParser } from '../parse/shell';
import { parseDocumentSync } from '../parse/document';
import { announceSkip, SHARED } from '../test-shared';
import { loadBuildContext } from './context/load-context';
import { buildLayerModel } from './model';

const CORPUS = path.join(SHARED, 'corpus');
const dockerfiles = path.join(CORPUS, 'dockerfiles');
const contexts = path.join(CORPUS, 'contexts');
if (!existsSync(dockerfiles)) announceSkip(`layer-model corpus test: ${dockerfiles} is absent (set DFLINT_SHARED to the shared folder)`);
if (!existsSync(contexts)) announceSkip(`context corpus test: ${contexts} is absent (set DFLINT_SHARED to the shared folder)`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the layer model on the real-world corpus', () => {
  beforeAll(() => initShellParser());

  (existsSync(dockerfiles) ? test : test.skip)('builds a model for every corpus Dockerfile without throwing, one stage entry per FROM', () => {
    const failures: string[] = [];
    let steps = 0;
    for (const file of filesUnder(dockerfiles)) {
      try {
        const document = parseDocumentSync(readFileSync(file, 'utf8'));
        const model = buildLayerModel(document);
        expect(model.stages).toHaveLength(document.stages.length);
        steps += model.stages.reduce((sum, stage) => sum + stage.steps.length, 0);
      } catch (error) {
        failures.push(`${path.relative(CORPUS, file)}: ${(error as Error).stack}`);
      }
    }
    expect(failures).toEqual([]);
    expect(steps).toBeGreaterThan(10000);
  });

  (existsSync(contexts) ? test : test.skip)('reads every real build context and sizes its COPYs', async () => {
    for (const name of readdirSync(contexts)) {
      const root = path.join(contexts, name);
      const dockerfilePath = path.join(root, 'Dockerfile');
      if (!statSync(root).isDirectory() || !existsSync(dockerfilePath)) continue;
      const document = parseDocumentSync(readFileSync(dockerfilePath, 'utf8'));
      const context = await loadBuildContext(document, { root, dockerfilePath });
      const model = buildLayerModel(document, { context });
      const copied = model.stages.flatMap((stage) => stage.steps).filter((step) => step.instruction.keyword === 'COPY');
      // every context COPY that found its sources has a figure (exact unless a source was missing)
      for (const step of copied) expect(step.addedBytes.estimate).toMatch(/exact|lower-bound|unknown/);
      expect(copied.some((step) => step.addedBytes.estimate === 'exact' && step.addedBytes.value > 0)).toBe(true);
    }
  });
});
