import { editSince, movedFrom, parseDocument } from './document';
import { unchangedText } from './unchanged-text';

// A parse of an edited document keeps the Instruction objects of the lines the edit left as they
// were, and moves those of lines an edit above moved.

describe('incremental parse', () => {
  test('keeps the instruction objects of unchanged lines, with their problems, and rebuilds the rest', async () => {
    const first = await parseDocument('FROM alpine\nFOO bar\nRUN echo a\nRUN echo b\n', {});
    const second = await parseDocument('FROM alpine\nFOO bar\nRUN echo A\nRUN echo b\n', { previous: first });
    expect(second.instructions.map((instruction, at) => instruction === first.instructions[at])).toEqual([true, true, false, true]);
    expect(second.problems).toEqual(first.problems);
    expect(second.problems).toHaveLength(1);
    const moved = await parseDocument('FROM alpine\n\nFOO bar\nRUN echo A\nRUN echo b\n', { previous: second });
    expect(moved.instructions.map((instruction, at) => instruction === second.instructions[at])).toEqual([true, false, false, false]);
    expect(moved.instructions.map((instruction, at) => movedFrom(moved, instruction)?.from === second.instructions[at])).toEqual([false, true, true, true]);
    expect(moved.problems.map((problem) => problem.range.start.line)).toEqual([2]);
  });

  test('an instruction on lines an edit moved is a copy moved with them, as building it there gives', async () => {
    const text = [
      'ARG BASE=alpine',
      'FROM $BASE AS build',
      'ENV A=1 B="two words"',
      'COPY --from=build --chmod=755 a b /dest/',
      'RUN <<EOF cat > /x',
      'echo one \\',
      '  two',
      'EOF',
      'RUN apt-get install -y \\',
      '    curl  # a comment',
      'ONBUILD RUN echo hi && echo there',
      'HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://x"]',
      'FOO bar',
      '',
    ].join('\n');
    const first = await parseDocument(text, {});
    for (const edited of [`\n# moved\n\n${text}`, text.replace('ARG BASE=alpine\n', '')]) {
      const moved = await parseDocument(edited, { previous: first });
      const fresh = await parseDocument(edited);
      const kept = first.instructions.slice(-moved.instructions.length);
      expect(moved.instructions.map((instruction, at) => movedFrom(moved, instruction)?.from === kept[at])).toEqual(moved.instructions.map(() => true));
      expect(JSON.stringify(moved.instructions)).toBe(JSON.stringify(fresh.instructions));
      expect(JSON.stringify(moved.problems)).toBe(JSON.stringify(fresh.problems));
      expect(moved.problems).not.toEqual([]);
      expect(moved.instructions.map((instruction) => moved.shellScripts(instruction))).toEqual(fresh.instructions.map((instruction) => fresh.shellScripts(instruction)));
    }
  });

  test('two instructions with one text each take their own kept instruction, the one at their line first', async () => {
    const first = await parseDocument('FROM alpine\nRUN echo a\nRUN echo a\n', {});
    const second = await parseDocument('FROM alpine\nRUN echo a\n\nRUN echo a\n', { previous: first });
    expect(second.instructions[1]).toBe(first.instructions[1]);
    expect(movedFrom(second, second.instructions[2])?.from).toBe(first.instructions[2]);
    expect(second.instructions[2].range.start.line).toBe(3);
  });

  test('after an edit that added chars on a line above, the next edit keeps what it left, below and between', async () => {
    const first = await parseDocument('FROM alpine\nRUN echo a\nRUN echo b\nRUN echo c\nRUN echo d\n', {});
    const second = await parseDocument('FROM alpine:3.19\nRUN echo a\nRUN echo b\nRUN echo c\nRUN echo d\n', { previous: first });
    expect(second.instructions.slice(1)).toEqual(first.instructions.slice(1));
    expect(second.instructions.slice(1).every((instruction, at) => instruction === first.instructions[at + 1])).toBe(true);
    // two places at once: the stretch between them is looked up by text
    const third = await parseDocument('FROM alpine:3.19\nRUN echo aa\nRUN echo b\nRUN echo cc\nRUN echo d\n', { previous: second });
    expect(third.instructions.map((instruction, at) => instruction === first.instructions[at])).toEqual([false, false, true, false, true]);
  });

  test('a kept RUN keeps its parsed scripts', async () => {
    const first = await parseDocument('FROM alpine\nRUN echo a && echo b\n', {});
    const scripts = first.shellScripts(first.instructions[1]);
    const second = await parseDocument('FROM alpine:3\nRUN echo a && echo b\n', { previous: first });
    expect(second.instructions[1]).toBe(first.instructions[1]);
    expect(second.shellScripts(second.instructions[1])).toBe(scripts);
  });

  test('the same lines under another shell or in another stage are built afresh', async () => {
    const first = await parseDocument('FROM alpine\nSHELL ["/bin/bash", "-c"]\nRUN echo a\n', {});
    const second = await parseDocument('FROM alpine\nSHELL ["/bin/zsh", "-c"]\nRUN echo a\n', { previous: first });
    expect(second.instructions[2]).not.toBe(first.instructions[2]);
    expect(second.instructions[2].shell?.argv).toEqual(['/bin/zsh', '-c']);
  });

  test('keeps what the edit left as it was, for the version it was parsed from only', async () => {
    const first = await parseDocument('FROM alpine\nRUN echo a\n', {});
    const second = await parseDocument('FROM alpine\nRUN echo ab\n', { previous: first });
    expect(editSince(second, first)).toEqual(unchangedText(first.text, second.text));
    expect(editSince(second, second)).toBeUndefined();
    expect(editSince(first, second)).toBeUndefined();
    expect(editSince(await parseDocument(second.text), first)).toBeUndefined();
  });
});
