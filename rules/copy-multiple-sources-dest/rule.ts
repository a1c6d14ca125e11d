import { defineRule, ok, refuse } from '@dflint/core/rule-kit';
import { appendToWord, rewrittenWords } from '../instruction-shared';

/** A destination Docker reads as a directory: a trailing `/`, or `.`/`..` (BuildKit adds the slash itself). */
function isDirectory(dest: string): boolean {
  return dest.endsWith('/') || /(^|\/)\.\.?$/.test(dest);
}

export default defineRule({
  meta: {
    name: 'copy-multiple-sources-dest',
    description: 'COPY of several sources to a destination that does not end in /',
    category: 'correctness',
    severity: 'error',
    fixable: 'unsafe',
    aliases: ['DL3021'],
  },
  check({ document, report }) {
    for (const copy of document.instructions.filter((instruction) => instruction.keyword === 'COPY')) {
      // heredoc sources stand among the words as `<<EOF`
      const sources = copy.args.length - 1;
      const dest = copy.args[copy.args.length - 1];
      if (!dest || sources < 2 || isDirectory(dest.value)) continue;
      // a word written as it reads, or in quotes (JSON form): the slash goes before the closing quote
      const written = document.lines.textIn(dest.range).replace(/^(["'])(.*)\1$/, '$2');
      report({
        range: dest.range,
        message: `COPY of ${sources} sources to \`${dest.value}\`: without a trailing / BuildKit copies them onto \`${dest.value}\` one after another; write the directory as \`${dest.value}/\``,
        fix:
          written === dest.value
            ? ok({
                safety: 'unsafe' as const,
                description: `write the destination as \`${dest.value}/\``,
                edits: [appendToWord(document, dest.range, '/')],
                removes: rewrittenWords(document, copy),
              })
            : refuse('the destination is written with escapes'),
      });
    }
  },
});
