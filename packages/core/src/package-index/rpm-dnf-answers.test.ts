// The closures and removals against what dnf 4.14 itself said on the same repository: the dflint test
// repository built with rpmbuild and createrepo_c (fixtures/rpm/dflint-repo/build.sh), whose
// dnf-answers.txt records dnf's transactions; every case there is checked here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRpmIndex } from './rpm-fetch';
import { dnfInstallClosure } from './rpm-closure';
import { dnfRemoval } from './rpm-remove';
import { formatEvr, type RpmIndex } from './rpm-types';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const REPO = join(__dirname, 'fixtures', 'rpm', 'dflint-repo');

interface Answer {
  args: string[];
  /** what `dnf install` put in the root first (`app tool`), none for an empty root */
  afterInstall: string[];
  /** `name evr` of every package in the transaction */
  packages: string[];
  /** dnf's `Installed size:`/`Freed space:` as it prints it (`264 k`) */
  size?: string;
  error: string[];
}

function answers(): Answer[] {
  const cases: Answer[] = [];
  for (const line of readFileSync(join(REPO, 'dnf-answers.txt'), 'utf8').split('\n')) {
    const head = /^# (?:after dnf install (.*): )?dnf (.*)$/.exec(line);
    if (head) cases.push({ args: head[2].split(' '), afterInstall: head[1] ? head[1].split(' ') : [], packages: [], error: [] });
    const pkg = /^ (\S+)\.(x86_64|noarch|i686) (\S+)$/.exec(line);
    if (pkg) cases[cases.length - 1].packages.push(`${pkg[1]} ${pkg[3]}`);
    const size = /^(?:Installed size|Freed space): (.*)$/.exec(line);
    if (size) cases[cases.length - 1].size = size[1];
    if (/^  - /.test(line)) cases[cases.length - 1].error.push(line.trim());
  }
  return cases;
}

/** dnf's format_number for kibibytes: one decimal under 10 */
function dnfKilobytes(bytes: number): string {
  const value = bytes / 1024;
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} k`;
}

async function index(): Promise<RpmIndex> {
  const table: Record<string, Buffer> = { 'http://t.example/repodata/repomd.xml': readFileSync(join(REPO, 'repodata', 'repomd.xml')), 'http://t.example/repodata/primary.xml.gz': readFileSync(join(REPO, 'repodata', 'primary.xml.gz')) };
  const fetcher = (async (url: string) => (table[url] ? new Response(new Uint8Array(table[url])) : new Response('', { status: 404 }))) as unknown as typeof fetch;
  const result = await loadRpmIndex({ id: 't', name: 't', baseurls: ['http://t.example'], file: 'etc/yum.repos.d/t.repo' }, { cacheDirectory: mkdtempSync(join(tmpdir(), 'dflint-rpm-')), fetch: fetcher });
  if (result.status !== 'indexed') throw new Error(result.reason);
  return result.index;
}

const cases = answers();

describe('dnf 4.14 on the dflint test repository (createrepo_c 0.17.3 metadata)', () => {
  it('has the cases build.sh recorded', () => {
    expect(cases.length).toBe(21);
  });

  it.each(cases.map((answer) => [`${answer.afterInstall.length ? `after dnf install ${answer.afterInstall.join(' ')}: ` : ''}dnf ${answer.args.join(' ')}`, answer] as const))('%s', async (_, answer) => {
    const indexes = [await index()];
    const installed = dnfInstallClosure({ indexes, installed: [], request: answer.afterInstall, architecture: 'x86_64' }).installed;
    const words = answer.args.filter((word) => !word.startsWith('-')).slice(1);
    if (answer.args[0] === 'install') {
      const closure = dnfInstallClosure({ indexes, installed, request: words, architecture: 'x86_64', installWeakDeps: !answer.args.includes('--setopt=install_weak_deps=False') });
      // when dnf refuses the transaction, the closure names what is missing
      const missing = answer.error.map((line) => /^- nothing provides (.*) needed by (\S+?)-[^-]+-[^-]+$/.exec(line)!).map(([, requirement, from]) => ({ from, requirement, reason: 'nothing in the repositories provides it' }));
      expect(closure.unresolved).toEqual(missing);
      if (missing.length === 0) expect(closure.packages.map((entry) => `${entry.pkg.name} ${formatEvr(entry.pkg)}`).sort()).toEqual([...answer.packages].sort());
      if (answer.size !== undefined) expect(dnfKilobytes(closure.installedSize)).toBe(answer.size);
    } else {
      const removal = dnfRemoval({ indexes, installed, request: words, architecture: 'x86_64', autoremove: answer.args[0] === 'autoremove', cleanRequirementsOnRemove: !answer.args.includes('--noautoremove') });
      expect(removal.removed.map((entry) => `${entry.name} ${entry.version}`).sort()).toEqual([...answer.packages].sort());
      if (answer.size !== undefined) expect(dnfKilobytes(removal.installedSize)).toBe(answer.size);
    }
  });
});
