import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defineRule } from '../engine/rule';
import { analyzeDockerfile, type DockerfileAnalysis } from './analyze';

// An incremental analysis holds what it reuses from the one before, never the one before itself:
// an editor analyses thousands of versions of a document, each from the one before.

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const readsLayers = defineRule<Record<never, never>>({
  meta: { name: 'reads-layers', description: 'reads the layer model', category: 'correctness', severity: 'warning', fixable: false, aliases: [] },
  check: (context) => void context.layers.stages,
});

async function versionsKeepingOnlyTheLast(count: number, withLayers: boolean): Promise<{ last: DockerfileAnalysis; first: WeakRef<DockerfileAnalysis> }> {
  let previous: DockerfileAnalysis | undefined;
  let first: WeakRef<DockerfileAnalysis> | undefined;
  for (let version = 0; version < count; version++) {
    const text = `FROM alpine AS base\nRUN echo ${version} > /v\nFROM base\nRUN echo same > /s\n`;
    previous = await analyzeDockerfile({ rules: withLayers ? [readsLayers] : [], text, incremental: { previous } });
    first ??= new WeakRef(previous);
  }
  return { last: previous!, first: first! };
}

describe('incremental analysis memory', () => {
  test.each([
    ['the layers read', true],
    ['the layers never read', false],
  ])('the analysis of an early version is freed once only later ones are kept (%s)', async (_label, withLayers) => {
    const { last, first } = await versionsKeepingOnlyTheLast(4, withLayers);
    // a WeakRef target lives at least until the job that made it ends
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(first.deref()).toBeUndefined();
    expect(last.findings).toBeDefined();
  });

  test('an instruction moved by every edit does not keep the ones it was moved from', async () => {
    let previous: DockerfileAnalysis | undefined;
    let first: WeakRef<object> | undefined;
    for (let version = 0; version < 4; version++) {
      // a line more at the top each time: every instruction below moves
      const text = `${'# note\n'.repeat(version)}FROM alpine AS base\nRUN echo same > /v\nFROM base\nRUN echo same > /s\n`;
      previous = await analyzeDockerfile({ rules: [readsLayers], text, incremental: { previous } });
      first ??= new WeakRef(previous.document.instructions[1]);
    }
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(first!.deref()).toBeUndefined();
    expect(previous!.document.instructions[1].range.start.line).toBe(4);
  });
});
