import { parseDocument } from '../parse/document';
import { extractedArchives, isArchiveName } from './archive-queries';
import { estimated, exact } from './bytes';
import { buildLayerModel } from './model';
import { hiddenWithin, hiderOf, hidingGroups, shippedLayers, stepIndexByInstruction, storedEntries, wastedEntries } from './queries';
import type { Shadowing, StageLayers, StoredEntry } from './types';
import { SEED } from './test-seed';

const MiB = 1024 * 1024;

async function lastStage(text: string): Promise<StageLayers> {
  const { stages } = buildLayerModel(await parseDocument(text));
  return stages[stages.length - 1];
}

describe('storedEntries and wastedEntries', () => {
  test('every entry the stage stores, with the step that stored it, in step order', async () => {
    const placed = storedEntries(await lastStage(SEED));
    expect(placed.map(({ entry, step }) => [step, entry.path])).toEqual([
      [2, '/data/one'],
      [3, '/data/one'],
      [4, '/data/two'],
      [5, '/data/one'],
      [5, '/data/two'],
    ]);
  });

  test('a stage is placed once: every caller shares one list, which none can change', async () => {
    const stage = await lastStage(SEED);
    const placed = storedEntries(stage);
    expect(storedEntries(stage)).toBe(placed);
    expect(Object.isFrozen(placed)).toBe(true);
  });

  test('the wasted entries are those a later step hid: all but the last /data/two', async () => {
    const wasted = wastedEntries(await lastStage(SEED));
    expect(wasted.map((entry) => entry.path).sort()).toEqual(['/data/one', '/data/one', '/data/one', '/data/two']);
    expect(wasted.every((entry) => entry.shadowedBy !== undefined)).toBe(true);
  });
});

describe('hiderOf', () => {
  const hider = { step: 3, how: 'overwrite' } as Shadowing;
  const entry = (tree: boolean, shadowedBy: Shadowing | undefined) => ({ path: '/x', tree, shadowedBy }) as StoredEntry;

  test('a file written over, deleted or copied up is hidden by that step', () => {
    expect(hiderOf(entry(false, hider))).toBe(hider);
    expect(hiderOf(entry(true, { ...hider, how: 'delete' }))?.how).toBe('delete');
  });

  test('a tree of unknown files is not hidden by a later write into it, nor is an entry nothing hides', () => {
    expect(hiderOf(entry(true, hider))).toBeUndefined();
    expect(hiderOf(entry(false, undefined))).toBeUndefined();
  });
});

describe('hidingGroups', () => {
  test('groups hidden entries by the command that hides them, in document order, with their bytes', async () => {
    const groups = hidingGroups(await lastStage(SEED), () => true);
    expect(
      groups.map((group) => ({
        line: group.effect.range.start.line + 1,
        how: group.how,
        hidden: group.hidden.map(({ entry, step }) => `${entry.path}@${step}`),
        bytes: group.bytes,
      })),
    ).toEqual([
      { line: 4, how: 'copy-up', hidden: ['/data/one@2'], bytes: exact(MiB) },
      { line: 6, how: 'copy-up', hidden: ['/data/one@3', '/data/two@4'], bytes: exact(2 * MiB) },
      { line: 7, how: 'delete', hidden: ['/data/one@5'], bytes: exact(MiB) },
    ]);
  });

  test('leaves out entries the caller does not accept, and groups that hide only empty files', async () => {
    const notFirstDd = hidingGroups(await lastStage(SEED), ({ step }) => step !== 2);
    expect(notFirstDd.map((group) => group.effect.range.start.line + 1)).toEqual([6, 7]);
    const empty = await lastStage('FROM busybox\nRUN dd if=/dev/zero of=/empty bs=1024 count=0\nRUN rm /empty\n');
    expect(storedEntries(empty).map(({ entry }) => [entry.path, entry.bytes])).toEqual([['/empty', exact(0)]]);
    expect(hidingGroups(empty, () => true)).toEqual([]);
  });

  test('estimated entries (hand-made: sizes from a package index) sum to an estimated group; estimated at 0, it wastes nothing', async () => {
    const source = 'Debian bookworm main amd64 Packages, 2026-12-05';
    const stage = await lastStage(SEED);
    for (const { entry } of storedEntries(stage)) entry.bytes = estimated(entry.bytes.value, source);
    expect(hidingGroups(stage, () => true).map((group) => group.bytes)).toEqual([estimated(MiB, source), estimated(2 * MiB, source), estimated(MiB, source)]);
    for (const { entry } of storedEntries(stage)) entry.bytes = estimated(0, source);
    expect(hidingGroups(stage, () => true)).toEqual([]);
  });
});

