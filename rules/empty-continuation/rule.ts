import { defineRule, linesPhrase, type DockerfileModel, type Instruction } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'empty-continuation',
    description: 'empty lines inside an instruction continued over several lines, which Docker will reject',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['NoEmptyContinuation'],
  },
  check({ document, report }) {
    for (const instruction of document.instructions) {
      const empty = emptyLines(document, instruction);
      if (empty.length === 0) continue;
      const shown = empty.map((line) => line + 1);
      report({
        range: { start: { line: empty[0], character: 0 }, end: { line: empty[0], character: document.lines.lineText(empty[0]).length } },
        message: `empty ${linesPhrase(shown)} inside the continued ${instruction.keyword}: remove ${empty.length === 1 ? 'it' : 'them'} (or write a comment there); empty continuation lines will become errors in Docker`,
        fix: {
          safety: 'safe',
          description: `remove the empty ${linesPhrase(shown)}`,
          edits: empty.map((line) => ({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' })),
        },
      });
    }
  },
});

/** Blank lines between an instruction's first line and the end of its command (heredoc bodies are not continuations). */
function emptyLines(document: DockerfileModel, instruction: Instruction): number[] {
  const heredoc = instruction.heredocs[0] ?? instruction.trigger?.heredocs[0];
  const last = heredoc ? heredoc.contentStart.line - 1 : instruction.range.end.line;
  const empty: number[] = [];
  for (let line = instruction.range.start.line + 1; line <= last; line++) {
    // the end of a file after its last line break is no line: a continuation there ends the file
    const endOfFile = document.lines.lineStart(line) >= document.text.length;
    if (!endOfFile && document.lines.lineText(line).trim() === '') empty.push(line);
  }
  return empty;
}
