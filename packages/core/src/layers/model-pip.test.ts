// Issue 16: pip's installs in the layer model with package knowledge, each distribution a `package`
// tree of its own, and `pip uninstall` in a later RUN hiding it (the earlier layer's bytes are waste).
import { join } from 'node:path';
import type { PackageIndexStates } from '../package-index/package-knowledge';
import { localDistribution } from '../package-index/python-local';
import { aptFixtureStates, debianWithDpkg } from '../package-index/test-apt-knowledge';
import { parseDocument } from '../parse/document';
import { loadBuildContext } from './context/load-context';
import { buildLayerModel } from './model';
import { baseStates } from './test-base-image';
import type { StageLayers, Step } from './types';

const FIXTURES = join(__dirname, '..', 'package-index', 'fixtures', 'python');
const WHEEL = 'tinydemo-0.3-py3-none-any.whl';

/** apt's committed bookworm knowledge (pip installs under /usr/local on Debian) and the local wheels of the python fixtures as pip's. */
const states: PackageIndexStates = { ...aptFixtureStates(), python: (contextPath) => localDistribution(FIXTURES, contextPath) };

async function stageOf(text: string): Promise<StageLayers> {
  const document = await parseDocument(text);
  const context = await loadBuildContext(document, { root: FIXTURES });
  const model = buildLayerModel(document, { context, baseImages: baseStates(document, debianWithDpkg()), packages: states });
  return model.stages[model.stages.length - 1];
}

const runs = (stage: StageLayers): Step[] => stage.steps.filter((step) => step.instruction.keyword === 'RUN');
const distributionBytes = () => {
  const known = localDistribution(FIXTURES, WHEEL);
  return known.status === 'known' ? known.value.distributions[0].installedBytes : undefined;
};

describe('pip install and uninstall with package knowledge', () => {
  test('each distribution is a package tree of its own at the install prefix, with its estimated bytes', async () => {
    const [install] = runs(await stageOf(`FROM debian:bookworm\nCOPY ${WHEEL} /tmp/\nRUN pip install --break-system-packages /tmp/${WHEEL}\n`));
    const trees = install.stored.filter((entry) => entry.reason === 'package');
    expect(trees.map((entry) => [entry.path, entry.effect.kind === 'package' && entry.effect.manager, entry.effect.kind === 'package' && entry.effect.name])).toEqual([['/usr/local', 'pip', 'tinydemo']]);
    expect(trees[0].bytes).toEqual(distributionBytes());
    expect(trees[0].bytes.estimate).toBe('estimated');
  });

  test('a later RUN uninstalling it hides its tree: the install layer wastes its estimated bytes', async () => {
    const text = `FROM debian:bookworm\nCOPY ${WHEEL} /tmp/\nRUN pip install --break-system-packages /tmp/${WHEEL}\nRUN pip uninstall -y TinyDemo\n`;
    const [install, uninstall] = runs(await stageOf(text));
    const tree = install.stored.find((entry) => entry.reason === 'package');
    expect(tree?.shadowedBy?.how).toBe('delete');
    expect(install.wastedBytes).toEqual(distributionBytes());
    expect(uninstall.addedBytes).toEqual({ value: 0, estimate: 'exact' });
  });

  test('a name no earlier RUN installed removes files of unknown size, as without package knowledge', async () => {
    const [, uninstall] = runs(await stageOf(`FROM debian:bookworm\nCOPY ${WHEEL} /tmp/\nRUN pip install --break-system-packages /tmp/${WHEEL}\nRUN pip uninstall -y setuptools\n`));
    expect(uninstall.stored.map((entry) => [entry.reason, entry.effect.kind === 'unknown-write' && entry.effect.reason])).toEqual([['unknown', 'pip uninstall: removes package files']]);
    expect(uninstall.addedBytes.estimate).toBe('unknown');
  });

  test('a distribution the index cannot size is a tree whose figure is a lower bound, its reason is a note of the step', async () => {
    const [install] = runs(await stageOf('FROM debian:bookworm\nCOPY cext-1.0.tar.gz /tmp/\nRUN pip install --break-system-packages --no-cache-dir /tmp/cext-1.0.tar.gz\n'));
    expect(install.stored.map((entry) => [entry.path, entry.reason, entry.bytes.estimate])).toEqual([['/usr/local', 'package', 'lower-bound']]);
    expect(install.notes).toContain('pip install: cext-1.0: builds compiled extensions (src/fast.c) whose size is unknown');
  });
});
