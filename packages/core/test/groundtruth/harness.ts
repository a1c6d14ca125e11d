import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { MeasuredWaste } from '../image/docker-archive';
import { measureWaste } from '../image/measure-waste';
import { readDockerArchive } from '../image/read-archive';
import { SHARED } from '../../src/test-shared';

const run = promisify(execFile);

export const REPO = path.resolve(__dirname, '../../../..');
export const SHARED_GROUNDTRUTH = path.join(SHARED, 'groundtruth');
const BUILD_SCRIPT = path.join(__dirname, 'build-image.sh');
const OWN_CASES = path.join(__dirname, 'cases');
const DFLINT = path.join(REPO, 'packages/cli/bin/dflint.js');

/** Both bases are made as exactly one layer (FROM scratch + ADD rootfs.tar). */
export const BASE_LAYERS = 1;

export interface GroundTruthCase {
  name: string;
  dir: string;
  origin: 'shared' | 'own';
  base: 'busybox' | 'debian';
  /** what the case measured when it was recorded: shared/groundtruth/measured/<name>.json or the case's expected.json */
  recorded?: Recorded;
}

/** The recorded figures; shared JSON files spell them in snake_case. */
export interface Recorded {
  stored: number;
  visible: number;
  shadowedBase: number;
  wasted: number;
  /** all layers of the image, the base's included */
  imageLayers: number;
  /** the case touches base-image files: with the base resolved its figures must be exact, offline they must say why not */
  touchesBase?: boolean;
  /** lines of the steps whose bytes come from package indexes (apt, npm, pip): offline they must say why they are unknown */
  packageSteps?: number[];
}

export interface BuiltCase {
  measured: MeasuredWaste;
  /** all layers of the image, the base's included */
  imageLayers: number;
  context: string;
  buildSeconds: number;
}

/** Why this machine cannot build ground-truth images, or undefined when it can. */
export function cannotBuildReason(): string | undefined {
  if (process.env.DFLINT_SKIP_GROUNDTRUTH) return 'DFLINT_SKIP_GROUNDTRUTH is set';
  if (process.platform !== 'linux') return `buildah needs Linux, this is ${process.platform}`;
  if (process.getuid?.() !== 0) return 'not root (buildah with chroot isolation and overlay mounts needs root)';
  const check = spawnSync('bash', [BUILD_SCRIPT, '--check'], { encoding: 'utf8', timeout: 60_000 });
  if (check.status !== 0) return (check.stderr || check.error?.message || `build-image.sh --check exited ${check.status}`).trim();
  return undefined;
}

