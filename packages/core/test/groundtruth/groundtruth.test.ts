/**
 * Ground truth: builds real layered images with buildah (overlay storage) and checks
 *  1. what the images store, read with our docker-archive reader, against the recorded figures, and
 *  2. what `dflint layers` predicts for the same Dockerfile against what was measured: with the base
 *     images resolved from a real registry (docker-registry on 127.0.0.1, the bases pushed to it, reached
 *     through `--registry-mirror`), and offline.
 * Needs Linux, root, buildah and skopeo (`.ci/run` installs them); skips loudly otherwise.
 */
import * as fs from 'node:fs';
import { announceSkip } from '../../src/test-shared';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BASE_LAYERS,
  buildCase,
  cannotBuildReason,
  debianMirrorProblem,
  listCases,
  predictTotals,
  runLayers,
  SHARED_GROUNDTRUTH,
  type BaseImageAccess,
  type BuiltCase,
  type PredictedTotals,
} from './harness';
import {
  checkImageBytes,
  checkOfflineSaysWhy,
  checkPackageStepsSayWhy,
  checkPrediction,
  checkResolvedWaste,
  OFFLINE_REASON,
  PACKAGE_INDEX_OFFLINE_REASON,
  relativeError,
  showBytes,
  type PredictedLayer,
} from './prediction-checks';
import { cannotRunRegistry, serveBaseImages, type BaseRegistry } from './registry-bases';

/** A first run makes the bases (Debian: debootstrap, ~1 min here, more on a slow mirror). */
const BUILD_TIMEOUT_MS = { busybox: 5 * 60_000, debian: 20 * 60_000 };
/** Starting the registry and pushing both bases (making them first when they are not cached). */
const REGISTRY_TIMEOUT_MS = 20 * 60_000;
/** The first resolved run downloads and indexes the Debian base. */
const PREDICT_TIMEOUT_MS = 3 * 60_000;
/** Debian package lists and packages change size as the mirror moves on. */
const DEBIAN_TOLERANCE = 0.1;

const cannotBuild = cannotBuildReason();
const cases = listCases();
const debianProblem = !cannotBuild && cases.some((c) => c.base === 'debian') ? debianMirrorProblem() : undefined;
const registryProblem = cannotBuild ? undefined : cannotRunRegistry();

if (cannotBuild) announceSkip(`ground truth SKIPPED: ${cannotBuild}`);
if (debianProblem) announceSkip(`ground truth: Debian cases SKIPPED: ${debianProblem}`);
if (registryProblem) announceSkip(`ground truth: predictions with the base images resolved SKIPPED (offline ones run): ${registryProblem}`);
if (!fs.existsSync(SHARED_GROUNDTRUTH)) announceSkip(`ground truth: shared cases SKIPPED: no ${SHARED_GROUNDTRUTH}`);

const summary: string[] = [];
/** case → measured and predicted figures, printed as one table at the end */
const table = new Map<string, { wasted: number; stored: number; image: number; online?: PredictedTotals; offline?: PredictedTotals }>();

