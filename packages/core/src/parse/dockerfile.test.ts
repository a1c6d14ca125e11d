import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser, type JSONInstruction } from 'dockerfile-ast';
import { parseDockerfile } from './dockerfile';
import type { DockerfileModel, Instruction, Position, Range } from './types';

const doc = (...lines: string[]) => lines.join('\n') + '\n';

/** The original text a range covers, computed independently of the parser. */
function textAt(text: string, range: Range): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const lineBreak = /\r\n|\n|\r/g;
    lineBreak.lastIndex = offset;
    const match = lineBreak.exec(text);
    if (!match) return text.length;
    offset = match.index + match[0].length;
  }
  return offset + position.character;
}

const rangeText = (range: Range | null) =>
  range && `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
const values = (instruction: Instruction) => instruction.args.map((arg) => arg.value);
const only = (model: DockerfileModel, keyword: string) => model.instructions.filter((i) => i.keyword === keyword);
const rawInstructions = (text: string) => DockerfileParser.parse(text).getInstructions();

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

describe('heredocs', () => {
  it('runs `RUN <<EOF` bodies as their own scripts', () => {
    const text = doc('FROM x', 'RUN <<EOF', 'apt-get update', 'echo hi', 'EOF', 'RUN echo next');
    const [, run, next] = parseDockerfile(text).instructions;
    expect(run.argsText).toBe('<<EOF');
    expect(values(run)).toEqual(['<<EOF']);
    expect(run.heredocs).toEqual([
      {
        name: 'EOF',
        content: 'apt-get update\necho hi\n',
        contentStart: { line: 2, character: 0 },
        stripTabs: false,
        quoted: false,
        range: { start: { line: 1, character: 4 }, end: { line: 4, character: 3 } },
      },
    ]);
    expect(run.scripts).toEqual([{ text: 'apt-get update\necho hi', origin: { line: 2, character: 0 }, kind: 'heredoc' }]);
    expect(rangeText(run.range)).toBe('1:0-4:3');
    expect(next.scripts[0].text).toBe('echo next');
    // dockerfile-ast 0.7.1 counts the body as arguments
    expect(rawInstructions(text)[1].getArguments().map((a) => a.getValue())).toContain('apt-get');
  });

  it('reads <<-EOF (tabs stripped) and <<\'EOF\' (quoted) under a shell', () => {
    const text = doc('FROM x', "RUN sh -ex <<'EOF'", 'echo $HOME', 'EOF', 'RUN /bin/bash -e <<-EOF', '\techo a', '\tEOF');
    const [, quoted, tabbed] = parseDockerfile(text).instructions;
    expect(quoted.heredocs[0]).toMatchObject({ name: 'EOF', quoted: true, stripTabs: false, content: 'echo $HOME\n' });
    expect(quoted.scripts).toEqual([{ text: 'echo $HOME', origin: { line: 2, character: 0 }, kind: 'heredoc' }]);
    expect(tabbed.heredocs[0]).toMatchObject({ name: 'EOF', stripTabs: true, content: '\techo a\n' });
    expect(tabbed.scripts[0].text).toBe('\techo a');
    expect(rangeText(tabbed.range)).toBe('4:0-6:4');
  });

  it('reads two heredocs in order', () => {
    const text = doc('FROM x', 'RUN <<EOF1 <<EOF2', 'echo one', 'EOF1', 'echo two', 'EOF2');
    const run = parseDockerfile(text).instructions[1];
    expect(run.heredocs.map((h) => [h.name, h.content, h.contentStart.line])).toEqual([
      ['EOF1', 'echo one\n', 2],
      ['EOF2', 'echo two\n', 4],
    ]);
    expect(run.scripts.map((s) => [s.text, s.origin.line])).toEqual([
      ['echo one', 2],
      ['echo two', 4],
    ]);
  });

  it('keeps heredoc bodies inside the command when it is not a bare shell', () => {
    const text = doc('FROM x', 'RUN cat <<EOF > /etc/motd && chmod 644 /etc/motd', 'hello', 'EOF');
    const run = parseDockerfile(text).instructions[1];
    expect(run.heredocs.map((h) => h.content)).toEqual(['hello\n']);
    expect(run.scripts).toEqual([
      { text: 'cat <<EOF > /etc/motd && chmod 644 /etc/motd\nhello\nEOF', origin: { line: 1, character: 4 }, kind: 'shell-form' },
    ]);
  });

  it('skips bodies with a non-shell shebang', () => {
    const text = doc('FROM x', 'RUN <<EOF', '#!/usr/bin/env python3', 'print(1)', 'EOF', 'RUN <<EOF', '#!/bin/bash', 'set -e', 'EOF');
    const [, python, bash] = parseDockerfile(text).instructions;
    expect(python.heredocs).toHaveLength(1);
    expect(python.scripts).toEqual([]);
    expect(bash.scripts.map((s) => s.text)).toEqual(['#!/bin/bash\nset -e']);
  });

  it('reads COPY <<EOF without making scripts', () => {
    const copy = parseDockerfile(doc('FROM x', 'COPY <<EOF /etc/x', 'a=1', 'EOF')).instructions[1];
    expect(values(copy)).toEqual(['<<EOF', '/etc/x']);
    expect(copy.heredocs.map((h) => h.content)).toEqual(['a=1\n']);
    expect(copy.scripts).toEqual([]);
    expect(copy.shell).toBeUndefined();
  });

  it('reports an unterminated heredoc', () => {
    const model = parseDockerfile('FROM x\nRUN <<EOF\necho never closed');
    expect(model.instructions[1].heredocs[0].content).toBe('echo never closed\n');
    expect(model.problems.map((p) => p.message)).toEqual(['unterminated heredoc: no closing EOF line']);
  });
});

describe('stages', () => {
  const text = doc(
    'ARG BASE=debian:bookworm',
    'ARG VERSION',
    'FROM --platform=$BUILDPLATFORM ${BASE} AS Builder',
    'RUN make',
    'FROM builder',
    'COPY --from=builder --chmod=755 --link /out /usr/local/bin/',
    'FROM scratch AS final',
  );
  const model = parseDockerfile(text);

  it('collects ARGs before the first FROM as global args', () => {
    expect(model.globalArgs.map((arg) => arg.argsText)).toEqual(['BASE=debian:bookworm', 'VERSION']);
    expect(model.globalArgs.map((arg) => arg.stageIndex)).toEqual([-1, -1]);
    expect(model.problems).toEqual([]);
  });

  it('names stages in lower case and links FROM <stage> case-insensitively', () => {
    expect(model.stages.map((s) => [s.index, s.name, s.base, s.baseStage])).toEqual([
      [0, 'builder', '${BASE}', undefined],
      [1, undefined, 'builder', 0],
      [2, 'final', 'scratch', undefined],
    ]);
    expect(model.stages[0].instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
    expect(model.stages[1].from).toBe(model.stages[1].instructions[0]);
    expect(model.instructions.map((i) => i.stageIndex)).toEqual([-1, -1, 0, 0, 1, 1, 2]);
  });

  it('reads FROM --platform and COPY flags', () => {
    const from = model.stages[0].from;
    expect(from.flags.map((f) => [f.name, f.value, textAt(text, f.range)])).toEqual([
      ['platform', '$BUILDPLATFORM', '--platform=$BUILDPLATFORM'],
    ]);
    expect(values(from)).toEqual(['${BASE}', 'AS', 'Builder']);
    const copy = model.stages[1].instructions[1];
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([['from', 'builder'], ['chmod', '755'], ['link', null]]);
    expect(values(copy)).toEqual(['/out', '/usr/local/bin/']);
    expect(copy.argsText).toBe('/out /usr/local/bin/');
  });

  it('reads RUN flags', () => {
    const run = parseDockerfile(doc('FROM x', 'RUN --mount=type=cache,target=/root/.cache --network=none pip install flask')).instructions[1];
    expect(run.flags.map((f) => [f.name, f.value])).toEqual([['mount', 'type=cache,target=/root/.cache'], ['network', 'none']]);
    expect(run.scripts[0]).toEqual({ text: 'pip install flask', origin: { line: 1, character: 58 }, kind: 'shell-form' });
  });
});

describe('shells', () => {
  const shellOf = (model: DockerfileModel, keyword: string, nth = 0) => only(model, keyword)[nth].shell;

  it('defaults to /bin/sh -c, and to cmd /S /C on Windows bases', () => {
    const model = parseDockerfile(
      doc('FROM debian', 'RUN a', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'RUN b', 'FROM mcr.microsoft.com/powershell:lts-windowsservercore-ltsc2022', 'CMD c'),
    );
    expect(shellOf(model, 'RUN')).toEqual({ argv: ['/bin/sh', '-c'], kind: 'posix' });
    expect(shellOf(model, 'RUN', 1)).toEqual({ argv: ['cmd', '/S', '/C'], kind: 'cmd' });
    expect(shellOf(model, 'CMD')).toEqual({ argv: ['cmd', '/S', '/C'], kind: 'cmd' });
    expect(only(model, 'RUN')[1].scripts).toEqual([]);
  });

  it('resolves a Windows base through a global ARG default', () => {
    const model = parseDockerfile(doc('ARG WIN=mcr.microsoft.com/windows/servercore:ltsc2022', 'FROM ${WIN}', 'RUN dir'));
    expect(shellOf(model, 'RUN')?.kind).toBe('cmd');
  });

  it('follows SHELL, and inherits it through FROM <stage>', () => {
    const model = parseDockerfile(
      doc(
        'FROM debian AS base',
        'RUN before',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        'RUN after',
        'FROM base',
        'HEALTHCHECK CMD curl -f http://localhost/',
        'SHELL ["pwsh", "-Command"]',
        'RUN Get-ChildItem',
        'FROM debian',
        'ENTRYPOINT run',
      ),
    );
    expect(shellOf(model, 'RUN')?.argv).toEqual(['/bin/sh', '-c']);
    expect(shellOf(model, 'RUN', 1)).toEqual({ argv: ['/bin/bash', '-o', 'pipefail', '-c'], kind: 'posix' });
    expect(shellOf(model, 'HEALTHCHECK')?.argv).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
    expect(shellOf(model, 'RUN', 2)).toEqual({ argv: ['pwsh', '-Command'], kind: 'powershell' });
    expect(only(model, 'RUN')[2].scripts).toEqual([]);
    expect(shellOf(model, 'ENTRYPOINT')?.argv).toEqual(['/bin/sh', '-c']);
  });

  it('follows a Windows base through FROM <stage>', () => {
    const model = parseDockerfile(doc('FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win', 'FROM win', 'RUN dir'));
    expect(shellOf(model, 'RUN')?.kind).toBe('cmd');
  });

  it.each([
    ['["/bin/bash", "-c"]', 'posix'],
    ['["busybox", "sh", "-c"]', 'posix'],
    ['["zsh", "-c"]', 'posix'],
    ['["powershell.exe", "-Command"]', 'powershell'],
    ['["C:\\\\Windows\\\\System32\\\\cmd.exe", "/S", "/C"]', 'cmd'],
    ['["/usr/bin/fish", "-c"]', 'unknown'],
  ])('classifies SHELL %s as %s', (shell, kind) => {
    const model = parseDockerfile(doc('FROM x', `SHELL ${shell}`, 'RUN a'));
    expect(shellOf(model, 'RUN')?.kind).toBe(kind);
    expect(only(model, 'RUN')[0].scripts.length).toBe(kind === 'posix' ? 1 : 0);
  });
});

describe('ONBUILD', () => {
  it('parses the trigger like any instruction, in document coordinates', () => {
    const text = doc('FROM x', 'ONBUILD RUN --mount=type=cache,target=/c apt-get update \\', '  && apt-get install -y curl');
    const onbuild = parseDockerfile(text).instructions[1];
    expect(onbuild.keyword).toBe('ONBUILD');
    expect(onbuild.scripts).toEqual([]);
    const trigger = onbuild.trigger as Instruction;
    expect(trigger.keyword).toBe('RUN');
    expect(textAt(text, trigger.keywordRange)).toBe('RUN');
    expect(rangeText(trigger.range)).toBe('1:8-2:28');
    expect(trigger.flags.map((f) => [f.name, f.value])).toEqual([['mount', 'type=cache,target=/c']]);
    expect(trigger.stageIndex).toBe(0);
    expect(trigger.scripts).toEqual([
      { text: 'apt-get update \\\n  && apt-get install -y curl', origin: { line: 1, character: 41 }, kind: 'shell-form' },
    ]);
  });

  it('reports triggers Docker refuses', () => {
    const model = parseDockerfile(doc('FROM x', 'ONBUILD FROM y', 'ONBUILD'));
    expect(model.problems.map((p) => p.message)).toEqual([
      "FROM isn't allowed as an ONBUILD trigger",
      'ONBUILD requires at least one argument',
    ]);
  });
});

describe('directives, comments and odd files', () => {
  it('reads syntax, escape and check directives with lower-cased names', () => {
    const text = doc('# Syntax=docker/dockerfile:1.7', '# check=skip=JSONArgsRecommended', '# not=a directive', 'FROM x');
    const model = parseDockerfile(text);
    expect(model.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1.7'],
      ['check', 'skip=JSONArgsRecommended'],
    ]);
    expect(model.comments.map((c) => c.text)).toEqual(['not=a directive']);
  });

  it('upper-cases lowercase keywords', () => {
    const model = parseDockerfile(doc('from debian as build', 'run apt-get update'));
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
    expect(model.stages[0].name).toBe('build');
    expect(model.instructions[1].scripts[0].text).toBe('apt-get update');
  });

  it('parses a file of only comments, and an empty file', () => {
    const comments = parseDockerfile(doc('# one', '   # two', ''));
    expect(comments.comments.map((c) => [c.text, rangeText(c.range)])).toEqual([
      ['one', '0:0-0:5'],
      ['two', '1:3-1:8'],
    ]);
    expect(comments.instructions).toEqual([]);
    const empty = parseDockerfile('');
    expect(empty).toMatchObject({ bom: false, eol: '\n', escapeChar: '\\', instructions: [], stages: [], problems: [] });
  });

  it('keeps quoted words together and resolves escapes in values', () => {
    const label = parseDockerfile(doc('FROM x', 'LABEL description="a b c" other=\'x y\' plain=a\\ b')).instructions[1];
    expect(values(label)).toEqual(['description=a b c', 'other=x y', 'plain=a b']);
    expect(label.form).toBe('none');
  });
});

describe('problems', () => {
  it('reports what Docker rejects without throwing', () => {
    const model = parseDockerfile(doc('RUN echo before', 'FROM', 'FROM a b', 'FROB x', 'COPY onlyone', 'SHELL /bin/bash -c', 'RUN'));
    expect(model.problems.map((p) => [p.message, p.range.start.line])).toEqual([
      ['RUN cannot come before the first FROM; only ARG can', 0],
      ['FROM requires at least one argument', 1],
      ['FROM requires either one or three arguments: FROM <image> [AS <name>]', 2],
      ['unknown instruction: FROB', 3],
      ['COPY requires at least two arguments: a source and a destination', 4],
      ['SHELL requires the arguments to be in JSON form', 5],
      ['RUN requires at least one argument', 6],
    ]);
    expect(model.instructions[0].stageIndex).toBe(-1);
    expect(model.globalArgs).toEqual([]);
  });

  it('never throws on broken input', () => {
    const fragments = ['FROM x', 'RUN a \\', '\\', '`', '# escape=`', '<<EOF', 'EOF', '["a", ', '"', "'", '\r', '\r\n', '\t', '#', 'ONBUILD', 'COPY <<-"E" /x', '\uFEFF', '--x=', 'SHELL []', 'RUN <<'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 400; n++) {
      let text = '';
      for (let k = Math.floor(random() * 12); k > 0; k--) text += fragments[Math.floor(random() * fragments.length)] + (random() < 0.6 ? '\n' : ' ');
      const model = parseDockerfile(text);
      expect(model.problems.filter((p) => p.message.startsWith('could not'))).toEqual([]);
    }
  });
});

