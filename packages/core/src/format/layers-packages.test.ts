// Issue 16: a package's files a later RUN removes show under the package's name, not as `/*`.
import { buildLayerModel } from '../layers/model';
import { baseStates } from '../layers/test-base-image';
import { aptFixtureStates, debianWithDpkg } from '../package-index/test-apt-knowledge';
import { parseDocument } from '../parse/document';
import { formatLayersJson } from './layers-json';
import { formatLayersTable } from './layers-table';

const PURGE = 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get purge -y --auto-remove curl\n';

async function report() {
  const document = await parseDocument(PURGE);
  const { stages } = buildLayerModel(document, { baseImages: baseStates(document, debianWithDpkg()), packages: aptFixtureStates() });
  return { file: 'Dockerfile', stages };
}

test('the table names each removed package, the JSON gives its manager and name', async () => {
  const table = formatLayersTable(await report(), { color: false });
  expect(table).toMatch(/^ +dpkg package libssl3 +≈ 5\.9 MiB +added at line 2; deleted by apt-get at line 3$/m);
  expect(table).not.toMatch(/^ +\/\* /m);
  const json = JSON.parse(formatLayersJson(await report()));
  const wasted = json.stages[0].layers[1].wastedPaths.filter((path: { package?: unknown }) => path.package);
  expect(wasted.map((path: { package: { name: string } }) => path.package.name)).toContain('curl');
  expect(wasted[0]).toMatchObject({ path: '/', tree: true, package: { manager: 'dpkg' }, bytes: { estimate: 'estimated' } });
});
