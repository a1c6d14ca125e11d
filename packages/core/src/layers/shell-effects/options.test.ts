import type { ShellWord } from '../../parse/shell-types';
import { parseOptions } from './options';

const AT = { line: 0, character: 0 };
const words = (...values: string[]): ShellWord[] => values.map((value) => ({ value, raw: value, dynamic: false, range: { start: AT, end: AT } }));

/** more long options that take a value than a list is searched for: kept as a set */
const MANY = Array.from({ length: 40 }, (_, at) => `opt${at}`);

describe('parseOptions: `--name value`', () => {
  test.each([
    ['a short list', ['suffix', 'target-directory']],
    ['a long list', [...MANY, 'target-directory']],
  ])('with %s, a long option that takes a value takes the next word; any other is a flag', (_, longValues) => {
    const spec = { longValues };
    const parsed = parseOptions(words('--target-directory', '/opt', '--verbose', 'src'), spec);
    expect(parsed.items).toEqual([
      { kind: 'value', name: '--target-directory', word: expect.objectContaining({ value: '/opt' }) },
      { kind: 'flag', name: '--verbose' },
      { kind: 'operand', word: expect.objectContaining({ value: 'src' }) },
    ]);
    // the same spec again (a long list's set is made once and kept)
    expect(parseOptions(words('--opt39', 'x'), spec).value('--opt39')?.value).toBe(longValues.includes('opt39') ? 'x' : undefined);
  });

  test('without long options that take values, and at the last word, `--name` is a flag', () => {
    expect(parseOptions(words('--target-directory', '/opt')).items[0]).toEqual({ kind: 'flag', name: '--target-directory' });
    expect(parseOptions(words('--target-directory'), { longValues: ['target-directory'] }).items).toEqual([{ kind: 'flag', name: '--target-directory' }]);
  });
});
