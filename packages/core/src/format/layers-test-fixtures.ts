// Hand-built layer models over real parsed Dockerfiles, for the layer formatters' tests.
import { exact, lowerBound, sumBytes, UNKNOWN, ZERO } from '../layers/bytes';
import type { Bytes, Effect, Shadowing, StageLayers, Step, StoredEntry } from '../layers/types';
import { parseDocument } from '../parse/document';
import type { Instruction } from '../parse/types';
import type { LayersReport } from './layers-report';

const MiB = 1024 * 1024;

function step(instruction: Instruction, added: Bytes, wasted: Bytes, stored: StoredEntry[] = [], notes: string[] = []): Step {
  const createsLayer = ['RUN', 'COPY', 'ADD'].includes(instruction.keyword);
  return { instruction, createsLayer, addedBytes: added, wastedBytes: wasted, stored, effects: stored.map((s) => s.effect), notes };
}

function effect(instruction: Instruction, kind: 'write' | 'copy-up' | 'delete' | 'cache-write', command: string, path: string): Effect {
  const range = instruction.range;
  switch (kind) {
    case 'write':
      return { kind, range, command, path, bytes: UNKNOWN };
    case 'copy-up':
      return { kind, range, command, path, recursive: true };
    case 'delete':
      return { kind, range, command, path, recursive: true };
    case 'cache-write':
      return {
        kind, range, command, dir: path, manager: 'apt', cache: 'lists', action: 'refresh', what: 'apt package lists', bytes: UNKNOWN,
        cleanup: [{ kind: 'append', command: 'rm -rf /var/lib/apt/lists/*' }],
      };
  }
}

function stored(path: string, bytes: Bytes, made: Effect, hiddenBy?: Shadowing): StoredEntry {
  return { path, bytes, tree: made.kind === 'cache-write', reason: made.kind === 'cache-write' ? 'cache' : 'write', effect: made, shadowedBy: hiddenBy };
}

function stageOf(index: number, base: string, steps: Step[], extra: Partial<StageLayers> = {}): StageLayers {
  const layers = steps.filter((s) => s.createsLayer);
  return {
    index,
    base,
    steps,
    totals: {
      addedBytes: sumBytes(layers.map((s) => s.addedBytes)),
      wastedBytes: sumBytes(layers.map((s) => s.wastedBytes)),
      layerCount: layers.length,
      historyCount: steps.length - layers.length - 1,
    },
    shadowedBase: [],
    ...extra,
  };
}

export const SEED_TEXT = [
  'FROM busybox',
  'RUN mkdir /data',
  'RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one',
  'RUN chmod -R 0777 /data',
  'RUN rm /data/one',
  'CMD ls -alh /data',
  '',
].join('\n');

/** One unnamed stage: a 1 MiB file, copied up by chmod, then deleted — 2 MiB wasted, exact. */
export async function seedReport(): Promise<LayersReport> {
  const [from, mkdir, dd, chmod, rm, cmd] = (await parseDocument(SEED_TEXT)).stages[0].instructions;
  const write = effect(dd, 'write', 'dd', '/data/one');
  const copyUp = effect(chmod, 'copy-up', 'chmod', '/data');
  const remove = effect(rm, 'delete', 'rm', '/data/one');
  const steps = [
    step(from, ZERO, ZERO),
    step(mkdir, ZERO, ZERO),
    step(dd, exact(MiB), exact(MiB), [stored('/data/one', exact(MiB), write, { step: 3, instruction: chmod, effect: copyUp, how: 'copy-up' })]),
    step(chmod, exact(MiB), exact(MiB), [stored('/data/one', exact(MiB), copyUp, { step: 4, instruction: rm, effect: remove, how: 'delete' })]),
    step(rm, ZERO, ZERO),
    step(cmd, ZERO, ZERO),
  ];
  return { file: 'Dockerfile', stages: [stageOf(0, 'busybox', steps)] };
}

export const MULTI_STAGE_TEXT = [
  'FROM golang:1.22 AS build',
  'WORKDIR /src',
  'COPY . .',
  'RUN go build -o /out/app ./cmd/app',
  'FROM debian:bookworm',
  'RUN apt-get update',
  'RUN apt-get install -y curl \\',
  '    && rm -rf /var/lib/apt/lists/*',
  'COPY --from=build /out/app /usr/local/bin/app',
  'FROM build AS test',
  'RUN go test ./...',
  '',
].join('\n');

/**
 * Three stages: "build" (a lower-bound COPY, an unknown RUN), an unnamed one (apt lists of
 * unknown size hidden by a later rm), and "test" built on "build".
 */
