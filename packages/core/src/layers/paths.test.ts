import * as posix from 'node:path/posix';
import { resolveImagePath } from './paths';

/** posix.resolve without a trailing slash: what resolveImagePath's shortcut must agree with. */
function reference(cwd: string, path: string): string {
  const resolved = posix.resolve(cwd, path);
  return resolved.length > 1 && resolved.endsWith('/') ? resolved.slice(0, -1) : resolved;
}

describe('resolveImagePath', () => {
  const cwds = ['/', '/app', '/app/', '/a/./b', '/a/../b', '//srv', '/srv/.hidden', '/x/...'];
  const paths = ['', '.', '..', 'x', 'x/', './x', '../x', 'x/./y', 'x/../y', 'x//y', '.x', '..x', 'x/.', 'x/..', '...', '/', '/usr/local/bin', '/usr/', '//etc', '/a/./b', '/a/../../b', '/a/.b/..c', 'a b/c\\d'];

  test('gives what posix.resolve gives, trailing slash dropped, for normal and odd paths alike', () => {
    for (const cwd of cwds) for (const path of paths) expect([cwd, path, resolveImagePath(cwd, path)]).toEqual([cwd, path, reference(cwd, path)]);
  });

  test('a relative path under a relative directory resolves against the process directory, as posix.resolve does', () => {
    expect(resolveImagePath('app', 'x')).toBe(reference('app', 'x'));
    expect(resolveImagePath('', 'x')).toBe(reference('', 'x'));
  });
});
