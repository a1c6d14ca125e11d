import { fixText, lintDocument, lostContent, parseDocument, type ParsedDocument } from '@dflint/core';
import { rules } from './index';

const lint = (document: ParsedDocument) => lintDocument(document, { rules });

// issue 13, item 2: safe RUN merges that dropped a comment line, or merged into a line that is not a
// comment (`\v#`) and so glued two commands into one. Whether a merge keeps them or the fix guard
// rejects it, --fix must keep every comment and every command.
describe('--fix with every rule keeps comments and commands (issue 13 item 2)', () => {
  test.each([
    ['a comment inside the RUN being merged', 'FROM alpine\nRUN echo one\n\n# Install Go tools\nRUN \\\n    # --> Delve for debugging\n    go get delve\n'],
    ['a `\\v#` line after a RUN ending in `\\ `', 'FROM alpine\nRUN echo a\\ \n\n\v# comment\t\nRUN echo b\n'],
  ])('%s', async (_name, text) => {
    const result = await fixText(text, lint);
    const before = await parseDocument(text);
    const after = await parseDocument(result.text);
    expect(lostContent(before, after, result.applied.map((applied) => applied.fix.removes))).toEqual([]);
    expect(after.comments.map((comment) => comment.text)).toEqual(before.comments.map((comment) => comment.text));
    const commands = (document: ParsedDocument) =>
      document.instructions.flatMap((instruction) => document.shellScripts(instruction).flatMap((script) => script.commands.map((command) => command.argv[0]?.value)));
    // the same commands in the same order; a fix may only append cleanups (`go clean`)
    expect(commands(after).slice(0, commands(before).length)).toEqual(commands(before));
  });
});
