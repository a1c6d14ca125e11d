import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { announceSkip, SHARED } from '../test-shared';
import { findInstructions, type FoundDockerfile } from './instruction-finder';
import { LineIndex } from './line-index';

/** What dockerfile.ts reads from the parse: escape char, directives, comments, instruction spans (as ranges). */
function summary(ast: Dockerfile): unknown {
  return {
    escape: ast.getEscapeCharacter(),
    directives: ast.getDirectives().map((directive) => [directive.getName(), directive.getValue(), directive.getRange()]),
    comments: ast.getComments().map((comment) => [comment.getContent(), comment.getRange()]),
    instructions: ast.getInstructions().map((instruction) => [instruction.getKeyword(), instruction.getInstructionRange(), instruction.getRange()]),
  };
}

/** The same summary of what findInstructions found, its offsets turned into ranges. */
function foundSummary(text: string, found: FoundDockerfile): unknown {
  const index = new LineIndex(text);
  return {
    escape: found.ast.getEscapeCharacter(),
    directives: found.ast.getDirectives().map((directive) => [directive.getName(), directive.getValue(), directive.getRange()]),
    comments: found.comments.map((comment) => [comment.text, index.rangeOf(comment.start, comment.end)]),
    instructions: found.instructions.map((span) => [span.keyword, index.rangeOf(span.keywordStart, span.keywordEnd), index.rangeOf(span.keywordStart, span.end)]),
  };
}

function expectSameAsDockerfileAst(text: string): void {
  expect(foundSummary(text, findInstructions(text))).toEqual(summary(DockerfileParser.parse(text)));
}

describe('findInstructions finds what dockerfile-ast finds', () => {
  test.each([
    ['heredocs, quoted and tab-stripped', 'FROM a\nRUN <<EOF\necho hi\nEOF\nCOPY <<-"X" <<Y /d/\n\tx\n\tX\ny\nY\nRUN echo\n'],
    ['a heredoc after an escape and a continuation', 'FROM a\nRUN apt-get update && \\<<EOF\n\n  echo\nEOF\nRUN x\n'],
    ['comment lines inside a continuation', 'FROM a\nRUN echo a \\\n# not <<EOF\n  b\nRUN c\n'],
    ['ONBUILD triggers with heredocs', 'FROM a\nONBUILD RUN <<EOF\nx\nEOF\nONBUILD\nONBUILD COPY <<Z /z\nZ\n'],
    ['directives, backtick escape, CRLF', '# syntax=docker/dockerfile:1\r\n# escape=`\r\nFROM a\r\nRUN x `\r\n  y\r\n'],
    ['a lone CR and a BOM', '\uFEFFFROM a\rRUN x\r# c\rRUN <<E\rE\r'],
    ['no heredoc in <<< or a bare <<', 'FROM a\nRUN cat <<<"x" << \nRUN y\n'],
    ['comments: blank, indented, at the end without a line break', 'FROM a\n#\n  #  \t\n   # two  words \t\r\nRUN x \\\n  #   inside\n  y\n# last'],
  ])('%s', (_name, text) => expectSameAsDockerfileAst(text));

  // the case it exists for; dockerfile-ast itself takes seconds and a gigabyte on it
  test('a 2 MB RUN line is one instruction', () => {
    const text = `FROM a\nRUN echo ${'a'.repeat(2 * 1024 * 1024)}\nRUN b\n`;
    const index = new LineIndex(text);
    expect(findInstructions(text).instructions.map((span) => [span.keyword, index.lineAt(span.end)])).toEqual([
      ['FROM', 0],
      ['RUN', 1],
      ['RUN', 2],
    ]);
  });
});

const corpus = path.join(SHARED, 'corpus/dockerfiles');
const available = fs.existsSync(corpus);
if (!available) announceSkip(`instruction-finder corpus test: ${corpus} is absent (set DFLINT_SHARED to the shared folder)`);

(available ? describe : describe.skip)('findInstructions on the corpus', () => {
  // dockerfile-ast, the oracle, takes ~30 s over the whole corpus in jest: 40 files under 3 KB
  // (a run over all 130 files, with CRLF, CR, backtick-escape and mutated variants, found no difference)
  test('small corpus files parse as dockerfile-ast parses them', () => {
    const files = fs.readdirSync(corpus, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const texts = files.map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).filter((text) => text.length < 3000).slice(0, 40);
    expect(texts).toHaveLength(40);
    for (const text of texts) {
      expectSameAsDockerfileAst(text);
    }
  });
});
