import { parseDockerfile } from './dockerfile';
import { doc, rangeText, values } from './test-dockerfile-helpers';

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
    expect(comments.problems.map((p) => [p.message, rangeText(p.range)])).toEqual([['the Dockerfile has no instructions', '0:0-0:0']]);
    const empty = parseDockerfile('');
    expect(empty).toMatchObject({ bom: false, eol: '\n', escapeChar: '\\', instructions: [], stages: [] });
    expect(empty.problems.map((p) => p.message)).toEqual(['the Dockerfile has no instructions']);
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
    const byLine = [...model.problems].sort((a, b) => a.range.start.line - b.range.start.line);
    expect(byLine.map((p) => [p.message, p.range.start.line])).toEqual([
      ['RUN cannot come before the first FROM; only ARG can', 0],
      ['FROM requires at least one argument', 1],
      ['FROM requires either one or three arguments: FROM <image> [AS <name>]', 2],
      ['unknown instruction: FROB (did you mean FROM?)', 3],
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
