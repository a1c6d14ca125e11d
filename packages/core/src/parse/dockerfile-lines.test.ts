import { DockerfileParser, type JSONInstruction } from 'dockerfile-ast';
import { parseDockerfile } from './dockerfile';
import { doc, rangeText, rawInstructions, textAt, values } from './test-dockerfile-helpers';

describe('comment lines inside continuations (pitfall: they leak into arguments)', () => {
  const text = doc(
    'FROM debian',
    'RUN apt-get update \\',
    '  # refresh the index',
    '',
    '    && apt-get install -y curl \\   ',
    '    && rm -rf /var/lib/apt/lists/*',
  );

  it('leaves them out of argsText and args', () => {
    const run = parseDockerfile(text).instructions[1];
    expect(run.argsText).toBe('apt-get update     && apt-get install -y curl     && rm -rf /var/lib/apt/lists/*');
    expect(values(run)).not.toContain('#');
    expect(values(run)).toContain('curl');
    // dockerfile-ast 0.7.1 keeps the comment
    expect(rawInstructions(text)[1].getArgumentsContent()).toContain('# refresh the index');
  });

  it('blanks them in the script so columns and lines stay put', () => {
    const model = parseDockerfile(text);
    const [script] = model.instructions[1].scripts;
    expect(script.origin).toEqual({ line: 1, character: 4 });
    expect(script.text.split('\n')).toEqual([
      'apt-get update \\',
      '                     \\',
      '\\',
      '    && apt-get install -y curl    \\',
      '    && rm -rf /var/lib/apt/lists/*',
    ]);
    expect(model.comments.map((comment) => comment.text)).toEqual(['refresh the index']);
  });

  it('maps every script column back to the same document character', () => {
    const [script] = parseDockerfile(text).instructions[1].scripts;
    const documentLines = text.split('\n');
    script.text.split('\n').forEach((line, row) => {
      const documentLine = documentLines[script.origin.line + row];
      const shift = row === 0 ? script.origin.character : 0;
      for (let column = 0; column < line.length; column++) {
        if (/\s|\\/.test(line[column])) continue;
        expect(documentLine[shift + column]).toBe(line[column]);
      }
    });
  });
});

describe('UTF-8 BOM (pitfall: ranges must point into the original text)', () => {
  it('reads FROM on line 0 and reports ranges in the text as given', () => {
    const text = '\uFEFFFROM debian AS base\nRUN echo hi\n';
    const model = parseDockerfile(text);
    expect(model.bom).toBe(true);
    expect(model.text).toBe(text);
    const [from, run] = model.instructions;
    expect(from.keyword).toBe('FROM');
    expect(rangeText(from.keywordRange)).toBe('0:1-0:5');
    expect(textAt(text, from.range)).toBe('FROM debian AS base');
    expect(model.stages[0].name).toBe('base');
    expect(run.scripts[0]).toEqual({ text: 'echo hi', origin: { line: 1, character: 4 }, kind: 'shell-form' });
    // stripping the BOM before parsing would shift every line-0 range by one
    const stripped = DockerfileParser.parse(text.slice(1)).getInstructions()[0];
    expect(stripped.getInstructionRange().start.character).toBe(0);
  });

  it('still reads directives on line 0', () => {
    const text = '\uFEFF# syntax=docker/dockerfile:1\n# escape=`\nFROM x\nRUN a `\n  b\n';
    const model = parseDockerfile(text);
    expect(model.directives.map((d) => [d.name, d.value])).toEqual([['syntax', 'docker/dockerfile:1'], ['escape', '`']]);
    expect(textAt(text, model.directives[0].range)).toBe('# syntax=docker/dockerfile:1');
    expect(model.escapeChar).toBe('`');
    expect(values(model.instructions[1])).toEqual(['a', 'b']);
  });

  it('handles a file that is only a BOM', () => {
    const model = parseDockerfile('\uFEFF');
    expect(model.bom).toBe(true);
    expect(model.instructions).toEqual([]);
  });
});

