import * as fs from 'fs';
import * as path from 'path';
import { announceSkip, SHARED } from '../test-shared';
import { parseDockerfile } from './dockerfile';
import type { Instruction, Range } from './types';

const corpus = path.join(SHARED, 'corpus/dockerfiles');
const available = fs.existsSync(corpus);
if (!available) announceSkip(`parser corpus test: ${corpus} is absent (set DFLINT_SHARED to the shared folder)`);

(available ? describe : describe.skip)('the corpus', () => {
  it('parses every corpus Dockerfile and cuts a script for every shell-form RUN', () => {
    const failures: string[] = [];
    let runs = 0;
    for (const file of listFiles(corpus)) {
      const model = parseDockerfile(fs.readFileSync(file, 'utf8'));
      const where = (instruction: Instruction) => `${path.relative(corpus, file)}:${instruction.range.start.line + 1}`;
      for (const problem of model.problems) {
        if (problem.message.startsWith('could not')) failures.push(`${path.relative(corpus, file)}: ${problem.message}`);
      }
      for (const run of model.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]))) {
        if (run.keyword !== 'RUN' || run.form !== 'shell' || run.shell?.kind !== 'posix') continue;
        runs++;
        const problem = scriptProblem(run);
        if (problem) failures.push(`${where(run)}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    expect(runs).toBeGreaterThan(1000);
  });
});

/** Why a shell-form RUN's scripts are wrong, or null. */
function scriptProblem(run: Instruction): string | null {
  if (run.scripts.length === 0) return run.heredocs.length > 0 && run.heredocs.every(startsWithForeignShebang) ? null : 'no script';
  for (const script of run.scripts) {
    if (script.text.includes('\r')) return 'CR in script';
    if (script.kind === 'heredoc') continue;
    // the command lines, then the heredoc bodies when the command has any
    const lastLine = run.heredocs.length > 0 ? run.range.end.line : (run.argsRange as Range).end.line;
    const lines = script.text.split('\n').length;
    if (lines !== lastLine - script.origin.line + 1) return `script spans ${lines} lines, should end on line ${lastLine + 1}`;
  }
  return null;
}

function startsWithForeignShebang(heredoc: { content: string }): boolean {
  const firstLine = heredoc.content.split('\n', 1)[0];
  return firstLine.startsWith('#!') && !/\b(ba|da|z|k|a)?sh\b/.test(firstLine);
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
