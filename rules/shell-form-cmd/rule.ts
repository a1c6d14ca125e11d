import { defineRule, fixRemovals, ok, refuse, type Fix, type FixOutcome, type Instruction, type ParsedDocument } from '@dflint/core/rule-kit';
import { chainInstructions } from '../instruction-shared';
import { execFormWords } from './exec-words';

export default defineRule({
  meta: {
    name: 'shell-form-cmd',
    description: 'CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form: the program runs under /bin/sh -c',
    category: 'correctness',
    severity: 'warning',
    fixable: 'unsafe',
    aliases: ['DL3025', 'JSONArgsRecommended'],
    aliasesPerFinding: true,
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      for (const instruction of stage.instructions) {
        if (!['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(instruction.keyword) || instruction.form !== 'shell') continue;
        const isHealthcheck = instruction.keyword === 'HEALTHCHECK';
        // HEALTHCHECK NONE, or HEALTHCHECK CMD <command>
        const words = isHealthcheck ? instruction.args.slice(1) : instruction.args;
        if (words.length === 0 || (isHealthcheck && instruction.args[0]?.value.toUpperCase() !== 'CMD')) continue;
        // BuildKit leaves a shell form alone once SHELL is set in the stage or a stage it builds on
        const chain = chainInstructions(document, stage.index);
        const shellSet = chain.slice(0, chain.indexOf(instruction)).some((each) => each.keyword === 'SHELL');
        const name = isHealthcheck ? 'HEALTHCHECK CMD' : instruction.keyword;
        const fix = execFormFix(document, instruction, words, shellSet, stage.instructions);
        const suggestion = fix.ok ? ` (\`${name} ${fix.value.edits[0].newText}\`)` : ', moving what needs the shell into a script';
        const shell = `\`${(instruction.shell?.argv ?? ['/bin/sh', '-c']).join(' ')}\``;
        const why = isHealthcheck
          ? `needs ${shell} in the image to run`
          : words[0].value === 'exec'
            ? `needs ${shell} in the image${fix.ok ? ', only to `exec` the program' : ''}`
            : `runs as a child of ${shell}, which does not pass on signals such as SIGTERM`;
        report({
          range: { start: instruction.keywordRange.start, end: words[words.length - 1].range.end },
          message: `${name} in shell form ${why}: write it in JSON form${suggestion}`,
          aliases: shellSet || isHealthcheck ? ['DL3025'] : ['DL3025', 'JSONArgsRecommended'],
          fix,
        });
      }
    }
  },
});

/** The JSON form of a shell form that needs no shell, or why there is none. */
function execFormFix(document: ParsedDocument, instruction: Instruction, words: Instruction['args'], shellSet: boolean, stage: readonly Instruction[]): FixOutcome<Fix> {
  if (shellSet || instruction.shell?.kind !== 'posix') return refuse('the stage runs it under a SHELL of its own');
  if (instruction.range.start.line !== instruction.range.end.line) return refuse('it spans several lines');
  // shell form ignores CMD and `docker run` arguments; JSON form passes them to the program
  if (instruction.keyword === 'ENTRYPOINT' && stage.some((each) => each.keyword === 'CMD')) return refuse('the stage sets a CMD, which a JSON-form ENTRYPOINT would get as arguments');
  const range = { start: words[0].range.start, end: words[words.length - 1].range.end };
  const argv = execFormWords(document.lines.textIn(range));
  if (!argv) return refuse('the command uses the shell (quotes, variables, operators, globs or a builtin)');
  return ok({
    safety: 'unsafe',
    description: `write ${instruction.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : instruction.keyword} in JSON form`,
    edits: [{ range, newText: `[${argv.map((word) => JSON.stringify(word)).join(', ')}]` }],
    removes: fixRemovals(document, { deleted: [instruction] }),
  });
}
