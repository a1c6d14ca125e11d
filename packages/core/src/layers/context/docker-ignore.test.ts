import { dockerIgnoreFromText } from './docker-ignore';

describe('dockerIgnoreFromText', () => {
  test('patterns are anchored at the root and match parents', () => {
    const ignore = dockerIgnoreFromText('node_modules\n*.log\n');
    expect(ignore.ignores('node_modules', true)).toBe(true);
    expect(ignore.ignores('node_modules/x/y.js', false)).toBe(true);
    expect(ignore.ignores('web/node_modules/y.js', false)).toBe(false);
    expect(ignore.ignores('a.log', false)).toBe(true);
    expect(ignore.ignores('logs/a.log', false)).toBe(false);
  });

  test('** spans directories', () => {
    const ignore = dockerIgnoreFromText('**/*.pyc\ndocs/**/draft.md\n');
    expect(ignore.ignores('a.pyc', false)).toBe(true);
    expect(ignore.ignores('pkg/sub/a.pyc', false)).toBe(true);
    expect(ignore.ignores('docs/draft.md', false)).toBe(true);
    expect(ignore.ignores('docs/a/b/draft.md', false)).toBe(true);
  });

  test('the last matching pattern wins, exceptions reach into excluded directories', () => {
    const ignore = dockerIgnoreFromText('dist\n!dist/keep\n');
    expect(ignore.ignores('dist/other', false)).toBe(true);
    expect(ignore.ignores('dist/keep', false)).toBe(false);
    expect(ignore.mayReincludeBelow('dist')).toBe(true);
    expect(ignore.mayReincludeBelow('other')).toBe(false);
  });

  test('leading ./ and /, trailing /, blank lines and comments', () => {
    const ignore = dockerIgnoreFromText('\n# comment\n./a/\n/b\n  c  \n');
    expect(['a', 'b', 'c', '# comment'].map((rel) => ignore.ignores(rel, false))).toEqual([true, true, true, false]);
  });

  test('! on its own line after a wildcard exclusion', () => {
    const ignore = dockerIgnoreFromText('*\n!src\n!package.json\n');
    expect(ignore.ignores('README.md', false)).toBe(true);
    expect(ignore.ignores('src/index.ts', false)).toBe(false);
    expect(ignore.ignores('package.json', false)).toBe(false);
  });
});
