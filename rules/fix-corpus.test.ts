import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fixText, lintDocument, lostContent, parseDocument, parsesAsWell, type FixResult, type ParsedDocument } from '@dflint/core';
import { announceSkip, SHARED } from '../packages/core/src/test-shared';
import { rules } from './index';

const CORPUS = path.join(SHARED, 'corpus');
const DOCKERFILES = path.join(CORPUS, 'dockerfiles');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const lint = (document: ParsedDocument) => lintDocument(document, { rules });

/** What is wrong with one file's fix, if anything. */
async function checkFile(text: string, unsafe: boolean): Promise<{ problems: string[]; result: FixResult }> {
  const result = await fixText(text, lint, { unsafe });
  const problems: string[] = [];
  const before = await parseDocument(text);
  const after = await parseDocument(result.text);
  if (!parsesAsWell(before, after)) problems.push('the fixed text parses worse than the original');
  // every pass is guarded; this checks the passes together, with what the applied fixes say they remove
  const lost = lostContent(before, after, result.applied.map((applied) => applied.fix.removes));
  if (lost.length) problems.push(`the fixed text lost content: ${lost.join('; ')}`);
  if (!result.stable) problems.push(`not stable after ${result.passes} passes`);
  const again = await fixText(result.text, lint, { unsafe });
  if (again.text !== result.text) problems.push(`a second fix changed it again (${again.applied.map((a) => a.finding.rule).join(', ')})`);
  const remaining = lint(after);
  // counted, since two RUNs may give the same message (`cd /tmp`): each fixed one must be gone
  const key = (finding: { rule: string; message: string }) => `${finding.rule}: ${finding.message}`;
  const count = (list: readonly { rule: string; message: string }[], wanted: string) => list.filter((each) => key(each) === wanted).length;
  const original = lint(before);
  for (const fixed of new Set(result.applied.map(({ finding }) => key(finding)))) {
    const applied = count(result.applied.map(({ finding }) => finding), fixed);
    if (count(remaining, fixed) > Math.max(0, count(original, fixed) - applied)) problems.push(`fixed, yet still reported: ${fixed}`);
  }
  const offered = remaining.filter((left) => left.fix && (unsafe || left.fix.safety === 'safe'));
  const refused = new Set(result.rejected.map((r) => r.finding.rule));
  for (const left of offered) if (!refused.has(left.rule)) problems.push(`a fix is still offered: ${left.rule}: ${left.message}`);
  return { problems, result };
}

(existsSync(DOCKERFILES) ? describe : describe.skip)('--fix on the real-world corpus', () => {
  test.each([
    ['safe fixes', false],
    ['safe and unsafe fixes', true],
  ])('%s: every fixed file re-parses, a second fix changes nothing, fixed findings are gone', async (_name, unsafe) => {
    const failures: string[] = [];
    let changed = 0;
    let applied = 0;
    let rejected = 0;
    for (const file of filesUnder(DOCKERFILES)) {
      const relative = path.relative(CORPUS, file);
      try {
        const { problems, result } = await checkFile(readFileSync(file, 'utf8'), unsafe);
        failures.push(...problems.map((problem) => `${relative}: ${problem}`));
        if (result.applied.length) changed++;
        applied += result.applied.length;
        rejected += result.rejected.length;
      } catch (error) {
        failures.push(`${relative}: ${(error as Error).stack}`);
      }
    }
    console.log(`corpus --fix${unsafe ? ' --unsafe-fixes' : ''}: ${applied} fixes applied in ${changed} files, ${rejected} rejected by the fix guard (re-parse and content checks)`);
    expect(failures).toEqual([]);
    expect(changed).toBeGreaterThan(100);
  }, 600_000);
});

if (!existsSync(DOCKERFILES)) announceSkip(`corpus --fix test: ${DOCKERFILES} is absent (set DFLINT_SHARED)`);
