import { compileGlob, globReaches } from './glob';

const shell = (pattern: string, path: string) => compileGlob(pattern, 'shell').test(path);

describe("compileGlob 'shell' (paths in RUN commands)", () => {
  test.each([
    ['/var/lib/apt/lists/*', '/var/lib/apt/lists/partial', true],
    ['/var/lib/apt/lists/*', '/var/lib/apt/lists/a/b', false],
    ['/tmp/?.log', '/tmp/a.log', true],
    ['/x/[ab].txt', '/x/b.txt', true],
    ['/x/[!ab].txt', '/x/b.txt', false],
    ['/x/[^ab].txt', '/x/c.txt', true],
    ['/x/[a-c]', '/x/b', true],
    ['/x/[]a]', '/x/]', true],
    ['/x/a\\b', '/x/a\\b', true],
    ['/x/(a)+{1}', '/x/(a)+{1}', true],
  ])('%s vs %s → %s', (pattern, path, expected) => {
    expect(shell(pattern, path)).toBe(expected);
  });

  test('a `[` that opens no class is a literal `[` (issue 13 item 6: COPY [a, /x/)', () => {
    expect(shell('[a,', '[a,')).toBe(true);
    expect(shell('/x/[a,/*', '/x/[a,/y')).toBe(true);
    expect(globReaches('/y/[a,', '/y/[a,/z', 'file')).toBe(true);
  });

  test('a backwards range matches nothing instead of throwing', () => {
    expect(shell('/x/[z-a]', '/x/b')).toBe(false);
    expect(shell('/x/[z-a]', '/x/[z-a]')).toBe(false);
  });

  test('hostile patterns compile: 100,000 unclosed `[`, and one too long for a RegExp matches nothing', () => {
    expect(() => compileGlob('['.repeat(100_000), 'shell')).not.toThrow();
    expect(shell('['.repeat(1000), '['.repeat(1000))).toBe(true);
    const huge = '${A:-'.repeat(20_000);
    expect(shell(huge, huge)).toBe(false);
  });
});

describe("compileGlob 'go' (filepath.Match, COPY sources)", () => {
  test('escapes and classes as Go reads them', () => {
    expect(compileGlob('\\[a', 'go')?.test('[a')).toBe(true);
    expect(compileGlob('[\\]]', 'go')?.test(']')).toBe(true);
    expect(compileGlob('[!a]', 'go')?.test('!')).toBe(true);
    expect(compileGlob('[a-]', 'go')?.test('-')).toBe(true);
  });

  test('malformed patterns are undefined, a backwards range matches nothing', () => {
    expect(compileGlob('[a,', 'go')).toBeUndefined();
    expect(compileGlob('[^]', 'go')).toBeUndefined();
    expect(compileGlob('a[\\', 'go')).toBeUndefined();
    expect(compileGlob('[z-a]', 'go')?.test('b')).toBe(false);
  });
});

describe('globReaches: what `rm -rf <glob>` removes as a whole', () => {
  test.each([
    ['/tmp/*', '/tmp/x/y', 'file', true],
    ['/tmp/*.log', '/tmp/x/y', 'file', false],
    // a file deep inside a matched directory, at any depth; a match one level off is none
    ['/usr/share/doc/*', '/usr/share/doc/bash/examples/x', 'file', true],
    ['/usr/share/*/bash', '/usr/share/doc/bash/copyright', 'file', true],
    ['/usr/share/*/bash', '/usr/share/bash', 'file', false],
    ['/usr/share/doc/*/x', '/usr/share/doc/bash', 'file', false],
    ['/usr/[sd]*/doc', '/usr/share/doc/bash/copyright', 'file', true],
    // a tree of unknown files goes only when the glob names all of it (issue 14 item 10)
    ['/home/gradle/*', '/home/gradle', 'tree', true],
    ['/home/gradle/*.tgz', '/home/gradle', 'tree', false],
    ['/*.tar.gz*', '/etc/ssl/certs', 'tree', false],
    ['/home/gradle/graalvm-*', '/home/gradle', 'tree', false],
    ['/opt/*', '/opt/app', 'tree', true],
    ['/*', '/', 'tree', true],
    // a package cache holds only its manager's files: a glob directly in it clears it
    ['/var/cache/apt/archives/*.deb', '/var/cache/apt/archives', 'cache', true],
    ['/var/lib/apt/lists/*', '/var/lib/apt/lists', 'cache', true],
    ['/var/cache/apt/*.bin', '/var/cache/apt/archives', 'cache', false],
    ['/var/cache/apt/archives/partial/*.deb', '/var/cache/apt/archives', 'cache', false],
  ] as const)('%s over %s (%s) → %s', (pattern, path, target, expected) => {
    expect(globReaches(pattern, path, target)).toBe(expected);
  });
});
