import { fixRemovals, ok, refuse, type Fix, type FixOutcome, type Instruction, type ParsedDocument, type ShellCommand } from '@dflint/core/rule-kit';

/** A directory WORKDIR takes as written and cd reads the same: absolute, no quotes, spaces or expansions. */
const PLAIN_DIRECTORY = /^\/[\w./+@:,-]*$/;

/** A `--mount` whose target is relative: WORKDIR would move it, cd did not. */
function hasRelativeMount(run: Instruction): boolean {
  return run.flags.some((flag) => flag.name === 'mount' && /(?:^|,)(?:target|dst|destination)=(?!\/)/.test(flag.value ?? ''));
}

/**
 * `RUN cd DIR && rest…` → `WORKDIR DIR` + `RUN rest…`, and a lone `RUN cd DIR` → `WORKDIR DIR`.
 * Unsafe: WORKDIR stays in force for every later instruction and creates DIR, where cd did neither.
 */
export function cdFix(document: ParsedDocument, run: Instruction, commands: readonly ShellCommand[]): FixOutcome<Fix> {
  const [cd, next] = commands;
  const scripts = document.shellScripts(run);
  if (run.heredocs.length > 0 || scripts.length !== 1 || scripts[0].hasErrors) return refuse('only a shell-form RUN without heredocs that parses is rewritten');
  if (cd.name !== 'cd') return refuse('the RUN does not start with cd');
  if (cd.context.length > 0) return refuse('the cd is inside a subshell or compound command');
  // the finding would stay for the other cds: one WORKDIR cannot stand for several
  if (commands.filter((command) => command.name === 'cd').length > 1) return refuse('the RUN changes directory more than once');
  const directory = cd.argv[1];
  if (cd.argv.length !== 2 || cd.assignments.length > 0 || cd.redirects.length > 0 || directory.dynamic || directory.raw !== directory.value || !PLAIN_DIRECTORY.test(directory.value)) {
    return refuse('the cd does not name one absolute directory as plain text');
  }
  if (hasRelativeMount(run)) return refuse('a --mount target is relative to the working directory');
  const workdir = `WORKDIR ${directory.value}`;
  const lineStart = document.lines.offsetAt({ line: run.keywordRange.start.line, character: 0 });
  const indent = document.text.slice(lineStart, document.lines.offsetAt(run.keywordRange.start));
  if (!next) {
    return ok({
      safety: 'unsafe',
      description: `replace the RUN with ${workdir}`,
      edits: [{ range: run.range, newText: workdir }],
      removes: fixRemovals(document, { deleted: [run] }),
    });
  }
  if (next.join !== '&&' || next.context.length > 0) return refuse('the cd is not followed by `&&` and a plain command');
  // after the fix no cd set OLDPWD: `cd -` would fail
  const usesOldpwd = commands.some((command) => (command.name === 'cd' && command.argv[1]?.value === '-') || command.argv.some((word) => word.raw.includes('OLDPWD')));
  if (usesOldpwd) return refuse('the RUN goes back with `cd -` or reads $OLDPWD, which the cd sets');
  // what goes: `cd DIR && ` and any continuation up to the next command, unless a comment is there
  const between = document.text.slice(document.lines.offsetAt(cd.range.end), document.lines.offsetAt(next.range.start));
  const escape = document.escapeChar;
  if (between.split(escape).join('').replace(/&&/, '').trim() !== '') return refuse('a comment stands between the cd and the next command');
  // above the comments right over the RUN: an ignore pragma there stays with the RUN
  const commentLines = new Set(document.comments.map((comment) => comment.range.start.line));
  let line = run.keywordRange.start.line;
  while (commentLines.has(line - 1)) line--;
  const at = { line, character: 0 };
  return ok({
    safety: 'unsafe',
    description: `put ${workdir} before the RUN and take the cd out of it`,
    edits: [
      { range: { start: at, end: at }, newText: `${indent}${workdir}${document.eol}` },
      { range: { start: cd.range.start, end: next.range.start }, newText: '' },
    ],
    removes: fixRemovals(document, { commands: [{ instruction: run, command: cd }] }),
  });
}