describe('the corpus', () => {
  const corpus = '/work/shared/corpus/dockerfiles';

  it('parses every corpus Dockerfile and cuts a script for every shell-form RUN', () => {
    if (!fs.existsSync(corpus)) {
      console.warn(`${corpus} is absent: corpus test skipped`);
      return;
    }
    const failures: string[] = [];
    let runs = 0;
    for (const file of listFiles(corpus)) {
      const model = parseDockerfile(fs.readFileSync(file, 'utf8'));
      const where = (instruction: Instruction) => `${path.relative(corpus, file)}:${instruction.range.start.line + 1}`;
      for (const problem of model.problems) {
        if (problem.message.startsWith('could not')) failures.push(`${path.relative(corpus, file)}: ${problem.message}`);
      }
      for (const run of model.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]))) {
        if (run.keyword !== 'RUN' || run.form !== 'shell' || run.shell?.kind !== 'posix') continue;
        runs++;
        const problem = scriptProblem(run);
        if (problem) failures.push(`${where(run)}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    expect(runs).toBeGreaterThan(1000);
  });
});

/** Why a shell-form RUN's scripts are wrong, or null. */
function scriptProblem(run: Instruction): string | null {
  if (run.scripts.length === 0) return run.heredocs.length > 0 && run.heredocs.every(startsWithForeignShebang) ? null : 'no script';
  for (const script of run.scripts) {
    if (script.text.includes('\r')) return 'CR in script';
    if (script.kind === 'heredoc') continue;
    // the command lines, then the heredoc bodies when the command has any
    const lastLine = run.heredocs.length > 0 ? run.range.end.line : (run.argsRange as Range).end.line;
    const lines = script.text.split('\n').length;
    if (lines !== lastLine - script.origin.line + 1) return `script spans ${lines} lines, should end on line ${lastLine + 1}`;
  }
  return null;
}

function startsWithForeignShebang(heredoc: { content: string }): boolean {
  const firstLine = heredoc.content.split('\n', 1)[0];
  return firstLine.startsWith('#!') && !/\b(ba|da|z|k|a)?sh\b/.test(firstLine);
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
