// Issue 15 item 3: a resolved base image seeds the stage's files, so changes to base files get exact bytes.
import { parseDocument } from '../parse/document';
import { contextCopyKey } from './context/copy-key';
import { buildLayerModel } from './model';
import { baseStates, debianIndex, DOC_BYTES, FILES, USR_BYTES } from './test-base-image';
import type { BuildContext, Bytes, ContextCopy, StageLayers } from './types';

/** The last stage of `text`, every registry base resolved to the Debian-like fixture; `copies`: line → context files. */
async function modelled(text: string, copies: Record<number, Array<{ path: string; size: number }>> = {}): Promise<StageLayers> {
  const document = await parseDocument(text);
  const byKey = Object.entries(copies).map(([line, files]): [number, ContextCopy] => {
    const instruction = document.instructions.find((candidate) => candidate.range.start.line + 1 === Number(line))!;
    return [contextCopyKey(instruction), { files: files.map((file) => ({ ...file, contextPath: file.path.slice(1) })), estimate: 'exact', missing: [], notes: [] }];
  });
  const context: BuildContext = { root: '/ctx', copies: new Map(byKey), notes: [] };
  const { stages } = buildLayerModel(document, { context, baseImages: baseStates(document, debianIndex()) });
  return stages[stages.length - 1];
}

const exact = (value: number): Bytes => ({ value, estimate: 'exact' });
const shadowed = (stage: StageLayers) => stage.shadowedBase.map(({ path, step, bytes }) => ({ path, step, bytes }));

describe('copy-ups of base files store them again, at their exact size', () => {
  test.each([
    ['chmod -R a+r /usr', [['/usr', USR_BYTES]]],
    ['chown -R app /usr/share/doc', [['/usr/share/doc', DOC_BYTES]]],
    ['touch /etc/hosts', [['/etc/hosts', 50]]],
    ['chmod 600 /etc/passwd /etc/hosts', [['/etc/passwd', FILES['etc/passwd']], ['/etc/hosts', 50]]],
  ] as Array<[string, Array<[string, number]>]>)('`%s`', async (run, hidden) => {
    const stage = await modelled(`FROM debian:bookworm\nRUN ${run}\n`);
    const total = hidden.reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(stage.steps[1].addedBytes).toEqual(exact(total));
    expect(shadowed(stage)).toEqual(hidden.map(([path, bytes]) => ({ path, step: 1, bytes: exact(bytes) })));
    expect(stage.steps[0].wastedBytes).toEqual(exact(total));
    expect(stage.totals.wastedBytes).toEqual(exact(total));
    expect(stage.steps[1].notes).toEqual([]);
  });

  test('`sed -i` on a base config: hides its exact size; the rewrite is at least that (what sed adds is unknown)', async () => {
    const stage = await modelled("FROM debian:bookworm\nRUN sed -i 's/main/main contrib/' /etc/apt/sources.list\n");
    expect(stage.steps[1].addedBytes).toMatchObject({ value: 120, estimate: 'lower-bound' });
    expect(shadowed(stage)).toEqual([{ path: '/etc/apt/sources.list', step: 1, bytes: exact(120) }]);
    expect(stage.totals.wastedBytes).toEqual(exact(120));
  });

  test('`>> ~/.bashrc`: the base file plus the appended bytes', async () => {
    const stage = await modelled(`FROM debian:bookworm\nRUN echo 'alias ll="ls -l"' >> ~/.bashrc\n`);
    expect(stage.steps[1].addedBytes).toEqual(exact(571 + 17));
    expect(shadowed(stage)).toEqual([{ path: '/root/.bashrc', step: 1, bytes: exact(571) }]);
  });

  test('a copy-up deleted later wastes the copied-up bytes too, exactly', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN chmod 600 /etc/hosts\nRUN rm /etc/hosts\n');
    expect(stage.steps[1].wastedBytes).toEqual(exact(50));
    expect(shadowed(stage)).toEqual([{ path: '/etc/hosts', step: 1, bytes: exact(50) }]);
    expect(stage.totals.wastedBytes).toEqual(exact(100));
  });
});