describe('CRLF line endings', () => {
  const text = [
    'FROM debian',
    'RUN apt-get update \\',
    '  # comment',
    '  && apt-get install -y curl',
    'CMD ["a", \\',
    '  "b c"]',
    'RUN <<EOF',
    'echo one',
    'EOF',
    'COPY <<EOF /etc/x',
    'hello',
    'EOF',
    '',
  ].join('\r\n');
  const model = parseDockerfile(text);

  it('reports CRLF and keeps every value free of CR', () => {
    expect(model.eol).toBe('\r\n');
    const strings = model.instructions.flatMap((i) => [
      i.argsText,
      ...i.args.map((a) => a.value),
      ...i.scripts.map((s) => s.text),
      ...i.heredocs.map((h) => h.content),
    ]);
    expect(strings.filter((s) => s.includes('\r'))).toEqual([]);
    expect(model.comments.map((c) => c.text)).toEqual(['comment']);
    // dockerfile-ast 0.7.1 keeps the CR (and the comment) in the arguments
    expect(rawInstructions(text)[1].getArgumentsContent()).toContain('\r');
  });

  it('reads scripts, JSON and heredocs with the right ranges', () => {
    const [, run, cmd, heredocRun, copy] = model.instructions;
    expect(rangeText(run.range)).toBe('1:0-3:28');
    expect(run.scripts[0].text).toBe('apt-get update \\\n           \\\n  && apt-get install -y curl');
    expect(values(cmd)).toEqual(['a', 'b c']);
    expect(textAt(text, cmd.args[1].range)).toBe('"b c"');
    expect(heredocRun.scripts).toEqual([{ text: 'echo one', origin: { line: 7, character: 0 }, kind: 'heredoc' }]);
    expect(copy.heredocs[0].content).toBe('hello\n');
    expect(rangeText(copy.range)).toBe('9:0-11:3');
  });
});

describe('escape=` (Windows)', () => {
  it('continues lines with a backtick and keeps backslashes literal', () => {
    const text = doc(
      '# escape=`',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'RUN powershell -Command `',
      '    Write-Host hi',
      'COPY C:\\a C:\\b',
      'CMD ["cmd", `',
      '  "/c", "dir C:\\\\"]',
    );
    const model = parseDockerfile(text);
    expect(model.escapeChar).toBe('`');
    const [, run, copy, cmd] = model.instructions;
    expect(values(run)).toEqual(['powershell', '-Command', 'Write-Host', 'hi']);
    expect(rangeText(run.range)).toBe('2:0-3:17');
    expect(run.shell).toEqual({ argv: ['cmd', '/S', '/C'], kind: 'cmd' });
    expect(run.scripts).toEqual([]);
    expect(values(copy)).toEqual(['C:\\a', 'C:\\b']);
    expect(cmd.form).toBe('exec');
    expect(values(cmd)).toEqual(['cmd', '/c', 'dir C:\\']);
    // dockerfile-ast 0.7.1 only continues a JSON array with a backslash: it loses the rest
    const raw = rawInstructions(text)[3] as JSONInstruction;
    expect(raw.getJSONStrings().map((s) => s.getJSONValue())).toEqual(['cmd']);
    expect(raw.getClosingBracket()).toBeNull();
  });

  it('turns backtick continuations into backslashes for a posix shell', () => {
    const model = parseDockerfile(doc('# escape=`', 'FROM debian', 'RUN echo a `', '  && echo C:\\b'));
    expect(model.instructions[1].scripts[0].text).toBe('echo a \\\n  && echo C:\\b');
  });
});

describe('continuations in scripts', () => {
  it('rotates blanks after the escape char so the line ends in a backslash', () => {
    const [, run] = parseDockerfile(doc('FROM x', 'RUN a \\   ', '  b')).instructions;
    expect(run.scripts[0].text).toBe('a    \\\n  b');
    expect(run.argsText).toBe('a   b');
  });

  it('blanks a continuation that runs into the end of the file', () => {
    const model = parseDockerfile('FROM x\nRUN a && \\');
    expect(model.instructions[1].scripts[0].text).toBe('a &&  ');
    expect(values(model.instructions[1])).toEqual(['a', '&&']);
    const trailing = parseDockerfile('FROM x\nRUN a \\\n\n# done\n');
    expect(trailing.instructions[1].scripts[0].text).toBe('a  ');
    expect(trailing.comments.map((c) => c.text)).toEqual(['done']);
  });

  it('starts the script at the first argument when flags or a bare continuation come first', () => {
    const text = doc('FROM x', 'RUN --mount=type=cache,target=/root/.cache \\', '    pip install \\', '      flask');
    const run = parseDockerfile(text).instructions[1];
    expect(run.scripts[0]).toEqual({ text: 'pip install \\\n      flask', origin: { line: 2, character: 4 }, kind: 'shell-form' });
  });
});
