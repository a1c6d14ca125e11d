// Random sequences of RUNs (test-sequences.ts) merged and run both ways, as in
// merge-runs.semantics.test.ts. DFLINT_MERGE_SEED and DFLINT_MERGE_CASES choose the sequences.
import { spawnSync } from 'child_process';
import { initShellParser } from '../parse/shell';
import { seededRandom } from '../../test/support/seeded-random';
import { SequenceGenerator } from './test-sequences';
import { difference, ERREXIT_REFUSAL, hasSh, indent, mergeAll, report, Sandbox, SH, shTest } from './test-merge-sandbox';

const SEED = Number(process.env.DFLINT_MERGE_SEED ?? 20250101);
const CASES = Number(process.env.DFLINT_MERGE_CASES ?? 500);
/** Refusals the generated sequences call for: a `#` comment in a script, a lint directive between RUNs. */
const DOCUMENTED_REFUSAL = /the script has a # comment|is a lint directive comment/;

let sandbox: Sandbox;

beforeAll(async () => {
  await initShellParser();
  if (hasSh) sandbox = new Sandbox();
});

afterAll(() => sandbox?.dispose());

/** How many sequences run at once, each in its own sandbox (the shells dominate the time). */
const PARALLEL = 3;

shTest(`random sequences of RUNs keep their behaviour when merged (seed ${SEED}, ${CASES} sequences)`, async () => {
  const pipefail = spawnSync(SH, ['-c', 'set -o pipefail']).status === 0;
  const generator = new SequenceGenerator(seededRandom(SEED), { pipefail });
  const sequences = Array.from({ length: CASES }, () => generator.sequence());
  const refusals = new Map<string, number>();
  const wrongRefusals: string[] = [];
  const mismatches: { dockerfile: string; text: string }[] = [];
  let merged = 0;
  let failing = 0;

  const check = async (index: number, box: Sandbox) => {
    const { dockerfile, expectRefusal, mayRefuse, errexitBeforeLast } = sequences[index];
    const outcome = await mergeAll(dockerfile);
    if (!outcome.ok) {
      const reason = outcome.reason.replace(/^line \d+:? /, '');
      refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
      const expected =
        mayRefuse || (expectRefusal && DOCUMENTED_REFUSAL.test(outcome.reason)) || (errexitBeforeLast && ERREXIT_REFUSAL.test(outcome.reason));
      if (!expected) wrongRefusals.push(`#${index} refused (${outcome.reason}):\n${indent(dockerfile)}`);
      return;
    }
    const merge = outcome.value;
    if (expectRefusal) wrongRefusals.push(`#${index} merged although it should refuse:\n${indent(dockerfile)}`);
    merged++;
    if (merge.lostComments.length > 0) mismatches.push({ dockerfile, text: `#${index} lost comment lines ${JSON.stringify(merge.lostComments)}:\n${indent(merge.text)}` });
    const original = await box.run(merge.originals, merge.shell);
    if (!original.ok) failing++;
    const diff = difference(original, await box.run([merge.merged], merge.shell));
    if (diff) mismatches.push({ dockerfile, text: `#${index}\n${report(dockerfile, merge, diff)}` });
  };
  const boxes = [sandbox, ...Array.from({ length: PARALLEL - 1 }, () => new Sandbox())];
  let next = 0;
  try {
    await Promise.all(
      boxes.map(async (box) => {
        while (next < CASES) await check(next++, box);
      }),
    );
  } finally {
    for (const box of boxes.slice(1)) box.dispose();
  }

  const refused = CASES - merged;
  console.log(
    `RUN-merge semantics: seed ${SEED}, ${CASES} sequences (set -o pipefail ${pipefail ? 'used' : 'unsupported by /bin/sh, left out'}): ` +
      `${merged} merged (${failing} of them failing builds), ${refused} refused; ` +
      `${sequences.filter((sequence) => sequence.expectRefusal).length} call for a refusal, ` +
      `${sequences.filter((sequence) => sequence.mayRefuse).length} may be refused, ` +
      `${sequences.filter((sequence) => sequence.errexitBeforeLast).length} set errexit before the last RUN` +
      [...refusals].map(([reason, count]) => `\n  refused ${count}x: ${reason}`).join('') +
      `\n  ${mismatches.length} merged sequences behave differently`,
  );
  expect(wrongRefusals.slice(0, 5)).toEqual([]);
  // the generator asks for a refusal in about 1 sequence in 12, and sets errexit before the last RUN in about 1 in 4
  expect(refused / CASES).toBeLessThan(0.4);
  expect(merged).toBeGreaterThan(CASES / 2);
  if (mismatches.length > 0) {
    // the shortest are the easiest to read
    const shortest = [...mismatches].sort((a, b) => a.dockerfile.length - b.dockerfile.length).slice(0, 6);
    throw new Error(
      `${mismatches.length} of ${merged} merged sequences behave differently (seed ${SEED}); the shortest:\n\n` +
        shortest.map((mismatch) => mismatch.text).join('\n\n'),
    );
  }
}, 180_000);
