import type { JSONInstruction } from 'dockerfile-ast';
import { parseDockerfile } from './dockerfile';
import { doc, rangeText, rawInstructions, textAt, values } from './test-dockerfile-helpers';

describe('exec form (pitfall: getJSONValue drops spaces)', () => {
  it('keeps spaces inside JSON strings', () => {
    const text = doc('FROM x', 'CMD ["echo", "a  b"]');
    const cmd = parseDockerfile(text).instructions[1];
    expect(cmd.form).toBe('exec');
    expect(values(cmd)).toEqual(['echo', 'a  b']);
    expect(cmd.args.map((arg) => textAt(text, arg.range))).toEqual(['"echo"', '"a  b"']);
    expect(cmd.argsText).toBe('["echo", "a  b"]');
    expect(rangeText(cmd.argsRange)).toBe('1:4-1:20');
    // dockerfile-ast 0.7.1 reads "ab"
    const raw = rawInstructions(text)[1] as JSONInstruction;
    expect(raw.getJSONStrings().map((s) => s.getJSONValue())).toEqual(['echo', 'ab']);
  });

  it('reads a JSON array continued over lines', () => {
    const text = doc('FROM x', 'ENTRYPOINT ["x", \\', '  "y  z", \\', '  # a comment', '  "w"]');
    const entrypoint = parseDockerfile(text).instructions[1];
    expect(entrypoint.form).toBe('exec');
    expect(values(entrypoint)).toEqual(['x', 'y  z', 'w']);
    expect(textAt(text, entrypoint.args[1].range)).toBe('"y  z"');
    expect(rangeText(entrypoint.range)).toBe('1:0-4:6');
  });

  it('decodes JSON escapes and unicode', () => {
    const cmd = parseDockerfile(doc('FROM x', 'CMD ["a\\"b", "\\u00e9", "C:\\\\dir"]')).instructions[1];
    expect(values(cmd)).toEqual(['a"b', 'é', 'C:\\dir']);
  });

  it('reads RUN flags before an exec-form array, and HEALTHCHECK CMD arrays', () => {
    const model = parseDockerfile(doc('FROM x', 'RUN --network=none ["ls", "-l"]', 'HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://x/"]'));
    const [, run, healthcheck] = model.instructions;
    expect(run.form).toBe('exec');
    expect(values(run)).toEqual(['ls', '-l']);
    expect(run.scripts).toEqual([]);
    expect(healthcheck.form).toBe('exec');
    expect(values(healthcheck)).toEqual(['CMD', 'curl', '-f', 'http://x/']);
    expect(healthcheck.flags.map((flag) => [flag.name, flag.value])).toEqual([['interval', '5s']]);
  });
});

describe('malformed JSON falls back to shell form', () => {
  it('treats single quotes and unterminated arrays as shell form', () => {
    const text = doc('FROM x', `CMD ["a", 'b']`, 'RUN ["unterminated');
    const [, cmd, run] = parseDockerfile(text).instructions;
    expect(cmd.form).toBe('shell');
    expect(cmd.argsText).toBe(`["a", 'b']`);
    expect(run.form).toBe('shell');
    expect(run.scripts).toEqual([{ text: '["unterminated', origin: { line: 2, character: 4 }, kind: 'shell-form' }]);
    // dockerfile-ast finds an opening bracket and one JSON string in both
    const [, rawCmd, rawRun] = rawInstructions(text) as JSONInstruction[];
    expect(rawCmd.getOpeningBracket()).not.toBeNull();
    expect(rawCmd.getJSONStrings()).toHaveLength(1);
    expect(rawRun.getOpeningBracket()).not.toBeNull();
  });

  it('does not take JSON that is not an array of strings', () => {
    const [, a, b] = parseDockerfile(doc('FROM x', 'CMD ["a", 1]', 'CMD {"a": "b"}')).instructions;
    expect([a.form, b.form]).toEqual(['shell', 'shell']);
  });

  it('keeps `[]` as an empty exec form', () => {
    const cmd = parseDockerfile(doc('FROM x', 'CMD []')).instructions[1];
    expect(cmd.form).toBe('exec');
    expect(cmd.args).toEqual([]);
  });
});
