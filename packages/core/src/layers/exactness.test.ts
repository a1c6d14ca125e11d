// Issue 14 item 11: "exact" means exact. A change to a path the base image may hold, and a RUN
// whose writes the model cannot see, never leave an exact figure behind them.
import { parseDocument } from '../parse/document';
import { contextCopyKey } from './context/copy-key';
import { buildLayerModel } from './model';
import type { BuildContext, Bytes, StageLayers } from './types';

async function stagesOf(text: string, contextFiles: Record<number, Array<{ path: string; size: number }>> = {}): Promise<StageLayers[]> {
  const document = await parseDocument(text);
  const copies = new Map(
    Object.entries(contextFiles).map(([line, files]) => {
      const instruction = document.instructions.find((candidate) => candidate.range.start.line + 1 === Number(line))!;
      const copy = { files: files.map((file) => ({ ...file, contextPath: file.path.slice(1) })), estimate: 'exact' as const, missing: [], notes: [] };
      return [contextCopyKey(instruction), copy];
    }),
  );
  const context: BuildContext = { root: '/ctx', copies, notes: [] };
  return buildLayerModel(document, { context }).stages;
}

const NOT_RESOLVED = 'base image not resolved';
const added = (stage: StageLayers, line: number): Bytes => stage.steps.find((step) => step.instruction.range.start.line + 1 === line)!.addedBytes;
const notesAt = (stage: StageLayers, line: number): string[] => stage.steps.find((step) => step.instruction.range.start.line + 1 === line)!.notes;

describe('writes to files the base image may hold are never exact', () => {
  test('`>> ~/.bashrc` adds at least the appended bytes, and says why it is only a bound', async () => {
    const [stage] = await stagesOf(`FROM debian:bookworm\nRUN echo 'alias ll="ls -l"' >> ~/.bashrc\n`);
    expect(added(stage, 2)).toEqual({ value: 17, estimate: 'lower-bound', reason: NOT_RESOLVED });
    expect(notesAt(stage, 2)).toEqual(['`>>` changes /root/.bashrc, which the base image may hold: stored again, of unknown size']);
  });

  test.each([
    ['sed -i', "RUN sed -i 's/main/main contrib/' /etc/apt/sources.list", '`sed` changes /etc/apt/sources.list'],
    ['chmod -R', 'RUN chmod -R a+r /usr', '`chmod` changes the files under /usr'],
    ['touch of an existing path', 'RUN touch /etc/hostname', '`touch` changes /etc/hostname'],
    ['chown', 'RUN chown nobody /etc/passwd', '`chown` changes /etc/passwd'],
  ])('%s is unknown, not "0 B exact"', async (_, run, note) => {
    const [stage] = await stagesOf(`FROM debian:bookworm\n${run}\n`);
    expect(added(stage, 2)).toEqual({ value: 0, estimate: 'unknown', reason: NOT_RESOLVED });
    expect(notesAt(stage, 2)[0]).toMatch(new RegExp(`^${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, which the base image may hold`));
  });

  test('`chmod -R` of a copied directory adds at least the copied files (the base image may hold more there)', async () => {
    const [stage] = await stagesOf('FROM debian:bookworm\nCOPY app /app\nRUN chmod -R 755 /app\n', { 2: [{ path: '/app/a', size: 1000 }] });
    expect(added(stage, 3)).toEqual({ value: 1000, estimate: 'lower-bound', reason: NOT_RESOLVED });
  });

  test('a base-image file stored again and then deleted wastes at least what was appended', async () => {
    const [stage] = await stagesOf('FROM busybox\nRUN echo hi >> /etc/profile\nRUN rm /etc/profile\n');
    expect(stage.steps[1].wastedBytes).toEqual({ value: 3, estimate: 'lower-bound', reason: NOT_RESOLVED });
  });

  test('the FROM row, which stands for the base image, wastes an unknown amount once a later line hides a base file', async () => {
    const [touched] = await stagesOf('FROM debian:bookworm\nRUN sed -i s/a/b/ /etc/hosts\n');
    expect(touched.steps[0].wastedBytes).toEqual({ value: 0, estimate: 'unknown', reason: NOT_RESOLVED });
    expect(touched.steps[0].notes).toEqual(['the base image stores files that later lines hide, of a size dflint does not know yet']);
    const [untouched] = await stagesOf('FROM debian:bookworm\nRUN mkdir /data\n');
    expect(untouched.steps[0].wastedBytes).toEqual({ value: 0, estimate: 'exact' });
  });

  test('paths this Dockerfile created stay exact: mkdir without -p, and everything on FROM scratch', async () => {
    const [made] = await stagesOf('FROM busybox\nRUN mkdir /data && dd if=/dev/zero bs=1024 count=4 of=/data/x\nRUN echo hi >> /data/x && touch /data/y && chmod -R 600 /data\n');
    expect(added(made, 3)).toEqual({ value: 4099, estimate: 'exact' });
    const [scratch] = await stagesOf('FROM scratch\nCOPY conf /etc/conf\nRUN echo hi >> /etc/conf\nRUN touch /etc/new\n', { 2: [{ path: '/etc/conf', size: 100 }] });
    expect([added(scratch, 3), added(scratch, 4)]).toEqual([{ value: 103, estimate: 'exact' }, { value: 0, estimate: 'exact' }]);
    expect(scratch.shadowedBase).toEqual([]);
  });
});

