import { readFileSync } from 'fs';
import { Language, Parser } from 'web-tree-sitter';
import { initShellParser, parseShell } from './shell';
import type { ShellCommand, ShellScript } from './shell-types';
import type { Position, ScriptSource } from './types';

const ORIGIN_ZERO: Position = { line: 0, character: 0 };

function parse(text: string, origin: Position = ORIGIN_ZERO): ShellScript {
  const source: ScriptSource = { text, origin, kind: 'shell-form' };
  return parseShell(source);
}

function names(script: ShellScript): string[] {
  return script.commands.map((command) => command.name);
}

function summary(command: ShellCommand): string {
  return `${command.join ?? '-'} ${command.argv.map((word) => word.value).join(' ')} [${command.context.join(',')}]`;
}

function summaries(text: string): string[] {
  return parse(text).commands.map(summary);
}

function command(text: string, index = 0): ShellCommand {
  const found = parse(text).commands[index];
  if (!found) throw new Error(`no command ${index} in ${JSON.stringify(text)}`);
  return found;
}

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

describe('words', () => {
  test('quote removal for static words', () => {
    const argv = command(`echo 'a b' "x" a\\ b --prefix="/usr" $'t\\tu' a\\*b "" 12`).argv;
    expect(argv.map((word) => [word.value, word.dynamic])).toEqual([
      ['echo', false],
      ['a b', false],
      ['x', false],
      ['a b', false],
      ['--prefix=/usr', false],
      ['t\tu', false],
      ['a*b', false],
      ['', false],
      ['12', false],
    ]);
    expect(argv[4].raw).toBe('--prefix="/usr"');
    expect(argv[3].raw).toBe('a\\ b');
  });

  test('dynamic words: expansions, substitutions, arithmetic, globs, braces, tilde', () => {
    const argv = command('echo $HOME ${X:-y} "a $b" $(date) `id` $((1+2)) *.c file? [ab]x {a,b} ~/x').argv.slice(1);
    expect(argv.map((word) => [word.value, word.dynamic])).toEqual([
      ['$HOME', true],
      ['${X:-y}', true],
      ['a $b', true],
      ['$(date)', true],
      ['`id`', true],
      ['$((1+2))', true],
      ['*.c', true],
      ['file?', true],
      ['[ab]x', true],
      ['{a,b}', true],
      ['~/x', true],
    ]);
  });

  test('quoted glob characters are static', () => {
    const argv = command(`echo "*.c" '?' "[ab]" \\* x"~"`).argv.slice(1);
    expect(argv.map((word) => [word.value, word.dynamic])).toEqual([
      ['*.c', false],
      ['?', false],
      ['[ab]', false],
      ['*', false],
      ['x~', false],
    ]);
  });

  test('double-quote escapes', () => {
    expect(command(`echo "a\\"b \\$c \\d"`).argv[1]).toMatchObject({ value: 'a"b $c \\d', dynamic: false });
  });

  test('name is the basename of a static argv[0], empty when dynamic or absent', () => {
    expect(command('/usr/bin/apt-get install x').name).toBe('apt-get');
    expect(command('"$CMD" x').name).toBe('');
    expect(command('FOO=1').name).toBe('');
  });

  test('declaration and test commands', () => {
    expect(summaries('export A=1 B="x y" C; local -r D=2; unset E; [ -f x ] && [[ $a == b ]]')).toEqual([
      '- export A=1 B=x y C []',
      '; local -r D=2 []',
      '; unset E []',
      '; [ -f x ] []',
      '&& [[ $a == b ]] []',
    ]);
    expect(names(parse('[ -f x ]'))).toEqual(['[']);
  });
});

describe('assignments', () => {
  test('prefix assignments', () => {
    const found = command('DEBIAN_FRONTEND=noninteractive A="b c" apt-get install -y x');
    expect(found.name).toBe('apt-get');
    expect(found.assignments.map((assignment) => [assignment.name, assignment.value?.value])).toEqual([
      ['DEBIAN_FRONTEND', 'noninteractive'],
      ['A', 'b c'],
    ]);
    expect(found.assignments[1].range).toEqual({
      start: { line: 0, character: 31 },
      end: { line: 0, character: 38 },
    });
  });

  test('bare assignments are commands with empty argv', () => {
    const commands = parse('A=1 B=$(x)\nC=').commands;
    expect(commands.map((found) => [found.argv.length, found.assignments.map((a) => a.name)])).toEqual([
      [0, ['A', 'B']],
      [1, []],
      [0, ['C']],
    ]);
    expect(commands[0].assignments[1].value).toMatchObject({ value: '$(x)', dynamic: true });
    expect(commands[1].context).toEqual(['substitution']);
    expect(commands[2].assignments[0].value).toBeUndefined();
  });
});

