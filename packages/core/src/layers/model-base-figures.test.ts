// Issue 15 item 3: the base image's size and the predicted image size; the base's environment;
// and, when the base is not resolved, figures that say why they are unknown.
import { parseDocument } from '../parse/document';
import { bytesJson } from './bytes';
import { buildLayerModel } from './model';
import { baseStates, debianIndex, STORED_BYTES } from './test-base-image';
import type { BaseImageStates } from '../registry/base-image-state';
import type { Bytes, StageLayers } from './types';

async function stagesOf(text: string, states?: (document: Awaited<ReturnType<typeof parseDocument>>) => BaseImageStates): Promise<StageLayers[]> {
  const document = await parseDocument(text);
  return buildLayerModel(document, { baseImages: states?.(document) }).stages;
}

const resolved = (document: Awaited<ReturnType<typeof parseDocument>>) => baseStates(document, debianIndex());
const exact = (value: number): Bytes => ({ value, estimate: 'exact' });
const DEBIAN = 'docker.io/library/debian:bookworm';

describe('the base image in the figures', () => {
  test('a resolved base: its summary, and the image size = the base plus what the layers add, exactly', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN dd if=/dev/zero bs=1024 count=4 of=/opt/blob\n', resolved);
    expect(stage.baseImage).toEqual({
      reference: DEBIAN,
      digest: `sha256:${'d'.repeat(64)}`,
      platform: 'linux/amd64',
      compressedBytes: 4321,
      bytes: exact(STORED_BYTES),
      layerCount: 1,
      resolved: true,
      // the names the image's config sets in Env (undefined-var reads them)
      envNames: ['PATH', 'GOPATH'],
    });
    expect(stage.totals.imageBytes).toEqual(exact(STORED_BYTES + 4096));
  });

  test('FROM <stage> inherits the chain root\'s base; its figures count the whole chain', async () => {
    const [, child] = await stagesOf('FROM debian:bookworm AS base\nRUN rm -rf /usr/share/doc\nFROM base\nRUN echo hi > /x\n', resolved);
    expect(child.baseImage?.reference).toBe(DEBIAN);
    expect(child.totals.imageBytes).toEqual(exact(STORED_BYTES + 3));
    expect(child.totals.wastedBytes).toEqual(exact(1400));
    expect(child.steps[0].wastedBytes).toEqual(exact(1400));
    // each stage lists the base files its own steps hide
    expect(child.shadowedBase).toEqual([]);
  });

  test('FROM scratch: no base image; the image size is what the layers add', async () => {
    const [stage] = await stagesOf('FROM scratch\nCOPY --from=busybox /bin/busybox /busybox\nRUN echo hi > /x\n', resolved);
    expect(stage.baseImage).toBeUndefined();
    expect(stage.totals.imageBytes).toEqual(stage.totals.addedBytes);
    const [empty] = await stagesOf('FROM scratch\nCMD ["/x"]\n', resolved);
    expect(empty.totals.imageBytes).toEqual(exact(0));
  });
});

describe('a step dflint cannot see into may hide base files too', () => {
  test('apt-get install (which rewrites dpkg status) leaves the base waste unknown, and says why', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n', resolved);
    const why = 'line 2 writes files dflint cannot see, which may hide base-image files';
    expect(stage.steps[0].wastedBytes).toEqual({ value: 0, estimate: 'unknown', reason: why });
    expect(stage.steps[0].notes).toEqual([`waste not exact: ${why}`]);
    expect(stage.totals.wastedBytes.estimate).toBe('unknown');
  });

  test('what was seen hidden stays as a lower bound', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN chmod 600 /etc/hosts\nRUN ./install.sh\n', resolved);
    expect(stage.steps[0].wastedBytes).toEqual({ value: 50, estimate: 'lower-bound' });
    expect(stage.totals.wastedBytes).toEqual({ value: 50, estimate: 'lower-bound' });
  });

  test('offline, the base not being resolved is the reason given (its ENV may be what the step needed)', async () => {
    const offline = (document: Awaited<ReturnType<typeof parseDocument>>) => baseStates(document, { reason: 'offline' });
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN chmod -R 1777 "$GOPATH"\n', offline);
    expect(stage.steps[0].wastedBytes).toEqual({ value: 0, estimate: 'unknown', reason: 'base image not resolved (offline)' });
    expect(stage.totals.wastedBytes.reason).toBe('base image not resolved (offline)');
  });

  test('FROM scratch has no base files to hide', async () => {
    const [stage] = await stagesOf('FROM scratch\nCOPY --from=busybox /bin/busybox /bin/sh\nRUN ./install.sh\n', resolved);
    expect(stage.steps[0].wastedBytes).toEqual(exact(0));
  });
});

describe("the base image's environment", () => {
  test('a base ENV used in a later path (`$GOPATH/bin`) is known', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN mkdir -p $GOPATH/bin && dd if=/dev/zero bs=1024 count=1 of=$GOPATH/bin/tool\n', resolved);
    expect(stage.steps[1].stored.map((entry) => [entry.path, entry.bytes])).toEqual([['/go/bin/tool', exact(1024)]]);
  });

  test("the user's HOME from the base's /etc/passwd", async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nUSER app\nRUN echo hi >> ~/.profile\n', resolved);
    expect(stage.steps[2].stored[0].path).toBe('/srv/app/.profile');
  });

  test("the base's WORKDIR is where relative paths start", async () => {
    const document = await parseDocument('FROM debian:bookworm\nRUN echo hi > notes\n');
    const [stage] = buildLayerModel(document, { baseImages: baseStates(document, debianIndex({ workingDir: '/srv' })) }).stages;
    expect(stage.steps[1].stored[0].path).toBe('/srv/notes');
  });
});

