/**
 * Ground truth for fixes: for every ground-truth case that dflint's safe fixes change, builds the
 * original and the fixed Dockerfile with buildah (overlay) from the same context and checks that
 *  1. both images end with the same filesystem (paths, types, modes, owners, contents, link targets), and
 *  2. the fixed image stores what dflint predicted less: model(original) − model(fixed), the last
 *     stage's addedBytes (exact: within 1%; lower bound: never above the truth), and, when every
 *     fixed finding says exactly what it wastes, those figures summed.
 * Skips like groundtruth.test.ts (no buildah, not root, no Debian mirror).
 */
import * as fs from 'node:fs';
import { announceSkip } from '../../src/test-shared';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureWaste } from '../image/measure-waste';
import { readDockerArchive } from '../image/read-archive';
import { describeBytes } from '../../src/layers/bytes';
import type { Bytes } from '../../src/layers/types';
import { compareFilesystems, describeDifference, readFinalFilesystem, type FinalFilesystem } from './final-filesystem';
import {
  BASE_LAYERS,
  buildArchive,
  cannotBuildReason,
  debianMirrorProblem,
  listCases,
  prepareContext,
  SHARED_GROUNDTRUTH,
  type GroundTruthCase,
} from './harness';
import { safeFixes, type SafeFixes } from './safe-fixes';

/**
 * Cases whose safe fix exists today (consecutive-run's merge; chmod-after-copy's COPY --chmod/--chown);
 * they fail, rather than warn, when it goes missing.
 */
const MUST_BE_FIXED = ['seed-chmod-layers', 'apt-separate-runs', 'copy-then-chmod', 'copy-then-chown'];
/**
 * Files whose content no two builds share, whatever the Dockerfile: only their content is let off
 * (type, mode, owner and size still count). Paths as in the image, without the leading `/`.
 */
const CONTENT_DIFFERS_EVERY_BUILD: { base: Record<GroundTruthCase['base'], string[]>; cases: Record<string, string[]> } = {
  base: {
    busybox: [],
    // timestamps in the logs; inode numbers and ctimes of the libraries in ldconfig's cache
    debian: ['var/log/apt/history.log', 'var/log/apt/term.log', 'var/log/dpkg.log', 'var/cache/ldconfig/aux-cache'],
  },
  // written by `dd if=/dev/urandom` in a RUN; a .pyc pip compiles records its build's source mtime
  cases: {
    'copy-up-edge-cases': ['keep/a2', 'keep/b'],
    'pip-local-sdist': ['usr/local/lib/python3.11/dist-packages/gtdemo/__pycache__/__init__.cpython-311.pyc'],
  },
};

/**
 * What a case's safe fix keeps out of the image on purpose (package-cache's `--no-cache-dir`: the
 * package manager's cache): the fixed build may lack these trees, and nothing else may differ.
 */
const LEFT_OUT_BY_THE_FIX: Record<string, string[]> = { 'pip-local-sdist': ['root/.cache'] };
/** Two builds per case; a first run also makes the bases (Debian: debootstrap). */
const TIMEOUT_MS = { busybox: 5 * 60_000, debian: 20 * 60_000 };

const cannotBuild = cannotBuildReason();
const cases = listCases();
const debianProblem = !cannotBuild && cases.some((c) => c.base === 'debian') ? debianMirrorProblem() : undefined;

if (cannotBuild) announceSkip(`ground truth for fixes SKIPPED: ${cannotBuild}`);
if (debianProblem) announceSkip(`ground truth for fixes: Debian cases SKIPPED: ${debianProblem}`);
if (!fs.existsSync(SHARED_GROUNDTRUTH)) announceSkip(`ground truth for fixes: shared cases SKIPPED: no ${SHARED_GROUNDTRUTH}`);

const rows: string[][] = [];
const unfixed: string[] = [];

(cannotBuild ? describe.skip : describe)('fixed Dockerfiles build the same filesystem and store less (buildah, overlay)', () => {
  let workRoot: string;
  beforeAll(() => {
    workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-gt-fixed-'));
  });
  afterAll(() => {
    fs.rmSync(workRoot, { recursive: true, force: true });
    if (rows.length) console.log(`ground truth for fixes (stored bytes of the layers above the base):\n${table(rows)}`);
    if (unfixed.length) {
      console.warn(`ground truth for fixes: NO SAFE FIX for ${unfixed.length} case(s), not built: ${unfixed.join(', ')}`);
    }
  });

  for (const testCase of cases) {
    const skip = testCase.base === 'debian' && debianProblem;
    (skip ? it.skip : it)(
      `${testCase.origin}/${testCase.name}`,
      async () => {
        const original = await prepareContext(testCase, path.join(workRoot, `${testCase.name}-original`));
        const fixes = await safeFixes(original);
        // a case nothing is fixed in is not built; it must not be one whose fix exists today
        if (fixes.applied.length === 0) {
          unfixed.push(testCase.name);
          expect(MUST_BE_FIXED).not.toContain(testCase.name);
        } else {
          await checkFixedBuild(testCase, original, fixes, workRoot);
        }
      },
      TIMEOUT_MS[testCase.base],
    );
  }

  (fs.existsSync(SHARED_GROUNDTRUTH) ? it : it.skip)('has the cases the fixes are checked on', () => {
    for (const name of MUST_BE_FIXED) {
      expect(cases.map((c) => c.name)).toContain(name);
    }
  });
});