(cannotBuild ? describe.skip : describe)('ground truth (buildah, overlay)', () => {
  let workRoot: string;
  let registry: BaseRegistry | undefined;
  const resolved = (): BaseImageAccess => (registry ? { mirror: registry.mirror, cacheHome: registry.cacheHome } : 'default');

  beforeAll(async () => {
    workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-gt-cases-'));
    // without the Debian mirror there is no Debian base to push (and no Debian case runs)
    if (!registryProblem) registry = await serveBaseImages(debianProblem ? ['busybox'] : ['busybox', 'debian']);
  }, REGISTRY_TIMEOUT_MS);
  afterAll(async () => {
    await registry?.stop();
    fs.rmSync(workRoot, { recursive: true, force: true });
    if (summary.length) console.log(['ground truth (stored / visible / wasted bytes, image layers):', ...summary].join('\n'));
    if (table.size) console.log(formatTable());
  });

  it('has cases to build', () => {
    expect(cases.filter((c) => c.origin === 'own').length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.recorded?.touchesBase && c.base === 'debian').length).toBeGreaterThanOrEqual(10);
  });

  for (const testCase of cases) {
    const skip = testCase.base === 'debian' && debianProblem;
    const touchesBase = testCase.recorded?.touchesBase === true;
    (skip ? describe.skip : describe)(`${testCase.origin}/${testCase.name}`, () => {
      let built: BuiltCase | undefined;
      beforeAll(async () => {
        built = await buildCase(testCase, workRoot);
        const m = built.measured;
        summary.push(`  ${testCase.origin}/${testCase.name}: ${m.stored} / ${m.visible} / ${m.wasted}, ` +
          `${built.imageLayers} layers (built in ${built.buildSeconds.toFixed(1)} s)`);
        table.set(testCase.name, { wasted: m.wasted, stored: m.stored, image: imageBytesOf(built) });
      }, BUILD_TIMEOUT_MS[testCase.base]);

      it('builds, and stores what was recorded', () => {
        const { measured, imageLayers } = mustBeBuilt(built);
        const recorded = testCase.recorded;
        if (!recorded) throw new Error(`${testCase.name}: nothing recorded to compare with (expected.json or measured/<case>.json); measured ${JSON.stringify(measured)}, ${imageLayers} image layers`);
        expect(imageLayers).toBe(recorded.imageLayers);
        if (testCase.base === 'debian') {
          expect(Math.abs(measured.wasted - recorded.wasted)).toBeLessThanOrEqual(recorded.wasted * DEBIAN_TOLERANCE);
        } else {
          const { stored, visible, shadowedBase, wasted } = measured;
          expect({ stored, visible, shadowedBase, wasted }).toEqual({
            stored: recorded.stored,
            visible: recorded.visible,
            shadowedBase: recorded.shadowedBase,
            wasted: recorded.wasted,
          });
        }
      });

      it(`dflint layers predicts the measured waste and stored bytes${registryProblem ? '' : ' (base images resolved)'}`, async () => {
        const builtCase = mustBeBuilt(built);
        const { measured, imageLayers, context } = builtCase;
        const totals = await predictTotals(context, resolved());
        rowOf(testCase.name).online = totals;
        summary.push(
          `  ${testCase.origin}/${testCase.name}: predicted ${describePrediction(totals)} (+${BASE_LAYERS} base), measured ${measured.wasted}`,
        );
        checkPrediction(totals.wastedBytes, measured.wasted);
        checkPrediction(totals.addedBytes, measured.stored);
        expect(totals.layerCount).toBe(imageLayers - BASE_LAYERS);
        if (registry && totals.imageBytes) checkPrediction(totals.imageBytes, imageBytesOf(builtCase));
      }, PREDICT_TIMEOUT_MS);

      if (touchesBase) (registryProblem ? it.skip : it)('with its base resolved: the exact waste and the image size, which the table shows', async () => {
        const builtCase = mustBeBuilt(built);
        const totals = await predictTotals(builtCase.context, resolved());
        checkResolvedWaste(totals.wastedBytes, builtCase.measured.wasted);
        checkImageBytes(totals.imageBytes, imageBytesOf(builtCase));
        const text = await runLayers(builtCase.context, resolved(), 'table');
        expect(text).toMatch(/FROM debian:bookworm · 1 layer, sha256:/);
        expect(text).toMatch(/^ *image: .+ predicted \(base .+ added\)$/m);
      }, PREDICT_TIMEOUT_MS);

      it(`offline, dflint layers never claims more than it knows${touchesBase ? ', and says the base was not resolved' : ''}`, async () => {
        const { measured, context } = mustBeBuilt(built);
        const totals = await predictTotals(context, 'offline');
        rowOf(testCase.name).offline = totals;
        checkPrediction(totals.wastedBytes, measured.wasted);
        checkPrediction(totals.addedBytes, measured.stored);
        if (touchesBase) {
          checkOfflineSaysWhy(totals, testCase.recorded?.packageSteps !== undefined);
          expect(await runLayers(context, 'offline', 'table')).toContain(OFFLINE_REASON);
        }
        const packageSteps = testCase.recorded?.packageSteps;
        if (packageSteps) {
          const report = JSON.parse(await runLayers(context, 'offline')) as { stages: Array<{ layers: PredictedLayer[] }> };
          checkPackageStepsSayWhy(report.stages.at(-1)!.layers, packageSteps);
          expect(await runLayers(context, 'offline', 'table')).toContain(PACKAGE_INDEX_OFFLINE_REASON);
        }
      }, PREDICT_TIMEOUT_MS);
    });
  }
});

function mustBeBuilt(built: BuiltCase | undefined): BuiltCase {
  if (!built) throw new Error('the image was not built (see the beforeAll failure above)');
  return built;
}

/** The regular-file bytes of the whole image, base layers included. */
function imageBytesOf(built: BuiltCase): number {
  return built.measured.layers.reduce((total, layer) => total + layer.fileBytes, 0);
}

function rowOf(name: string) {
  const row = table.get(name);
  if (!row) throw new Error(`${name} was not built`);
  return row;
}

function describePrediction(totals: PredictedTotals): string {
  return `${totals.wastedBytes.estimate} ${totals.wastedBytes.value} wasted, ${totals.layerCount} layers`;
}

function formatTable(): string {
  const header = ['case', 'wasted', 'online', 'error', 'offline', 'stored', 'online', 'error', 'image', 'online', 'error'];
  const rows = [...table].map(([name, row]) => [
    name,
    String(row.wasted),
    showBytes(row.online?.wastedBytes),
    relativeError(row.online?.wastedBytes, row.wasted),
    showBytes(row.offline?.wastedBytes),
    String(row.stored),
    showBytes(row.online?.addedBytes),
    relativeError(row.online?.addedBytes, row.stored),
    String(row.image),
    showBytes(row.online?.imageBytes),
    relativeError(row.online?.imageBytes, row.image),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join('  ');
  return ['ground truth, measured vs predicted (wasted, stored above the base, image regular-file bytes; online = base images resolved):', line(header), ...rows.map(line)].join('\n');
}
