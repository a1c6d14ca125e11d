import { parseDockerfile } from './dockerfile';
import { doc, rangeText, rawInstructions, values } from './test-dockerfile-helpers';

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
