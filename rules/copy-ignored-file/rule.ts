import { defineRule, ignoredSourceOf, type Instruction } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'copy-ignored-file',
    description: 'COPY/ADD of a source that .dockerignore excludes from the build context, so the build fails on it',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['CopyIgnoredFile'],
  },
  check({ layers, report }) {
    // the model reads the build context (when there is one) and notes each source the ignore file excludes
    // an ONBUILD trigger runs in each stage built FROM its own: it is reported once (a stage's own
    // instructions are steps of that stage only, so only triggers need remembering)
    const seenTriggers = new Set<Instruction>();
    for (const stage of layers.stages) {
      for (const { instruction, notes } of stage.steps) {
        if (instruction.stageIndex !== stage.index) {
          if (seenTriggers.has(instruction)) continue;
          seenTriggers.add(instruction);
        }
        // most steps have no such note: nothing is built for them (the editor runs this on every edit)
        if (!notes.some(isIgnoredSourceNote)) continue;
        const ignored = [...new Set(notes.flatMap((note) => ignoredSourceOf(note) ?? []))];
        const first = instruction.args.find((arg) => arg.value === ignored[0]);
        const names = ignored.map((source) => `\`${source}\``).join(', ');
        report({
          range: first?.range ?? instruction.range,
          message: `${instruction.keyword} ${names}: .dockerignore excludes ${ignored.length === 1 ? 'it' : 'them'} from the build context, so the build fails here; copy another path, or stop ignoring ${ignored.length === 1 ? 'it' : 'them'}`,
        });
      }
    }
  },
});

function isIgnoredSourceNote(note: string): boolean {
  return ignoredSourceOf(note) !== undefined;
}
