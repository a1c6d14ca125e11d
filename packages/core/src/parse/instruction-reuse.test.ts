import { parseDocument } from './document';

// A parse of an edited document keeps the Instruction objects of the lines the edit left as they were.

describe('incremental parse', () => {
  test('keeps the instruction objects of unchanged lines, with their problems, and rebuilds the rest', async () => {
    const first = await parseDocument('FROM alpine\nFOO bar\nRUN echo a\nRUN echo b\n', {});
    const second = await parseDocument('FROM alpine\nFOO bar\nRUN echo A\nRUN echo b\n', { previous: first });
    expect(second.instructions.map((instruction, at) => instruction === first.instructions[at])).toEqual([true, true, false, true]);
    expect(second.problems).toEqual(first.problems);
    expect(second.problems).toHaveLength(1);
    const moved = await parseDocument('FROM alpine\n\nFOO bar\nRUN echo A\nRUN echo b\n', { previous: second });
    expect(moved.instructions.map((instruction, at) => instruction === second.instructions[at])).toEqual([true, false, false, false]);
    expect(moved.problems.map((problem) => problem.range.start.line)).toEqual([2]);
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
});
