import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apkVersionSatisfies, compareApkVersions, formatApkDependency, isApkVersion, parseApkDependencies, parseApkDependency } from './apk-version';

// apk-tools' own test vectors (test/version.data, 2.14-stable): `a <|=|> b` as `apk version -t` says
const VECTORS = readFileSync(join(__dirname, 'fixtures', 'apk', 'version.data'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => line.split(/\s+/) as [string, string, string]);

describe('compareApkVersions', () => {
  test("orders every valid pair of apk-tools' test vectors as apk does (the two invalid versions, which apk compares as strings, are left out)", () => {
    const valid = VECTORS.filter(([a, , b]) => isApkVersion(a) && isApkVersion(b));
    expect(valid.length).toBe(VECTORS.length - 2);
    const got = valid.map(([a, expected, b]) => {
      const order = compareApkVersions(a, b);
      return `${a} ${order < 0 ? '<' : order > 0 ? '>' : '='} ${b}`;
    });
    expect(got).toEqual(valid.map(([a, expected, b]) => `${a} ${expected} ${b}`));
  });

  test('revisions, suffixes, letters and leading zeros', () => {
    expect(compareApkVersions('1.2.3-r1', '1.2.3-r0')).toBeGreaterThan(0);
    expect(compareApkVersions('1.0_rc1', '1.0')).toBeLessThan(0);
    expect(compareApkVersions('1.0_p1', '1.0')).toBeGreaterThan(0);
    expect(compareApkVersions('1.0a', '1.0')).toBeGreaterThan(0);
    expect(compareApkVersions('1.05', '1.5')).toBeLessThan(0);
    expect(compareApkVersions('8.5.0-r0', '8.5.0-r0')).toBe(0);
    expect(isApkVersion('1.0bc')).toBe(false);
  });
});

describe('apk dependencies', () => {
  test('parses names, operators (as a set of characters, like apk), conflicts and tags, and writes them back', () => {
    expect(parseApkDependencies('so:libc.musl-x86_64.so.1 python3~3.12 !busybox-extras curl@edge>=8.5 pc:zlib>=1.2.3 /bin/sh')).toEqual([
      { name: 'so:libc.musl-x86_64.so.1' },
      { name: 'python3', operator: '~', version: '3.12' },
      { name: 'busybox-extras', conflict: true },
      { name: 'curl', operator: '>=', version: '8.5', tag: 'edge' },
      { name: 'pc:zlib', operator: '>=', version: '1.2.3' },
      { name: '/bin/sh' },
    ]);
    expect(parseApkDependency('a=>1.0')).toEqual({ name: 'a', operator: '>=', version: '1.0' });
    expect(parseApkDependency('a><Q1abc=')).toEqual({ name: 'a', operator: '><', version: 'Q1abc=' });
    expect(formatApkDependency(parseApkDependency('!curl@edge<8'))).toBe('!curl@edge<8');
    expect(() => parseApkDependency('a>=not a version')).toThrow('"a>=not a version" is not an apk dependency');
    expect(() => parseApkDependency('a>=1.0bc')).toThrow('is not an apk dependency');
  });

  test('a version meets an operator as apk_dep_is_provided says; `~` is a prefix match', () => {
    expect(apkVersionSatisfies('3.12.5-r0', '~', '3.12')).toBe(true);
    expect(apkVersionSatisfies('3.11.9-r0', '~', '3.12')).toBe(false);
    expect(apkVersionSatisfies('1.2.3-r0', '>=', '1.2.3')).toBe(true);
    expect(apkVersionSatisfies('1.2.3-r0', '>', '1.2.3-r0')).toBe(false);
    expect(apkVersionSatisfies('1.2.2', '<', '1.2.3')).toBe(true);
    expect(apkVersionSatisfies('1.2.3', '<=', '1.2.3')).toBe(true);
    expect(apkVersionSatisfies('1.2.3-r1', '=', '1.2.3-r0')).toBe(false);
    expect(apkVersionSatisfies('1.2.3', undefined, undefined)).toBe(true);
  });
});