interface BuiltImage {
  /** regular-file bytes of the layers above the base */
  stored: number;
  filesystem: FinalFilesystem;
}

async function buildAndRead(testCase: GroundTruthCase, context: string, workRoot: string): Promise<BuiltImage> {
  const archive = path.join(workRoot, `${path.basename(context)}.docker.tar`);
  await buildArchive(context, archive, `${testCase.name} (${path.basename(context)})`);
  try {
    const stored = measureWaste(await readDockerArchive(archive), BASE_LAYERS).stored;
    return { stored, filesystem: await readFinalFilesystem(archive) };
  } finally {
    fs.rmSync(archive);
  }
}

/** exact: within 1% (0 only for 0); lower bound: never above the truth; unknown: nothing to check. */
function expectWithin(predicted: Bytes, measured: number): void {
  if (predicted.estimate === 'exact') {
    if (measured === 0) expect(predicted.value).toBe(0);
    else expect(Math.abs(predicted.value - measured)).toBeLessThanOrEqual(Math.abs(measured) * 0.01);
  } else if (predicted.estimate === 'lower-bound') {
    expect(predicted.value).toBeLessThanOrEqual(measured);
  }
}

function summaryRow(testCase: GroundTruthCase, fixes: SafeFixes, before: number, after: number, measured: number): string[] {
  const rulesFixed = [...new Set(fixes.applied.map(({ finding }) => finding.rule))];
  return [
    testCase.name,
    `${fixes.applied.length} (${rulesFixed.join(', ')})`,
    String(before),
    String(after),
    describeBytesExactly(fixes.predictedReduction),
    fixes.findingsWaste ? describeBytesExactly(fixes.findingsWaste) : 'n/a',
    String(measured),
  ];
}

function describeBytesExactly(bytes: Bytes): string {
  return bytes.estimate === 'exact' ? String(bytes.value) : `${describeBytes(bytes)} (${bytes.estimate} ${bytes.value})`;
}

function table(body: string[][]): string {
  const all = [['case', 'fixes applied', 'stored before', 'stored after', 'predicted reduction', 'findings say', 'measured reduction'], ...body];
  const widths = all[0].map((_, column) => Math.max(...all.map((row) => row[column].length)));
  return all.map((row) => '  ' + row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n');
}

/** Builds the original and the fixed Dockerfile: the same final filesystem, and as much less stored as predicted. */
async function checkFixedBuild(testCase: GroundTruthCase, original: string, fixes: SafeFixes, workRoot: string): Promise<void> {
  const fixed = path.join(workRoot, `${testCase.name}-fixed`);
  // the same context, byte for byte: prepare.sh makes random files
  fs.cpSync(original, fixed, { recursive: true });
  fs.writeFileSync(path.join(fixed, 'Dockerfile'), fixes.fixed);

  const before = await buildAndRead(testCase, original, workRoot);
  const after = await buildAndRead(testCase, fixed, workRoot);
  const measuredReduction = before.stored - after.stored;
  rows.push(summaryRow(testCase, fixes, before.stored, after.stored, measuredReduction));

  const ofCase = CONTENT_DIFFERS_EVERY_BUILD.cases[testCase.name] ?? [];
  // a listed path the image lacks means the list has gone stale
  expect(ofCase.filter((file) => !before.filesystem.has(file))).toEqual([]);
  const volatile = new Set([...CONTENT_DIFFERS_EVERY_BUILD.base[testCase.base], ...ofCase]);
  const leftOut = LEFT_OUT_BY_THE_FIX[testCase.name] ?? [];
  const isLeftOut = (path: string) => leftOut.some((tree) => path === tree || path.startsWith(`${tree}/`));
  // a listed tree the original image lacks means the list has gone stale
  expect(leftOut.filter((tree) => !before.filesystem.has(tree))).toEqual([]);
  const differences = compareFilesystems(before.filesystem, after.filesystem, (file) => volatile.has(file)).filter(
    (difference) => !(isLeftOut(difference.path) && difference.after === undefined),
  );
  expect({ fixed: fixes.fixed, differences: differences.map(describeDifference) }).toEqual({
    fixed: fixes.fixed,
    differences: [],
  });
  // a safe fix never makes the image store more
  expect(measuredReduction).toBeGreaterThanOrEqual(0);
  expectWithin(fixes.predictedReduction, measuredReduction);
  if (fixes.findingsWaste?.estimate === 'exact') expectWithin(fixes.findingsWaste, measuredReduction);
}
