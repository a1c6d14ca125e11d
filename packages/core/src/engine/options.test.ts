import { misfitOptions, resolveOptions, type OptionsDeclaration } from './options';

type Options = { ratio: number; mode: string; strict: boolean };
const declared: OptionsDeclaration<Options> = {
  ratio: { type: 'number', minimum: 0, default: 0.5, description: 'ratio' },
  mode: { type: 'string', minLength: 1, default: 'fast', description: 'mode' },
  strict: { type: 'boolean', default: false, description: 'strict' },
};

test('numbers, strings and booleans are taken when they fit their schema', () => {
  expect(resolveOptions(declared, { ratio: 0.25, mode: 'slow', strict: true })).toEqual({ ratio: 0.25, mode: 'slow', strict: true });
});

test('each misfit falls back to its own default', () => {
  expect(resolveOptions(declared, { ratio: -1, mode: '', strict: 'yes' })).toEqual({ ratio: 0.5, mode: 'fast', strict: false });
  expect(resolveOptions(declared, { ratio: Number.NaN, mode: 3, strict: true })).toEqual({ ratio: 0.5, mode: 'fast', strict: true });
});

test('no declaration: no options, whatever was configured', () => {
  expect(resolveOptions(undefined, { max: 3 })).toEqual({});
});

test('misfits are named, for a warning: values that do not fit and keys not declared', () => {
  expect(misfitOptions(declared, { ratio: 0.1, mode: '', other: 1 })).toEqual(['mode', 'other']);
  expect(misfitOptions(declared, { ratio: 0.1 })).toEqual([]);
  expect(misfitOptions(undefined, { max: 3 })).toEqual(['max']);
});

test('a map option takes an object of strings, each one of its allowed values', () => {
  type Mapped = { labels: { [key: string]: string } };
  const maps: OptionsDeclaration<Mapped> = {
    labels: { type: 'object', additionalProperties: { type: 'string', enum: ['text', 'url'] }, default: {}, description: 'labels' },
  };
  expect(resolveOptions(maps, { labels: { a: 'url', b: 'text' } })).toEqual({ labels: { a: 'url', b: 'text' } });
  expect(resolveOptions(maps, { labels: { a: 'email' } })).toEqual({ labels: {} });
  expect(resolveOptions(maps, { labels: ['url'] })).toEqual({ labels: {} });
  expect(misfitOptions(maps, { labels: { a: 3 } })).toEqual(['labels']);
});
