import { doubleQuoted, requoteLegacyValue } from './docker-quote';

// Expected values follow BuildKit's frontend/dockerfile/shell/lex.go and parser/line_parsers.go;
// the `\` cases were also checked against real builds (buildah) before and after the rewrite.

describe('requoteLegacyValue', () => {
  it.each([
    ['plain words and blanks', 'a  b\tc', '"a  b\tc"'],
    ['quotes go, their content stays', `say "hi there" 'and "you"'`, '"say hi there and \\"you\\""'],
    ['an escaped $ stays literal; single quotes keep $ literal', `\\$USER '$HOME'`, '"\\$USER \\$HOME"'],
    ['$name becomes ${name} so a following char cannot join it', '$PATH\\b', '"${PATH}b"'],
    ['${name…} is kept as written', '${A:-x}/bin', '"${A:-x}/bin"'],
    ['nested expansions are kept as written', '${LD:+$LD:}$DIR', '"${LD:+$LD:}${DIR}"'],
    ['inside "…" a backslash before another char stays', '"p\\q" x\\\\y', '"p\\\\q x\\\\y"'],
    ['an empty quoted value', "''", '""'],
  ])('%s', (_name, value, quoted) => {
    expect(requoteLegacyValue(value, '\\')).toBe(quoted);
  });

  it('uses the escape char the file declares', () => {
    expect(requoteLegacyValue('C:\\my data\\`$x "q`"q"', '`')).toBe('"C:\\my data\\`$x q`"q"');
  });

  it.each([
    ['an unclosed double quote', 'a "b'],
    ['an unclosed single quote', "a 'b"],
    ['a trailing escape', 'a\\'],
    ['command-substitution-looking $(…)', '$(id -u)'],
    ['a special parameter', '$1'],
    ['nested quotes inside ${…}', '${A:-"x y"}'],
    ['an unclosed ${', '${A:-x'],
    ['$${…} inside ${…}', '${A:-$${B}}'],
    ['a name that may go on with a non-ASCII letter', '$Aé'],
  ])('gives up on %s', (_name, value) => {
    expect(requoteLegacyValue(value, '\\')).toBeUndefined();
  });
});

describe('doubleQuoted', () => {
  it('escapes ", $ and the escape char only', () => {
    expect(doubleQuoted('"Bob" \\o/ $USER <b@x>', '\\')).toBe('"\\"Bob\\" \\\\o/ \\$USER <b@x>"');
    expect(doubleQuoted('C:\\x `y`', '`')).toBe('"C:\\x ``y``"');
  });
});