describe('an unresolved base image: figures it would have made known say why', () => {
  const offline = (document: Awaited<ReturnType<typeof parseDocument>>) => baseStates(document, { reason: 'offline' });
  const OFFLINE = 'base image not resolved (offline)';

  test('offline: the copied-up file, the FROM row, the totals and the image size carry the reason; notes name it', async () => {
    const [stage] = await stagesOf(`FROM debian:bookworm\nRUN echo 'alias ll="ls -l"' >> ~/.bashrc\n`, offline);
    expect(stage.steps[1].addedBytes).toEqual({ value: 17, estimate: 'lower-bound', reason: OFFLINE });
    expect(stage.steps[1].notes).toEqual([`\`>>\` changes /root/.bashrc, which the base image may hold: stored again, of unknown size: ${OFFLINE}`]);
    expect(stage.steps[0].wastedBytes).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE });
    expect(stage.steps[0].notes).toEqual([`the base image stores files that later lines hide, of unknown size: ${OFFLINE}`]);
    expect(stage.totals.wastedBytes).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE });
    expect(stage.totals.imageBytes).toEqual({ value: 17, estimate: 'lower-bound', reason: OFFLINE });
    expect(stage.baseImage).toEqual({ reference: DEBIAN, bytes: { value: 0, estimate: 'unknown', reason: OFFLINE }, resolved: false, note: 'offline' });
    expect(stage.shadowedBase.map(({ path, bytes }) => ({ path, bytes }))).toEqual([{ path: '/root/.bashrc', bytes: { value: 0, estimate: 'unknown', reason: OFFLINE } }]);
    expect(bytesJson(stage.totals.wastedBytes)).toEqual({ value: null, estimate: 'unknown', reason: OFFLINE });
  });

  test('a registry error is the reason', async () => {
    const failed = (document: Awaited<ReturnType<typeof parseDocument>>) => baseStates(document, { reason: 'registry-1.docker.io: not found (404)' });
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN chmod -R a+r /usr\n', failed);
    expect(stage.steps[1].addedBytes).toEqual({ value: 0, estimate: 'unknown', reason: 'base image not resolved (registry-1.docker.io: not found (404))' });
  });

  test('cp of a file only the base may hold is unknown, and says why; so is COPY --from of one', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN cp /etc/hosts /tmp/hosts\n', offline);
    expect(stage.steps[1].addedBytes).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE });
    const [, copied] = await stagesOf('FROM debian:bookworm AS base\nFROM scratch\nCOPY --from=base /usr/bin/bash /bash\n', offline);
    expect(copied.steps[1].addedBytes).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE });
  });

  test('without baseImages at all: the reason is only "base image not resolved", the notes are as before', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN rm -rf /usr/share/doc\n');
    expect(stage.totals.wastedBytes).toEqual({ value: 0, estimate: 'unknown', reason: 'base image not resolved' });
    expect(stage.baseImage).toEqual({ reference: 'debian:bookworm', bytes: { value: 0, estimate: 'unknown', reason: 'base image not resolved' }, resolved: false });
    expect(stage.steps[0].notes).toEqual(['the base image stores files that later lines hide, of a size dflint does not know yet']);
  });

  test('figures the base image has nothing to do with stay exact, with no reason', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN mkdir /data && dd if=/dev/zero bs=1024 count=1 of=/data/x\nRUN rm /data/x\n', offline);
    expect(stage.totals.wastedBytes).toEqual(exact(1024));
    expect(stage.steps[0].wastedBytes).toEqual(exact(0));
  });
});

describe('a write dflint cannot see into, where the base holds files', () => {
  test('`find … -delete` where the base holds files: the base waste is a lower bound of what is known (ground truth debian-find-delete-docs)', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN rm /etc/hosts\nRUN find /usr/share/doc -type f ! -name copyright -delete\n', resolved);
    expect(stage.steps[0].wastedBytes).toEqual({ value: 50, estimate: 'lower-bound' });
    expect(stage.steps[0].notes).toEqual([
      'the base image stores 50 B of files that later lines hide',
      'waste not exact: line 3 writes files dflint cannot see, which may hide base-image files',
    ]);
    expect(stage.shadowedBase.map((entry) => entry.path)).toEqual(['/etc/hosts', '/usr/share/doc']);
    // where the base holds nothing, the same unseen write hides nothing of it
    const [elsewhere] = await stagesOf('FROM debian:bookworm\nRUN rm /etc/hosts\nRUN find /srv -type f -delete\n', resolved);
    expect(elsewhere.totals.wastedBytes).toEqual(exact(50));
  });

  test('offline, the same `find … -delete` leaves the base waste unknown, saying why (it was "0 B exact")', async () => {
    const offline = (document: Awaited<ReturnType<typeof parseDocument>>) => baseStates(document, { reason: 'offline' });
    const [stage] = await stagesOf('FROM debian:bookworm\nRUN find /usr/share/doc -type f ! -name copyright -delete\n', offline);
    expect(stage.totals.wastedBytes).toEqual({ value: 0, estimate: 'unknown', reason: 'base image not resolved (offline)' });
  });
});
