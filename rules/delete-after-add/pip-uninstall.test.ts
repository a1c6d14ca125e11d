// delete-after-add over pip's installs sized from package knowledge (issue 16): `pip uninstall` in a
// later RUN of what an earlier RUN installed from a local wheel. The knowledge is the python fixtures'
// local wheels (package-index/fixtures/python, also the build context), over a resolved Debian base.
import { join } from 'node:path';
import { analyzeDockerfile, type DockerfileModel } from '@dflint/core';
import type { PackageIndexStates } from '../../packages/core/src/package-index/package-knowledge';
import { localDistribution } from '../../packages/core/src/package-index/python-local';
import { aptFixtureStates, debianWithDpkg } from '../../packages/core/src/package-index/test-apt-knowledge';
import type { ParsedDocument } from '../../packages/core/src/parse/document';
import { baseStates } from '../../packages/core/src/layers/test-base-image';
import { findRule } from '../index';

const FIXTURES = join(__dirname, '..', '..', 'packages', 'core', 'src', 'package-index', 'fixtures', 'python');
const WHEEL = 'tinydemo-0.3-py3-none-any.whl';
const states: PackageIndexStates = { ...aptFixtureStates(), python: (contextPath) => localDistribution(FIXTURES, contextPath) };
const resolved = (document: DockerfileModel) => baseStates(document as ParsedDocument, debianWithDpkg());

async function findingsOf(text: string) {
  return (await analyzeDockerfile({
    text,
    rules: [findRule('delete-after-add')!],
    settings: {},
    contextRoot: FIXTURES,
    baseImages: { resolve: async (document) => resolved(document), cached: resolved },
    packageIndexes: { load: async () => states, cached: () => states },
  })).findings.filter((finding) => finding.rule === 'delete-after-add');
}

test('pip uninstall of what an earlier RUN installed: its estimated bytes are wasted, named by package', async () => {
  const known = localDistribution(FIXTURES, WHEEL);
  const bytes = known.status === 'known' ? known.value.distributions[0].installedBytes : undefined;
  expect(bytes?.estimate).toBe('estimated');
  const findings = await findingsOf(`FROM debian:bookworm\nCOPY ${WHEEL} /tmp/\nRUN pip install --break-system-packages /tmp/${WHEEL}\nRUN pip uninstall -y tinydemo\n`);
  expect(findings.map((finding) => [finding.range.start.line + 1, finding.message])).toEqual([
    [4, expect.stringMatching(/^the files of package tinydemo \(≈ [^)]+\) installed at line 3 are removed by pip at line 4: ≈ .+ wasted$/)],
  ]);
  expect(findings[0].wastedBytes).toEqual(bytes);
});

test('pip uninstall of a name no earlier RUN installed (the base image may hold it): no finding', async () => {
  expect(await findingsOf(`FROM debian:bookworm\nCOPY ${WHEEL} /tmp/\nRUN pip install --break-system-packages /tmp/${WHEEL}\nRUN pip uninstall -y setuptools\n`)).toEqual([]);
});
