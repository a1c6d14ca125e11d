import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from './index';
import { withShellcheck } from '../test/shellcheck-tests';
import { agreementByCode, caseReference, HADOLINT_CASES, readHadolintCases, renderAgreementTable, replayCase, type ReplayOutcome } from './hadolint-replay';

// hadolint's 1,106 spec cases replayed through the rules that alias their codes (issue 17's
// acceptance): ≥ 97% agreement overall, ≥ 90% per code, and every disagreement named in the
// aliasing rule's README as a deliberate difference. REPLAY_CODES=DL3008,DL3009 replays only those.

const cases = readHadolintCases();
const only = process.env.REPLAY_CODES?.split(',').map((code) => code.trim()).filter(Boolean);
// the SC cases run the shellcheck rule, with ShellCheck switched on here (tests run without it)
const hasShellcheck = withShellcheck();

if (!cases) console.log(`hadolint replay skipped: ${HADOLINT_CASES} is not there (it comes with ../shared)`);
else if (!hasShellcheck) console.log('hadolint replay: the SC cases are skipped, shellcheck is not on PATH');

const describeReplay = cases ? describe : describe.skip;

describeReplay('hadolint spec cases replayed through dflint', () => {
  const outcomes: ReplayOutcome[] = [];
  const selected = (cases ?? []).filter((testCase) => (only ? only.includes(testCase.rule) : true) && (testCase.rule !== 'SC' || hasShellcheck));

  beforeAll(async () => {
    for (const testCase of selected) outcomes.push(await replayCase(testCase, rules));
    console.log(`hadolint replay, per code:\n${renderAgreementTable(agreementByCode(outcomes))}`);
  }, 300_000);

  test('every code agrees on at least 90% of its cases', () => {
    const below = agreementByCode(outcomes).filter((row) => row.agreed / row.cases < 0.9);
    expect(below.map((row) => `${row.code} ${row.agreed}/${row.cases}`)).toEqual([]);
  });

  test('at least 97% of all cases agree', () => {
    if (only) console.log('REPLAY_CODES is set: the overall figure is for those codes only');
    const agreed = outcomes.filter((outcome) => outcome.agrees).length;
    expect(agreed / outcomes.length).toBeGreaterThanOrEqual(0.97);
  });

  test("every disagreement is listed as a deliberate difference in the rule's README", () => {
    const unlisted = outcomes
      .filter((outcome) => !outcome.agrees)
      .filter((outcome) => !differencesDoc(outcome).includes(caseReference(outcome.case.source)))
      .map((outcome) => `${outcome.case.rule} ${outcome.case.mode} ${caseReference(outcome.case.source)} (${outcome.case.name}): expected ${outcome.case.expect}${outcome.case.count ? ` ×${outcome.case.count}` : ''}, found ${outcome.found}`);
    expect(unlisted).toEqual([]);
  });
});

const readmes = new Map<string, string>();

/** Where a disagreement must be explained: the aliasing rule's README, else docs/hadolint-compatibility.md. */
function differencesDoc(outcome: ReplayOutcome): string {
  const path = outcome.rule ? join(__dirname, outcome.rule, 'README.md') : join(__dirname, '..', 'docs', 'hadolint-compatibility.md');
  if (!readmes.has(path)) readmes.set(path, existsSync(path) ? readFileSync(path, 'utf8') : '');
  return readmes.get(path)!;
}