describe('writes the model cannot see make later figures for their directory bounds', () => {
  const BUILDER = 'FROM python:3.12 AS builder\nWORKDIR /app\nCOPY uv.lock ./\nRUN uv sync\nFROM python:3.12-slim\nCOPY --from=builder /app /app\n';

  test('`COPY --from=builder /app /app` after `uv sync` in /app is a lower bound, with a note naming the command', async () => {
    const [builder, runtime] = await stagesOf(BUILDER, { 3: [{ path: '/app/uv.lock', size: 185_703 }] });
    expect(added(builder, 4)).toEqual({ value: 0, estimate: 'unknown' });
    expect(notesAt(builder, 4)).toEqual(['`uv` fills /root/.cache/uv (uv package cache), of unknown size', 'uv sync: installs files dflint cannot size']);
    expect(added(runtime, 6)).toEqual({ value: 185_703, estimate: 'lower-bound' });
    expect(notesAt(runtime, 6)).toEqual(['/app may hold files `uv` (line 4) wrote, which dflint cannot see: the copied size is a lower bound']);
  });

  test.each([
    ['make', 'RUN make'],
    ['npm run build', 'RUN npm run build'],
    ['an unknown script', 'RUN ./build.sh'],
  ])('%s in the directory makes a later copy of it a lower bound', async (_, run) => {
    const text = `FROM node:20 AS build\nWORKDIR /src\nCOPY main.c ./\n${run}\nFROM busybox\nCOPY --from=build /src /src\n`;
    const [, runtime] = await stagesOf(text, { 3: [{ path: '/src/main.c', size: 500 }] });
    expect(added(runtime, 6)).toEqual({ value: 500, estimate: 'lower-bound' });
  });

  test('a note names at most three of the commands', async () => {
    const text = 'FROM busybox AS b\nRUN mkdir /app && dd if=/dev/zero bs=1024 count=1 of=/app/x\nWORKDIR /app\nRUN make\nRUN ./a.sh\nRUN ./b.sh\nRUN ./c.sh\nFROM busybox\nCOPY --from=b /app /app\n';
    const [, runtime] = await stagesOf(text);
    expect(notesAt(runtime, 9)).toEqual(['/app may hold files `make` (line 4), `a.sh` (line 5) and 2 more commands wrote, which dflint cannot see: the copied size is a lower bound']);
  });

  test('the note says which command the model cannot see into', async () => {
    const [stage] = await stagesOf('FROM debian\nWORKDIR /src\nRUN make\n');
    expect(notesAt(stage, 3)).toEqual(['`make` writes files dflint cannot see']);
  });

  test('within the stage: `chmod -R` and `cp -r` of that directory are lower bounds; `rm -rf` of it forgets the unseen files', async () => {
    const text = 'FROM busybox\nRUN mkdir /src && dd if=/dev/zero bs=1024 count=1 of=/src/a\nWORKDIR /src\nRUN make\nRUN chmod -R 755 /src\nRUN cp -r /src /copy\nRUN rm -rf /src && mkdir /src && chmod -R 755 /src\n';
    const [stage] = await stagesOf(text);
    expect([added(stage, 5), added(stage, 6)]).toEqual([{ value: 1024, estimate: 'lower-bound' }, { value: 1024, estimate: 'lower-bound' }]);
    expect(notesAt(stage, 5)[0]).toBe('`chmod` stores /src again, which may hold files `make` (line 4) wrote, which dflint cannot see: of unknown size');
    expect(added(stage, 7)).toEqual({ value: 0, estimate: 'exact' });
  });

  test('the waste of a layer whose unseen files a later step stores again or deletes is not exact', async () => {
    const text = 'FROM busybox\nRUN mkdir /src\nWORKDIR /src\nRUN make\nRUN chmod -R 755 /src\nRUN rm -rf /src\n';
    const [stage] = await stagesOf(text);
    expect([stage.steps[3].wastedBytes.estimate, stage.steps[4].wastedBytes.estimate]).toEqual(['unknown', 'unknown']);
    expect(notesAt(stage, 4)).toContain('waste not exact: line 5 stores again, moves or deletes files this layer wrote unseen');
    expect(notesAt(stage, 5)).toContain('waste not exact: line 6 stores again, moves or deletes files this layer wrote unseen');
  });

  test('an unseen write in / (where most installs run) does not make every later figure a bound', async () => {
    const text = 'FROM busybox AS build\nRUN mkdir /out && dd if=/dev/zero bs=1024 count=1 of=/out/bin\nRUN ./install.sh\nFROM busybox\nCOPY --from=build /out /out\n';
    const [, runtime] = await stagesOf(text);
    expect(added(runtime, 5)).toEqual({ value: 1024, estimate: 'exact' });
  });

  test('a copy from another directory of that stage stays exact', async () => {
    const text = 'FROM busybox AS build\nRUN mkdir /out && dd if=/dev/zero bs=1024 count=1 of=/out/bin\nWORKDIR /src\nRUN make\nFROM busybox\nCOPY --from=build /out /out\n';
    const [, runtime] = await stagesOf(text);
    expect(added(runtime, 6)).toEqual({ value: 1024, estimate: 'exact' });
  });
});
