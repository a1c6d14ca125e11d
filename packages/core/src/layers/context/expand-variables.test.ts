import { expandVariables, MAX_EXPANSION_NESTING } from './expand-variables';

const env = new Map([
  ['A', 'alpha'],
  ['EMPTY', ''],
]);

describe('expandVariables', () => {
  test.each([
    ['$A/x', 'alpha/x'],
    ['${A}x', 'alphax'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${A:-d}', 'alpha'],
    ['${A:+set}', 'set'],
    ['${EMPTY:+set}', ''],
    ['${EMPTY+set}', 'set'],
    ['${A:-${B}}', 'alpha'],
    ['cost $5', 'cost $5'],
    ['a$', 'a$'],
    ['\\$A', '$A'],
  ])('%s → %s', (text, value) => {
    expect(expandVariables(text, env)).toEqual({ value, unknown: [] });
  });

  test('unknown variables are kept as written and reported', () => {
    expect(expandVariables('$B/${C:-x}/$A', env)).toEqual({ value: '$B/${C:-x}/alpha', unknown: ['B', 'C'] });
  });

  test('an operator the model does not evaluate is unknown', () => {
    expect(expandVariables('${A%.txt}', env).unknown).toEqual(['A']);
  });

  test('with quotes: single quotes are literal, double quotes expand, escapes resolve', () => {
    const options = { quotes: true };
    expect(expandVariables(`'$A' "$A b" c\\ d`, env, options).value).toBe('$A alpha b c d');
    expect(expandVariables('"\\$A \\"q\\""', env, options).value).toBe('$A "q"');
  });

  test('a backtick escape char', () => {
    expect(expandVariables('C:`$A', env, { escapeChar: '`' }).value).toBe('C:$A');
  });
});

describe('nesting (issue 13 item 5)', () => {
  const nested = (depth: number, name = 'B') => `${`\${${name}:-`.repeat(depth)}x${'}'.repeat(depth)}`;

  test('`${B:-` ×3000 is left as written and unknown, not a stack overflow', () => {
    const text = nested(3000);
    expect(expandVariables(text, env)).toEqual({ value: text, unknown: ['B'] });
    expect(expandVariables(`"${text}"`, env, { quotes: true })).toEqual({ value: `"${text}"`, unknown: ['B'] });
  });

  test('nesting up to the limit still expands', () => {
    expect(expandVariables(nested(MAX_EXPANSION_NESTING, 'EMPTY'), env)).toEqual({ value: 'x', unknown: [] });
    expect(expandVariables(nested(MAX_EXPANSION_NESTING + 1, 'EMPTY'), env).unknown).toEqual(['EMPTY']);
  });
});
