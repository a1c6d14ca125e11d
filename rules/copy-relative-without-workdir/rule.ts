import { defineStageRule } from '@dflint/core/rule-kit';
import { chainInstructions, isAbsoluteOrVariable } from '../instruction-shared';

export default defineStageRule({
  meta: {
    name: 'copy-relative-without-workdir',
    description: 'COPY to a relative destination in a stage with no WORKDIR: where it lands depends on the base image',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3045'],
  },
  checkStage({ document, stage, report }) {
    if (!stage) return;
    let workdirSet = false;
    for (const instruction of chainInstructions(document, stage.index)) {
      if (instruction.keyword === 'WORKDIR') workdirSet = true;
      // the stages it is built on were checked as stages of their own
      if (instruction.stageIndex !== stage.index || instruction.keyword !== 'COPY' || workdirSet) continue;
      const dest = instruction.args[instruction.args.length - 1];
      if (!dest || instruction.args.length < 2 || isAbsoluteOrVariable(dest.value)) continue;
      report({
        range: dest.range,
        message: `COPY to relative \`${dest.value}\` with no WORKDIR in this stage: it lands under the base image's working directory, whatever that is; set WORKDIR first or use an absolute path`,
      });
    }
  },
});
