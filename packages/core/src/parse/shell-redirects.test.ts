import { initShellParser } from './shell';
import { command, names, parse, summaries } from './test-shell-helpers';

beforeAll(() => initShellParser());

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