describe('deletes, copies and moves of base files', () => {
  test('`rm -rf /usr/share/doc/*` hides the documentation, named by its directory', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN rm -rf /usr/share/doc/*\n');
    expect(stage.steps[1].addedBytes).toEqual(exact(0));
    expect(shadowed(stage)).toEqual([{ path: '/usr/share/doc', step: 1, bytes: exact(DOC_BYTES) }]);
    expect(stage.steps[0].wastedBytes).toEqual(exact(DOC_BYTES));
    expect(stage.totals.wastedBytes).toEqual(exact(DOC_BYTES));
  });

  test('a glob that names some files hides only those', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN rm -f /usr/share/doc/*/copyright\n');
    expect(stage.totals.wastedBytes).toEqual(exact(300 + 400));
  });

  test('deleting what the base does not hold hides nothing and is exact', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN rm -rf /var/lib/apt/lists/* /usr/share/man\n');
    expect(stage.shadowedBase).toEqual([]);
    expect(stage.totals.wastedBytes).toEqual(exact(0));
  });

  test('`cp` of a base file stores its exact size; `mv` stores it and hides the original', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN cp /etc/hosts /tmp/hosts\nRUN mv /usr/bin/ls /opt/ls\nRUN cp -r /usr/share/doc /opt/doc\n');
    expect(stage.steps.slice(1).map((step) => step.addedBytes)).toEqual([exact(50), exact(500), exact(DOC_BYTES)]);
    expect(shadowed(stage)).toEqual([{ path: '/usr/bin/ls', step: 2, bytes: exact(500) }]);
  });

  test('COPY over a base file: the new bytes are stored, the base file is hidden', async () => {
    const stage = await modelled('FROM debian:bookworm\nCOPY hosts /etc/hosts\n', { 2: [{ path: '/etc/hosts', size: 80 }] });
    expect(stage.steps[1].addedBytes).toEqual(exact(80));
    expect(shadowed(stage)).toEqual([{ path: '/etc/hosts', step: 1, bytes: exact(50) }]);
  });

  test('COPY --from a stage carries the bytes of its base files', async () => {
    const stage = await modelled('FROM debian:bookworm AS base\nFROM scratch\nCOPY --from=base /usr/bin/bash /bash\n');
    expect(stage.steps[1].addedBytes).toEqual(exact(1000));
    // through the stage's merged-/usr links, a glob too
    const linked = await modelled('FROM debian:bookworm AS base\nFROM scratch\nCOPY --from=base /lib/x86_64-linux-gnu/libc.so.6 /bin/ls* /out/\n');
    expect(linked.steps[1].stored.map((entry) => [entry.path, entry.bytes])).toEqual([['/out/libc.so.6', exact(2000)], ['/out/ls', exact(500)]]);
  });
});

describe("paths through the base's directory symlinks (merged /usr)", () => {
  test('`rm /bin/ls` removes /usr/bin/ls', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN rm /bin/ls\n');
    expect(shadowed(stage)).toEqual([{ path: '/usr/bin/ls', step: 1, bytes: exact(500) }]);
  });

  test('a copy-up through /lib and an absolute link (/lib64 → /usr/lib64)', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN chmod 755 /lib/x86_64-linux-gnu/libc.so.6 && chmod -R a+r /lib64\n');
    expect(stage.steps[1].addedBytes).toEqual(exact(2100));
    expect(stage.steps[1].stored.map((entry) => entry.path)).toEqual(['/usr/lib/x86_64-linux-gnu/libc.so.6', '/usr/lib64/ld-linux-x86-64.so.2']);
  });

  test('a write through a link lands under its target, where a later delete by either name finds it', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN echo hi > /bin/tool\nRUN rm /usr/bin/tool\n');
    expect(stage.steps[1].stored[0].path).toBe('/usr/bin/tool');
    expect(stage.steps[1].wastedBytes).toEqual(exact(3));
  });

  test('a glob through a link: `rm -f /lib/x86_64-linux-gnu/*.so.*`', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN rm -f /lib/x86_64-linux-gnu/*.so.*\n');
    expect(shadowed(stage)).toEqual([{ path: '/usr/lib/x86_64-linux-gnu', step: 1, bytes: exact(2000) }]);
  });

  test('`rm /bin` removes the link itself, not /usr/bin; after it, /bin is no link', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN rm /bin && mkdir /bin && echo hi > /bin/x\n');
    expect(stage.shadowedBase).toEqual([]);
    expect(stage.steps[1].stored.map((entry) => entry.path)).toEqual(['/bin/x']);
  });

  test('a link to a file is not followed as a directory (`/usr/bin/sh` → bash)', async () => {
    const stage = await modelled('FROM debian:bookworm\nRUN rm /usr/bin/sh\n');
    expect(stage.totals.wastedBytes).toEqual(exact(0));
  });
});
