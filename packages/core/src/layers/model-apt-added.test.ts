// Issue 16: an apt repository the Dockerfile adds serves installs only once an `apt-get update` ran
// at or after the line adding it. The committed bookworm excerpt is split for the test: krb5-locales
// (no dependencies) is taken out of the base image's index and is all the added repository offers.
import { bookworm, BOOKWORM_SOURCE } from '../package-index/test-apt-fixture';
import { aptFixtureKnowledge, aptFixtureStates, debianWithDpkg } from '../package-index/test-apt-knowledge';
import { parseDocument } from '../parse/document';
import { exact } from './bytes';
import { buildLayerModel } from './model';
import { baseStates } from './test-base-image';
import type { Step } from './types';

const ADDED_SOURCE = 'Example bookworm main amd64 Packages (the excerpt krb5-locales stanza)';
const ADDED_LINE = 3;
// a made-up InRelease size for the added repository: only whether an update counts it is tested
const ADDED_LIST = { name: 'repo.example_debian_dists_bookworm_InRelease', bytes: exact(1_000), addedAt: ADDED_LINE };

const knowledge = aptFixtureKnowledge();
const states = aptFixtureStates({
  ...knowledge,
  indexes: [
    { ...bookworm, packages: bookworm.packages.filter((pkg) => pkg.name !== 'krb5-locales') },
    { source: ADDED_SOURCE, packages: bookworm.packages.filter((pkg) => pkg.name === 'krb5-locales'), addedAt: ADDED_LINE },
  ],
  lists: [...knowledge.lists, ADDED_LIST],
});

async function runsOf(lines: string[]): Promise<Step[]> {
  const document = await parseDocument(lines.join('\n'));
  const model = buildLayerModel(document, { baseImages: baseStates(document, debianWithDpkg()), packages: states });
  return model.stages[0].steps.filter((step) => step.instruction.keyword === 'RUN');
}

const installed = (step: Step) => step.stored.filter((entry) => entry.reason === 'package' && entry.bytes.estimate !== 'unknown').map((entry) => (entry.effect.kind === 'package' ? entry.effect.name : ''));
const listsBytes = (step: Step) => step.stored.filter((entry) => entry.path.startsWith('/var/lib/apt/lists')).reduce((sum, entry) => sum + (entry.bytes.value ?? NaN), 0);

describe('apt sources the Dockerfile adds', () => {
  test('a package only the added repository has: unresolved (a lower bound naming it) before the line and before an update after it, resolved from the added index after', async () => {
    const [before, , , notUpdated, after] = await runsOf([
      'FROM debian:bookworm',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl krb5-locales',
      'RUN apt-get update',
      'RUN echo "deb http://repo.example/debian bookworm main" > /etc/apt/sources.list.d/example.list',
      'RUN apt-get install -y krb5-locales',
      'RUN apt-get update && apt-get install -y krb5-locales',
    ]);
    expect(before.addedBytes).toMatchObject({ estimate: 'lower-bound', reason: 'krb5-locales: not in the package indexes' });
    expect(installed(before)).toContain('curl');
    expect(installed(before)).not.toContain('krb5-locales');
    expect(notUpdated.addedBytes).toMatchObject({ estimate: 'unknown', reason: 'krb5-locales: not in the package indexes' });
    expect(installed(after)).toEqual(['krb5-locales']);
    const entry = after.stored.find((stored) => stored.reason === 'package')!;
    expect(entry.bytes).toMatchObject({ estimate: 'estimated', source: ADDED_SOURCE });
    expect(entry.bytes.value).toBeGreaterThanOrEqual(273 * 1024);
  });

  test('the lists an update stores include the added repository ones only from the line adding it on; the same RUN adding then updating counts', async () => {
    const [first, , second] = await runsOf([
      'FROM debian:bookworm',
      'RUN apt-get update',
      'RUN true',
      'RUN echo "deb http://repo.example/debian bookworm main" > /etc/apt/sources.list.d/example.list && apt-get update && apt-get install -y krb5-locales',
    ]);
    const base = knowledge.lists.reduce((sum, list) => sum + (list.bytes.value ?? NaN), 0);
    expect(listsBytes(first)).toBe(base);
    expect(listsBytes(second)).toBe(base + 1_000);
    expect(installed(second)).toEqual(['krb5-locales']);
    expect(first.addedBytes.source).toBe(BOOKWORM_SOURCE);
  });
});
