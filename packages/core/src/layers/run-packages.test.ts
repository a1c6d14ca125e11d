// What a RUN's package-manager handlers see (RunPackages): the states, the chain's first stage,
// where COPY/ADD put build-context files, and dpkg's installed packages.
import { OFFLINE_REASON, packageIndexesUnknown } from '../package-index/package-knowledge';
import { debianWithDpkg } from '../package-index/test-apt-knowledge';
import { parseDocument } from '../parse/document';
import type { Stage } from '../parse/types';
import { chainBaseOf } from './chain-base';
import { ImageFilesystem } from './filesystem';
import { runPackages } from './run-effects';
import { baseStates } from './test-base-image';
import type { StoredEntry } from './types';

const states = packageIndexesUnknown(OFFLINE_REASON);

async function firstStage(text: string): Promise<Stage> {
  return (await parseDocument(text)).stages[0];
}

function copied(path: string, contextPath: string): { key: string; path: string; entry: StoredEntry } {
  const effect = { kind: 'write' as const, path, bytes: { value: 10, estimate: 'exact' as const }, command: 'COPY', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, contextPath };
  return { key: path, path, entry: { path, bytes: effect.bytes, tree: false, reason: 'copy', effect, contextPath } };
}

describe('runPackages', () => {
  test('contextPathOf names the build-context file a COPY put at an image path, and nothing for other paths', async () => {
    const stage = await firstStage('FROM scratch\nCOPY app/package-lock.json /srv/\n');
    const filesystem = new ImageFilesystem();
    filesystem.set(copied('/srv/package-lock.json', 'app/package-lock.json'));
    const packages = runPackages(states, stage, filesystem, chainBaseOf(stage, undefined))!;
    expect(packages.chainStage).toBe(0);
    expect(packages.states).toBe(states);
    expect(packages.contextPathOf('/srv/package-lock.json')).toBe('app/package-lock.json');
    expect(packages.contextPathOf('/srv/other.json')).toBeUndefined();
  });

  test("dpkg's packages start from the resolved base image's; over an unresolved one they are not known, and why", async () => {
    const document = await parseDocument('FROM debian:bookworm\nRUN true\n');
    const [stage] = document.stages;
    const resolved = chainBaseOf(stage, baseStates(document, debianWithDpkg()));
    const known = runPackages(states, stage, new ImageFilesystem(resolved.layer!()), resolved)!;
    expect(known.dpkg!.installed.map((pkg) => pkg.name)).toEqual(debianWithDpkg().packages.map((pkg) => pkg.name));
    expect(known.dpkg!.unknownReason).toBeUndefined();
    expect(known.dpkg!.listsFetched).toBe(false);
    const unresolved = chainBaseOf(stage, baseStates(document, { reason: 'offline' }));
    expect(runPackages(states, stage, new ImageFilesystem(), unresolved)!.dpkg!.unknownReason).toBe('base image not resolved (offline)');
  });

  test('without package states the handlers see nothing (the model was given none)', async () => {
    const stage = await firstStage('FROM scratch\n');
    expect(runPackages(undefined, stage, new ImageFilesystem(), chainBaseOf(stage, undefined))).toBeUndefined();
  });
});