export async function multiStageReport(): Promise<LayersReport> {
  const [build, runtime, test] = (await parseDocument(MULTI_STAGE_TEXT)).stages;
  const [from0, workdir, copySource, goBuild] = build.instructions;
  const [from1, update, install, copyApp] = runtime.instructions;
  const [from2, goTest] = test.instructions;

  const lists = effect(update, 'cache-write', 'apt-get', '/var/lib/apt/lists');
  const removeLists = effect(install, 'delete', 'rm', '/var/lib/apt/lists/*');
  removeLists.range = { start: { line: 7, character: 7 }, end: { line: 7, character: 35 } }; // `rm` on the continuation line 8
  const buildStage = stageOf(0, 'golang:1.22', [
    step(from0, ZERO, ZERO),
    step(workdir, ZERO, ZERO),
    step(copySource, lowerBound(3 * MiB), ZERO, [], ['3 files not sized: symlinks are not followed']),
    step(goBuild, UNKNOWN, ZERO, [], ['go build writes files of unknown size']),
  ], { name: 'build' });
  const runtimeStage = stageOf(1, 'debian:bookworm', [
    step(from1, ZERO, ZERO),
    step(update, UNKNOWN, UNKNOWN, [stored('/var/lib/apt/lists', UNKNOWN, lists, { step: 2, instruction: install, effect: removeLists, how: 'delete' })]),
    step(install, UNKNOWN, ZERO),
    step(copyApp, exact(8 * MiB), ZERO),
  ]);
  const testStage = stageOf(2, 'build', [step(from2, ZERO, ZERO), step(goTest, UNKNOWN, ZERO)], { name: 'test', baseStage: 0 });
  testStage.totals = { ...testStage.totals, addedBytes: lowerBound(3 * MiB), layerCount: 3, historyCount: 1 };
  return { file: 'svc/Dockerfile', stages: [buildStage, runtimeStage, testStage], contextNotes: ['no .dockerignore: the whole context is sent'] };
}

export const BASE_IMAGE_TEXT = [
  'FROM debian:bookworm AS app',
  'RUN rm -rf /usr/share/doc/*',
  "RUN echo 'alias ll=\"ls -l\"' >> /root/.bashrc",
  'COPY app /app',
  'FROM app AS test',
  'RUN touch /ok',
  '',
].join('\n');

export const BASE_DIGEST = 'sha256:3f2a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';
const OFFLINE = 'base image not resolved (offline)';
const BASE_BYTES = 74 * MiB + 819 * 1024;
const DOC_BYTES = 1536 * 1024;
const BASHRC_BYTES = 3526;
const APPENDED = 17;

/** Bytes as the model gives them when the base is not known: with why. */
function because<T extends Bytes>(figure: T, reason = OFFLINE): T {
  return { ...figure, reason };
}

/**
 * `FROM debian:bookworm` resolved (74.8 MiB in 1 layer) or offline, a stage "test" built on it:
 * `rm -rf /usr/share/doc/*` and `>> /root/.bashrc` hide base files, COPY adds 2 MiB.
 */
export async function baseImageReport(resolved: boolean): Promise<LayersReport> {
  const [app, test] = (await parseDocument(BASE_IMAGE_TEXT)).stages;
  const [from, rm, append, copy] = app.instructions;
  const [fromApp, touch] = test.instructions;
  const removeDocs = effect(rm, 'delete', 'rm', '/usr/share/doc/*');
  const appendBashrc = effect(append, 'copy-up', 'echo', '/root/.bashrc');
  const known = (value: number) => (resolved ? exact(value) : because(UNKNOWN));
  const baseImage = resolved
    ? { reference: 'docker.io/library/debian:bookworm', digest: BASE_DIGEST, platform: 'linux/amd64', compressedBytes: 29 * MiB, bytes: exact(BASE_BYTES), layerCount: 1, resolved: true }
    : { reference: 'docker.io/library/debian:bookworm', bytes: because(UNKNOWN), resolved: false, note: 'offline' };
  const appended = resolved ? exact(BASHRC_BYTES + APPENDED) : because(lowerBound(APPENDED));
  const steps = [
    step(from, ZERO, known(DOC_BYTES + BASHRC_BYTES)),
    step(rm, ZERO, ZERO),
    step(append, appended, ZERO),
    step(copy, exact(2 * MiB), ZERO),
  ];
  const shadowedBase = [
    { path: '/root/.bashrc', step: 2, effect: appendBashrc, bytes: known(BASHRC_BYTES) },
    { path: '/usr/share/doc', step: 1, effect: removeDocs, bytes: known(DOC_BYTES) },
  ];
  const appStage = stageOf(0, 'debian:bookworm', steps, { name: 'app', baseImage, shadowedBase });
  appStage.totals.wastedBytes = steps[0].wastedBytes;
  appStage.totals.imageBytes = resolved ? sumBytes([baseImage.bytes, appStage.totals.addedBytes]) : because(appStage.totals.addedBytes);
  const testStage = stageOf(1, 'app', [step(fromApp, ZERO, ZERO), step(touch, exact(0), ZERO)], { name: 'test', baseStage: 0, baseImage });
  testStage.totals = { ...appStage.totals, layerCount: 4 };
  return { file: 'Dockerfile', stages: [appStage, testStage] };
}
