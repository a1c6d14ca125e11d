import { defineRule, fixRemovals, stageNamed, type Instruction, type ParsedDocument, type Stage, type TextEdit } from '@dflint/core/rule-kit';
import { fromParts, referenceRange } from '../stages-shared';

export default defineRule({
  meta: {
    name: 'stage-name-casing',
    description: 'a stage name with upper-case letters',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['StageNameCasing'],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      const { name } = fromParts(stage.from);
      if (!name || name.value === name.value.toLowerCase()) continue;
      const lower = name.value.toLowerCase();
      const { edits, changed } = referenceEdits(document, stage, lower);
      report({
        range: name.range,
        message: `stage name "${name.value}" has upper-case letters: write it "${lower}"${edits.length > 1 ? ', as the fix does here and where it is referenced' : ''}`,
        // Docker matches stage names case-insensitively, so the build is the same
        fix: {
          safety: 'safe',
          description: `lower-case the stage name ${name.value} and its references`,
          edits: [{ range: name.range, newText: lower }, ...edits.slice(1)],
          // the guard reads FROM's stage names case-insensitively, as Docker does: only the flags that name it change
          removes: fixRemovals(document, { merged: changed.filter((each) => each.keyword !== 'FROM') }),
        },
      });
    }
  },
});

/** The stage's name, then every FROM, COPY --from and RUN --mount from= that names it, written otherwise than `lower`. */
function referenceEdits(document: ParsedDocument, stage: Stage, lower: string): { edits: TextEdit[]; changed: Instruction[] } {
  const edits: TextEdit[] = [{ range: fromParts(stage.from).name!.range, newText: lower }];
  const changed: Instruction[] = [stage.from];
  for (const later of document.stages.slice(stage.index + 1)) {
    const image = fromParts(later.from).image;
    if (later.baseStage === stage.index && image && image.value !== lower) {
      edits.push({ range: image.range, newText: lower });
      changed.push(later.from);
    }
  }
  for (const instruction of document.instructions) {
    for (const flag of instruction.flags) {
      const isReference = (instruction.keyword === 'COPY' && flag.name === 'from') || (instruction.keyword === 'RUN' && flag.name === 'mount');
      const range = isReference ? referenceRange(document, flag) : undefined;
      if (!range) continue;
      const written = document.text.slice(document.lines.offsetAt(range.start), document.lines.offsetAt(range.end));
      if (written === lower || stageNamed(document, written) !== stage.index) continue;
      edits.push({ range, newText: lower });
      if (!changed.includes(instruction)) changed.push(instruction);
    }
  }
  return { edits, changed };
}
