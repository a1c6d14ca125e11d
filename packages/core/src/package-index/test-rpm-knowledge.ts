// The dflint test repository (fixtures/rpm/dflint-repo: real rpmbuild/createrepo_c output, its sizes
// those of those tiny test rpms) served by a fake fetch, and a Fedora-like base image carrying an rpm
// database, a .repo file naming that repository and dnf.conf, for the loader's and the model's tests.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debianIndex } from '../layers/test-base-image';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { PackageIndexStates, RpmKnowledge } from './package-knowledge';
import { loadRpmIndex } from './rpm-fetch';
import { rpmKnowledgeOf, rpmPlan } from './rpm-knowledge';

const REPO = join(__dirname, 'fixtures', 'rpm', 'dflint-repo', 'repodata');
export const RPM_BASEURL = 'http://rpm.example/dflint';
/** the index's source as loadRpmIndex names it (repomd's primary timestamp 1765000000) */
export const DFLINT_REPO_SOURCE = 'dflint (dflint test repository) primary.xml, 2025-12-06';
/** bytes of the repository's repomd.xml, primary.xml.gz and filelists.xml.gz (what dnf keeps of them) */
export const DFLINT_REPO_CACHE_BYTES = 1357 + 2331 + 1152;
export const REPO_FILE = `[dflint]\nname=dflint test repository\nbaseurl=${RPM_BASEURL}/\nenabled=1\ngpgcheck=0\n`;
/** made up for the tests: the base's rpmdb.sqlite */
export const RPMDB_BYTES = 3_000_000;

/** a fetch serving the repository's repomd.xml and primary.xml.gz (404 otherwise), recording the URLs asked */
export function dflintRepoFetch(): { fetcher: typeof fetch; asked: string[] } {
  const table: Record<string, Buffer> = {
    [`${RPM_BASEURL}/repodata/repomd.xml`]: readFileSync(join(REPO, 'repomd.xml')),
    [`${RPM_BASEURL}/repodata/primary.xml.gz`]: readFileSync(join(REPO, 'primary.xml.gz')),
  };
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    return table[url] ? new Response(new Uint8Array(table[url])) : new Response('not found', { status: 404 });
  }) as unknown as typeof fetch;
  return { fetcher, asked };
}

/**
 * test-base-image's tree with an rpm database file and these rpm packages installed (default: the
 * repository's postfix, python3 and zlib, their sizes as primary.xml gives them), the .repo file and dnf.conf.
 */
export function fedoraWithRpm(dnfConf = '[main]\ngpgcheck=1\n', packages = [['postfix', '3.8-1', 70_000], ['python3', '3.12-1', 50_000], ['zlib', '1:1.2-1', 10_000]] as Array<[string, string, number]>): BaseImageIndex {
  const index = debianIndex({}, { 'var/lib/rpm/rpmdb.sqlite': RPMDB_BYTES });
  index.packages = [...packages.map(([name, version, installedSize]) => ({ name, version, manager: 'rpm' as const, installedSize })), { name: 'gpg-pubkey', version: 'a15b79cc-63d04c2c', manager: 'rpm' }];
  index.textFiles = { ...index.textFiles, 'etc/yum.repos.d/dflint.repo': REPO_FILE, 'etc/dnf/dnf.conf': dnfConf, 'etc/os-release': 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=40\n' };
  return index;
}

/** dnf's knowledge of the base through the plan and a real load of the repository (fake fetch). */
export async function rpmFixtureKnowledge(base: BaseImageIndex = fedoraWithRpm()): Promise<RpmKnowledge> {
  const plan = rpmPlan(base, base.image.platform);
  if (plan.status !== 'planned') throw new Error(plan.reason);
  const results = await Promise.all(plan.repos.map((repo) => loadRpmIndex(repo, { cacheDirectory: mkdtempSync(join(tmpdir(), 'dflint-rpm-')), fetch: dflintRepoFetch().fetcher })));
  const knowledge = rpmKnowledgeOf(plan, results);
  if (knowledge.status !== 'known') throw new Error(knowledge.reason);
  return knowledge.value;
}

export function rpmFixtureStates(knowledge: RpmKnowledge): PackageIndexStates {
  const none = { status: 'unknown' as const, reason: 'not part of this test' };
  return { apt: () => none, npm: () => none, python: () => none, apk: () => none, rpm: () => ({ status: 'known', value: knowledge }) };
}
