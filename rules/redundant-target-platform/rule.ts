import { defineRule, fixRemovals, type Range } from '@dflint/core/rule-kit';
import { fromParts, globalArgs } from '../stages-shared';

export default defineRule({
  meta: {
    name: 'redundant-target-platform',
    description: 'FROM --platform=$TARGETPLATFORM, which is what FROM uses anyway',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['DL3065', 'RedundantTargetPlatform'],
  },
  check({ document, report }) {
    // a global ARG TARGETPLATFORM with a default makes the flag mean something
    if (globalArgs(document).get('TARGETPLATFORM') !== undefined) return;
    for (const stage of document.stages) {
      const { platform } = fromParts(stage.from);
      if (!platform?.value || !/^\$(TARGETPLATFORM|\{TARGETPLATFORM(:?-[^}$]*)?\})$/.test(platform.value)) continue;
      const { start, end } = platform.range;
      // the flag and the blanks after it
      const after = document.text.slice(document.lines.offsetAt(end)).match(/^[ \t]*/)![0].length;
      const removed: Range = { start, end: { line: end.line, character: end.character + after } };
      report({
        range: platform.range,
        message: `--platform=${platform.value} is what FROM uses by default: remove the flag`,
        fix: { safety: 'safe', description: 'remove the --platform flag', edits: [{ range: removed, newText: '' }], removes: fixRemovals(document, { merged: [stage.from] }) },
      });
    }
  },
});