describe('hiddenWithin', () => {
  test('entries one of the steps stores and a later one of them hides', async () => {
    const stage = await lastStage(SEED);
    expect(hiddenWithin(stage, new Set([2, 3])).map((entry) => entry.path)).toEqual(['/data/one']);
    expect(hiddenWithin(stage, new Set([3, 4, 5])).map((entry) => `${entry.path}:${entry.reason}`)).toEqual(['/data/one:copy-up', '/data/two:write']);
    // step 3's copy of /data/one is hidden by step 5, outside the set
    expect(hiddenWithin(stage, new Set([3, 4]))).toEqual([]);
  });

  test('answers in step order whatever order the steps are given in', async () => {
    const stage = await lastStage(SEED);
    expect(hiddenWithin(stage, new Set([5, 4, 3, 2])).map((entry) => `${entry.path}:${entry.reason}`)).toEqual(
      hiddenWithin(stage, new Set([2, 3, 4, 5])).map((entry) => `${entry.path}:${entry.reason}`),
    );
    expect(hiddenWithin(stage, new Set([5, 3, 4])).map((entry) => `${entry.path}:${entry.reason}`)).toEqual(['/data/one:copy-up', '/data/two:write']);
  });
});

describe('shippedLayers and stepIndexByInstruction', () => {
  const MULTI = 'FROM busybox AS build\nRUN touch /x\nFROM build AS test\nRUN true\nFROM busybox\nCOPY --from=build /x /x\n';

  test('only the target and the stages it is built FROM ship', async () => {
    const document = await parseDocument(MULTI);
    expect(shippedLayers(document, buildLayerModel(document)).map((stage) => stage.index)).toEqual([2]);
    const builtOnBuild = await parseDocument(MULTI.replace('FROM busybox\nCOPY', 'FROM test\nCOPY'));
    expect(shippedLayers(builtOnBuild, buildLayerModel(builtOnBuild)).map((stage) => stage.index)).toEqual([0, 1, 2]);
  });

  test('finds each step by its instruction', async () => {
    const document = await parseDocument(MULTI);
    const stage = buildLayerModel(document).stages[1];
    const index = stepIndexByInstruction(stage);
    expect(document.stages[1].instructions.map((instruction) => index.get(instruction))).toEqual([0, 1]);
    expect(stepIndexByInstruction(undefined).size).toBe(0);
  });
});

describe('extractedArchives', () => {
  test('an archive copied from another stage and extracted by a later RUN, with its exact size', async () => {
    const stage = await lastStage(
      'FROM busybox AS build\nRUN dd if=/dev/zero of=/x.tar bs=1024 count=4\nFROM busybox\nCOPY --from=build /x.tar /x.tar\nRUN tar -xf /x.tar -C /opt\n',
    );
    const [found, ...more] = extractedArchives(stage);
    expect(more).toEqual([]);
    expect([found.path, found.bytes, found.archive.step, found.extract.into]).toEqual(['/x.tar', exact(4096), 1, '/opt']);
  });

  test('without a build context: the copied name under the destination, size unknown', async () => {
    const [found] = extractedArchives(await lastStage('FROM busybox\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt\n'));
    expect([found.path, found.bytes.estimate, found.extract.command]).toEqual(['/tmp/app.tgz', 'unknown', 'tar']);
  });

  test('not when the archive was deleted before the extracting RUN, nor for a file with no archive name', async () => {
    expect(extractedArchives(await lastStage('FROM busybox\nCOPY a.tar /a.tar\nRUN rm /a.tar\nRUN tar -xf /a.tar\n'))).toEqual([]);
    expect(extractedArchives(await lastStage('FROM busybox\nCOPY notes.txt /n\nRUN tar -xf /n\n'))).toEqual([]);
  });

  test('isArchiveName knows tar, compressed tar and zip names only', () => {
    expect(['a.tar', 'a.tar.gz', 'a.TGZ', 'a.tbz', 'a.tar.zst', 'a.zip'].map(isArchiveName)).toEqual([true, true, true, true, true, true]);
    expect(['a.gz', 'a.tar.gz.sig', 'tar', 'a.jar'].map(isArchiveName)).toEqual([false, false, false, false]);
  });
});