describe('redirects', () => {
  test('operators, descriptors and targets', () => {
    const found = command('cmd 2>&1 >x >>y <z &>w &>>v >&2 <&0 >|p');
    expect(found.redirects.map((redirect) => [redirect.fd, redirect.op, redirect.target?.value])).toEqual([
      [2, '>&', '1'],
      [undefined, '>', 'x'],
      [undefined, '>>', 'y'],
      [undefined, '<', 'z'],
      [undefined, '&>', 'w'],
      [undefined, '&>>', 'v'],
      [undefined, '>&', '2'],
      [undefined, '<&', '0'],
      [undefined, '>|', 'p'],
    ]);
    expect(found.redirects[0].range).toEqual({ start: { line: 0, character: 4 }, end: { line: 0, character: 8 } });
  });

  test('here-strings', () => {
    expect(command('grep x <<< "$v"').redirects).toMatchObject([{ op: '<<<', target: { value: '$v', dynamic: true } }]);
  });

  test('words after a redirect target are arguments', () => {
    const found = command('echo >/tmp/out hello world');
    expect(found.argv.map((word) => word.value)).toEqual(['echo', 'hello', 'world']);
    expect(found.redirects.map((redirect) => redirect.target?.value)).toEqual(['/tmp/out']);
    expect(found.range.end.character).toBe(26);
  });

  test('a redirect after an and-list binds to its last command', () => {
    const commands = parse('a && b > f && c 2>/dev/null | d >> g').commands;
    expect(commands.map((found) => [found.name, found.join, found.redirects.map((r) => r.target?.value)])).toEqual([
      ['a', null, []],
      ['b', '&&', ['f']],
      ['c', '&&', ['/dev/null']],
      ['d', '|', ['g']],
    ]);
  });

  test('a bare redirect is a command with empty argv', () => {
    const found = command('> /f');
    expect(found.argv).toEqual([]);
    expect(found.redirects).toMatchObject([{ op: '>', target: { value: '/f' } }]);
  });

  test('heredoc: the body is not a command', () => {
    const script = parse('cat <<EOF > /f\nhello\nEOF', { line: 2, character: 4 });
    expect(names(script)).toEqual(['cat']);
    const [cat] = script.commands;
    expect(cat.redirects.map((redirect) => [redirect.op, redirect.target?.value])).toEqual([
      ['<<', 'EOF'],
      ['>', '/f'],
    ]);
    expect(cat.redirects[0].range).toEqual({ start: { line: 2, character: 8 }, end: { line: 2, character: 13 } });
    expect(cat.range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 18 } });
  });

  test('heredoc: quoted delimiters, <<- and what follows the marker', () => {
    expect(summaries("cat <<-'EOF' | sh\n\tbody\n\tEOF\necho next")).toEqual(['- cat []', '| sh []', 'newline echo next []']);
    expect(summaries('cat <<EOF > /f && chmod +x /f\nbody\nEOF')).toEqual(['- cat []', '&& chmod +x /f []']);
    expect(command("cat <<-'EOF'\nx\nEOF").redirects[0]).toMatchObject({ op: '<<-', target: { value: 'EOF', raw: "'EOF'" } });
  });

  test('heredoc: command substitutions in an unquoted body run; a quoted body is text', () => {
    expect(summaries('cat <<EOF\n$(hostname)\nEOF')).toEqual(['- cat []', '- hostname [substitution]']);
    expect(summaries("cat <<'EOF'\n$(hostname)\nEOF")).toEqual(['- cat []']);
  });
});

describe('positions', () => {
  test('continuation lines: the origin offset applies to the first line only', () => {
    const text = 'apt-get update \\\n  && apt-get install -y \\\n    curl';
    const script = parse(text, { line: 3, character: 4 });
    expect(script.commands.map(summary)).toEqual(['- apt-get update []', '&& apt-get install -y curl []']);
    const [update, install] = script.commands;
    expect(update.range).toEqual({ start: { line: 3, character: 4 }, end: { line: 3, character: 18 } });
    expect(update.argv[1].range.start).toEqual({ line: 3, character: 12 });
    expect(install.range).toEqual({ start: { line: 4, character: 5 }, end: { line: 5, character: 8 } });
    expect(install.argv[3].range).toEqual({ start: { line: 5, character: 4 }, end: { line: 5, character: 8 } });
    expect(script.range).toEqual({ start: { line: 3, character: 4 }, end: { line: 5, character: 8 } });
  });

  test('columns are UTF-16 code units, on the first line and after it', () => {
    const text = 'echo "é→😀" && rm x \\\n  && echo 😀 y';
    const script = parse(text, { line: 1, character: 4 });
    const [echo, rm, second] = script.commands;
    // "é→😀" is 6 UTF-16 code units with its quotes (😀 is a surrogate pair), 11 bytes of UTF-8.
    expect(echo.argv[1].range).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 15 } });
    expect(echo.argv[1].value).toBe('é→😀');
    expect(rm.argv[1].range.start).toEqual({ line: 1, character: 4 + 'echo "é→😀" && rm '.length });
    expect(second.argv[2].range).toEqual({ start: { line: 2, character: 13 }, end: { line: 2, character: 14 } });
    expect(second.argv[1].raw).toBe('😀');
  });

  test('web-tree-sitter reports indices and columns of JS strings in UTF-16 code units', async () => {
    const bash = await Language.load(readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
    const parser = new Parser();
    parser.setLanguage(bash);
    const tree = parser.parse('echo "é→😀" && rm x');
    try {
      const rm = tree!.rootNode.descendantsOfType('command')[1];
      expect(rm.startIndex).toBe(15); // UTF-8 would be 20
      expect(rm.startPosition.column).toBe(15);
    } finally {
      tree!.delete();
      parser.delete();
    }
  });

  test('CRLF line ends', () => {
    const [first, second] = parse('a \\\r\n  b && c').commands.concat(parse('x\r\ny').commands);
    expect(first.argv[1].range.start).toEqual({ line: 1, character: 2 });
    expect(second.argv[0].value).toBe('c');
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
