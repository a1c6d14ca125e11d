/**
 * Ground truth: builds real layered images with buildah (overlay storage) and checks
 *  1. what the images store, read with our docker-archive reader, against the recorded figures, and
 *  2. what `dflint layers` predicts for the same Dockerfile against what was measured.
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
  SHARED_GROUNDTRUTH,
  type BuiltCase,
  type PredictedTotals,
} from './harness';

/** A first run makes the bases (Debian: debootstrap, ~1 min here, more on a slow mirror). */
const BUILD_TIMEOUT_MS = { busybox: 5 * 60_000, debian: 20 * 60_000 };
const PREDICT_TIMEOUT_MS = 60_000;
/** Debian package lists and packages change size as the mirror moves on. */
const DEBIAN_TOLERANCE = 0.1;

const cannotBuild = cannotBuildReason();
const cases = listCases();
const debianProblem = !cannotBuild && cases.some((c) => c.base === 'debian') ? debianMirrorProblem() : undefined;

if (cannotBuild) announceSkip(`ground truth SKIPPED: ${cannotBuild}`);
if (debianProblem) announceSkip(`ground truth: Debian cases SKIPPED: ${debianProblem}`);
if (!fs.existsSync(SHARED_GROUNDTRUTH)) announceSkip(`ground truth: shared cases SKIPPED: no ${SHARED_GROUNDTRUTH}`);

const summary: string[] = [];

(cannotBuild ? describe.skip : describe)('ground truth (buildah, overlay)', () => {
  let workRoot: string;
  beforeAll(() => {
    workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-gt-cases-'));
  });
  afterAll(() => {
    fs.rmSync(workRoot, { recursive: true, force: true });
    if (summary.length) console.log(['ground truth (stored / visible / wasted bytes, image layers):', ...summary].join('\n'));
  });

  it('has cases to build', () => {
    expect(cases.filter((c) => c.origin === 'own').length).toBeGreaterThanOrEqual(8);
  });

  for (const testCase of cases) {
    const skip = testCase.base === 'debian' && debianProblem;
    (skip ? describe.skip : describe)(`${testCase.origin}/${testCase.name}`, () => {
      let built: BuiltCase | undefined;
      beforeAll(async () => {
        built = await buildCase(testCase, workRoot);
        const m = built.measured;
        summary.push(`  ${testCase.origin}/${testCase.name}: ${m.stored} / ${m.visible} / ${m.wasted}, ` +
          `${built.imageLayers} layers (built in ${built.buildSeconds.toFixed(1)} s)`);
      }, BUILD_TIMEOUT_MS[testCase.base]);

      it('builds, and stores what was recorded', () => {
        const { measured, imageLayers } = mustBeBuilt(built);
        const recorded = testCase.recorded;
        if (!recorded) throw new Error(`${testCase.name}: nothing recorded to compare with (expected.json or measured/<case>.json)`);
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

      it('dflint layers predicts the measured waste', async () => {
        const { measured, imageLayers, context } = mustBeBuilt(built);
        const totals = await predictTotals(context);
        summary.push(
          `  ${testCase.origin}/${testCase.name}: predicted ${describePrediction(totals)} (+${BASE_LAYERS} base), measured ${measured.wasted}`,
        );
        checkPrediction(totals, measured.wasted);
        expect(totals.layerCount).toBe(imageLayers - BASE_LAYERS);
      }, PREDICT_TIMEOUT_MS);
    });
  }
});

function mustBeBuilt(built: BuiltCase | undefined): BuiltCase {
  if (!built) throw new Error('the image was not built (see the beforeAll failure above)');
  return built;
}

function describePrediction(totals: PredictedTotals): string {
  return `${totals.wastedBytes.estimate} ${totals.wastedBytes.value} wasted, ${totals.layerCount} layers`;
}

/** exact: within 1% (and 0 only for 0); lower-bound: never above the truth; unknown: nothing to check. */
function checkPrediction(totals: PredictedTotals, measuredWasted: number): void {
  const { estimate } = totals.wastedBytes;
  const value = totals.wastedBytes.value ?? Number.NaN;
  if (estimate === 'exact') {
    if (measuredWasted === 0) expect(value).toBe(0);
    else expect(Math.abs(value - measuredWasted)).toBeLessThanOrEqual(measuredWasted * 0.01);
  } else if (estimate === 'lower-bound') {
    expect(value).toBeLessThanOrEqual(measuredWasted);
  } else {
    expect(totals.wastedBytes).toEqual({ value: null, estimate: 'unknown' });
  }
}
