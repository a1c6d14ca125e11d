import { initShellParser } from './shell';
import { names, ORIGIN_ZERO, parse, summaries, summary } from './test-shell-helpers';
import type { Range } from './types';

beforeAll(() => initShellParser());

describe('initialisation', () => {
  test('parseShell before initShellParser throws a clear error', () => {
    jest.isolateModules(() => {
      const fresh = require('./shell') as typeof import('./shell');
      expect(() => fresh.parseShell({ text: 'true', origin: ORIGIN_ZERO, kind: 'shell-form' })).toThrow(
        /initShellParser/,
      );
    });
  });

  test('concurrent and repeated calls share one load', async () => {
    await expect(Promise.all([initShellParser(), initShellParser(), initShellParser()])).resolves.toBeDefined();
    expect(parse('true').commands).toHaveLength(1);
  });
});

describe('lists and joins', () => {
  test('&&, ||, ;, |, & and newline', () => {
    expect(summaries('a && b || c ; d | e | f & g\nh')).toEqual([
      '- a []',
      '&& b []',
      '|| c []',
      '; d [background]',
      '| e [background]',
      '| f [background]',
      '& g []',
      'newline h []',
    ]);
  });

  test('a pipeline inside an and-list: a | b && c', () => {
    expect(summaries('a | b && c')).toEqual(['- a []', '| b []', '&& c []']);
  });

  test('left-associative lists: a && b || c && d', () => {
    expect(summaries('a && b || c && d')).toEqual(['- a []', '&& b []', '|| c []', '&& d []']);
  });

  test('|& is reported as |, and ! keeps the join', () => {
    expect(summaries('a |& b && ! c')).toEqual(['- a []', '| b []', '&& c []']);
  });

  test('a semicolon followed by a newline is still ;', () => {
    expect(summaries('a;\nb\n\n# comment\nc')).toEqual(['- a []', '; b []', 'newline c []']);
  });
});

describe('nesting', () => {
  test('if / elif / else', () => {
    expect(summaries('if a; then b; elif c; then d && e; else f; fi')).toEqual([
      '- a [if-condition]',
      '- b [if-body]',
      '- c [if-condition]',
      '- d [if-body]',
      '&& e [if-body]',
      '- f [else-body]',
    ]);
  });

  test('for, while and until loops; the for word list runs outside the loop', () => {
    expect(summaries('for i in $(seq 3); do x; y; done; while a; do b; done\nuntil c; do d; done')).toEqual([
      '- seq 3 [substitution]',
      '- x [loop]',
      '; y [loop]',
      '- a [loop]',
      '- b [loop]',
      '- c [loop]',
      '- d [loop]',
    ]);
    expect(summaries('for ((i = 0; i < 3; i++)); do x; done')).toEqual(['- x [loop]']);
  });

  test('case items', () => {
    expect(summaries('case "$x" in a|b) one;; *) two && three;; esac')).toEqual([
      '- one [case]',
      '- two [case]',
      '&& three [case]',
    ]);
  });

  test('subshell, group, function and background', () => {
    expect(summaries('(a; b) &\n{ c; } | d\nf() { e; }\nfunction g ( h )')).toEqual([
      '- a [background,subshell]',
      '; b [background,subshell]',
      '- c [group]',
      '| d []',
      '- e [function]',
      '- h [function,subshell]',
    ]);
  });

  test('command substitution, backticks and process substitution come after their command', () => {
    expect(summaries('echo $(date) `id -u` && diff <(ls a) >(cat)')).toEqual([
      '- echo $(date) `id -u` []',
      '- date [substitution]',
      '- id -u [substitution]',
      '&& diff <(ls a) >(cat) []',
      '- ls a [substitution]',
      '- cat [substitution]',
    ]);
  });

  test('contexts list enclosing constructs outermost first', () => {
    const commands = parse('if a; then (b "$(c)"); fi &').commands;
    expect(commands.map(summary)).toEqual([
      '- a [background,if-condition]',
      '- b $(c) [background,if-body,subshell]',
      '- c [background,if-body,subshell,substitution]',
    ]);
  });

  test('substitutions in assignments, redirects and arithmetic', () => {
    expect(summaries('V=$(a) b > "$(c)"; echo $(( $(nproc) + 1 ))')).toEqual([
      '- b []',
      '- a [substitution]',
      '- c [substitution]',
      '; echo $(( $(nproc) + 1 )) []',
      '- nproc [substitution]',
    ]);
  });
});

describe('errexit', () => {
  test.each([
    ['set -e', true],
    ['set -eux', true],
    ['set -euo pipefail && make', true],
    ['apt-get update; set -o errexit', true],
    ['{ set -e; }', true],
    ['set -o pipefail', false],
    ['set +e', false],
    ['set -- -e', false],
    ['( set -e ); make', false],
    ['if x; then set -e; fi', false],
    ['echo set -e', false],
  ])('%s → %s', (text, expected) => {
    expect(parse(text).errexit).toBe(expected);
  });
});

describe('half-typed input', () => {
  test.each([
    ['apt-get install &&', ['apt-get']],
    ['if true; then', ['true']],
    ['"unterminated', []],
    ['echo "unterminated && ls', ['echo']],
    ['apt-get update && \\\n  apt-get install -y \\', ['apt-get', 'apt-get']],
    ['cat <<EOF\nno end', ['cat']],
    ['for x in a b; do', []],
    ['echo ok; (', ['echo']],
    ['echo `foo', ['echo', 'foo']],
    ['a | | b', ['a', 'b']],
    ['', []],
  ])('%j lists %j', (text, expected) => {
    const script = parse(text);
    expect(names(script)).toEqual(expected);
    if (text !== '') expect(script.hasErrors).toBe(true);
  });

  test('well-formed input has no errors', () => {
    expect(parse('a && b').hasErrors).toBe(false);
  });
});

describe('pipes', () => {
  test('every | and |& is listed, also between compound commands and inside substitutions; || is not a pipe', () => {
    const text = 'a | b && (c) | while read l; do :; done; echo $(d | e) |& f; g || h';
    const slice = (range: Range) => text.slice(range.start.character, range.end.character);
    const pipes = parse(text).pipes.map((pipe) => `${slice(pipe.left)} ${slice(pipe.range)}@${pipe.range.start.character}`);
    expect(pipes).toEqual(['a |@2', '(c) |@13', 'd |@50', 'echo $(d | e) |&@55']);
  });

  test('a script without pipes has none; the | of a case pattern is not a pipe', () => {
    expect(parse('a && b; c || d').pipes).toEqual([]);
    expect(parse('case "$a" in x86_64 | amd64) b ;; arm64|aarch64) c ;; esac').pipes).toEqual([]);
  });
});

describe('size', () => {
  test('a 5,000-command script', () => {
    const lines: string[] = [];
    for (let i = 0; i < 2500; i++) lines.push(`echo "line ${i}" > /tmp/f${i} && rm -f /tmp/f${i} \\`);
    const script = parse(lines.join('\n  && ') + '\n  && true');
    expect(script.commands).toHaveLength(5001);
    expect(script.commands[4999].name).toBe('rm');
    expect(script.commands[4999].range.start.line).toBe(2499);
    expect(script.hasErrors).toBe(false);
  });

  test('many small parses', () => {
    for (let i = 0; i < 500; i++) expect(parse(`cmd${i} a b | grep x`).commands).toHaveLength(2);
  });
});
