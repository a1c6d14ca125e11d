import { initShellParser } from './shell';
import { command, names, parse, summaries } from './test-shell-helpers';

beforeAll(() => initShellParser());

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