/** Why the Debian cases cannot run (apt-get inside them needs the machine's Debian mirror), or undefined. */
export function debianMirrorProblem(): string | undefined {
  const sources = '/etc/apt/sources.list.d/debian.sources';
  const uri = fs.existsSync(sources) ? /^URIs:\s*(\S+)/m.exec(fs.readFileSync(sources, 'utf8'))?.[1] : undefined;
  if (!uri) return `no Debian mirror configured in ${sources}`;
  const url = `${uri.replace(/\/$/, '')}/dists/bookworm/Release`;
  const probe = `fetch(${JSON.stringify(url)}, { method: 'HEAD', signal: AbortSignal.timeout(8000) })
    .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
  const result = spawnSync(process.execPath, ['-e', probe], { timeout: 10_000 });
  return result.status === 0 ? undefined : `the Debian mirror ${uri} does not answer (HEAD ${url})`;
}

export function listCases(): GroundTruthCase[] {
  const shared = path.join(SHARED_GROUNDTRUTH, 'cases');
  return [
    ...caseDirs(shared).map((dir) => describeCase(dir, 'shared', sharedRecord(path.basename(dir)))),
    ...caseDirs(OWN_CASES).map((dir) => describeCase(dir, 'own', ownRecord(dir))),
  ];
}

function caseDirs(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .sort()
    .map((name) => path.join(root, name))
    .filter((dir) => fs.existsSync(path.join(dir, 'Dockerfile')));
}

function describeCase(dir: string, origin: GroundTruthCase['origin'], recorded: Recorded | undefined): GroundTruthCase {
  const dockerfile = fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
  const base = /^\s*FROM\s+(--\S+\s+)*debian[:\s]/im.test(dockerfile) ? 'debian' : 'busybox';
  return { name: path.basename(dir), dir, origin, base, recorded };
}

function sharedRecord(name: string): Recorded | undefined {
  const file = path.join(SHARED_GROUNDTRUTH, 'measured', `${name}.json`);
  if (!fs.existsSync(file)) return undefined;
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    stored: number; visible: number; shadowed_base: number; wasted: number; layers: unknown[];
  };
  return { stored: json.stored, visible: json.visible, shadowedBase: json.shadowed_base, wasted: json.wasted, imageLayers: json.layers.length };
}

function ownRecord(dir: string): Recorded | undefined {
  const file = path.join(dir, 'expected.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Recorded) : undefined;
}

/** Copies the case into `workRoot`, runs its prepare.sh there, builds, reads and measures the image. */
export async function buildCase(testCase: GroundTruthCase, workRoot: string): Promise<BuiltCase> {
  const context = await prepareContext(testCase, path.join(workRoot, testCase.name));
  const archive = path.join(workRoot, `${testCase.name}.docker.tar`);
  const { buildSeconds } = await buildArchive(context, archive, testCase.name);
  const image = await readDockerArchive(archive);
  fs.rmSync(archive);
  return { measured: measureWaste(image, BASE_LAYERS), imageLayers: image.layers.length, context, buildSeconds };
}

/** Copies the case to `context` (without expected.json) and runs its prepare.sh there; returns `context`. */
export async function prepareContext(testCase: GroundTruthCase, context: string): Promise<string> {
  // expected.json is the harness's record, not part of the build context
  fs.cpSync(testCase.dir, context, { recursive: true, filter: (source) => path.basename(source) !== 'expected.json' });
  if (fs.existsSync(path.join(context, 'prepare.sh'))) await run('sh', ['prepare.sh'], { cwd: context });
  return context;
}

/** Builds the Dockerfile in `context` with build-image.sh into the docker-archive `archive`, which the caller removes. */
export async function buildArchive(context: string, archive: string, label: string): Promise<{ buildSeconds: number }> {
  const started = process.hrtime.bigint();
  try {
    await run('bash', [BUILD_SCRIPT, context, archive], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`building ${label} failed:\n${stderr || String(error)}`);
  }
  return { buildSeconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** A Bytes figure as the JSON prints it: `value` is null when the estimate is unknown. */
export interface PredictedBytes {
  value: number | null;
  estimate: 'exact' | 'lower-bound' | 'estimated' | 'unknown';
  /** the package index an estimated figure (or part of a lower bound) comes from */
  source?: string;
  reason?: string;
}

export interface PredictedTotals {
  addedBytes: PredictedBytes;
  wastedBytes: PredictedBytes;
  /** base + added: the predicted regular-file bytes of the image */
  imageBytes?: PredictedBytes;
  layerCount: number;
  historyCount: number;
}

/** How `dflint layers` gets base images: through a mirror (a fresh cache), offline, or as the environment says. */
export type BaseImageAccess = { mirror: string; cacheHome: string } | 'offline' | 'default';

/** `dflint layers Dockerfile [--format json]`: its stdout (exit 1 means findings, and still prints the layers). */
export async function runLayers(context: string, access: BaseImageAccess, format: 'json' | 'table' = 'json'): Promise<string> {
  const args = [DFLINT, 'layers', path.join(context, 'Dockerfile'), ...(format === 'json' ? ['--format', 'json'] : [])];
  const env = { ...process.env };
  if (access === 'offline') {
    args.push('--offline');
  } else if (access !== 'default') {
    args.push('--registry-mirror', access.mirror);
    env.XDG_CACHE_HOME = access.cacheHome;
    delete env.DFLINT_OFFLINE;
  }
  try {
    return (await run(process.execPath, args, { cwd: context, env, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code !== 1 || !failed.stdout) throw new Error(`dflint layers failed (exit ${failed.code}): ${failed.stderr ?? String(error)}`);
    return failed.stdout;
  }
}

/** `dflint layers Dockerfile --format json`, the last stage's totals (the built target). */
export async function predictTotals(context: string, access: BaseImageAccess = 'default'): Promise<PredictedTotals> {
  const stdout = await runLayers(context, access);
  const report = JSON.parse(stdout) as { stages?: Array<{ totals?: PredictedTotals }> };
  const totals = report.stages?.at(-1)?.totals;
  if (!totals) throw new Error(`dflint layers printed no stage totals:\n${stdout.slice(0, 2000)}`);
  return totals;
}
