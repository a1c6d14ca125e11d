import { compareDebianVersions, verrevcmp, versionSatisfies } from './deb-version';

const sign = (n: number) => Math.sign(n);

describe('compareDebianVersions', () => {
  // dpkg's own cases (lib/dpkg/t/t-version.c, test_version_compare), written as version strings
  it.each([
    ['0-0', '0-0', 0],
    ['0-00', '00-0', 0],
    ['1:2-3', '1:2-3', 0],
    ['0-0', '1:0-0', -1],
    ['1:0-0', '0-0', 1],
    ['0:a-0', '0:b-0', -1],
    ['0:0-a', '0:0-b', -1],
  ])('dpkg t-version: %s vs %s → %i', (a, b, expected) => {
    expect(sign(compareDebianVersions(a, b))).toBe(expected);
  });

  // each expectation checked with `dpkg --compare-versions` (dpkg 1.21.22, Debian bookworm, 2026-12-06)
  it.each([
    ['1.0', '1.0', 0],
    ['0:1.0', '1.0', 0],
    ['1.0', '1.0-0', 0],
    ['1.0', '1.1', -1],
    ['1.0~rc1', '1.0', -1],
    ['1.0~~', '1.0~~a', -1],
    ['1.0~~a', '1.0~', -1],
    ['1.0~', '1.0', -1],
    ['1.0', '1.0a', -1],
    ['1.0', '1:0.1', -1],
    ['1:1.0', '2:0.1', -1],
    ['1.2.3', '1.2.10', -1],
    ['1.0-1', '1.0-2', -1],
    ['1.0-1', '1.0-1+deb12u1', -1],
    ['1.0-1+b1', '1.0-1.1', -1],
    ['2.36-9+deb12u10', '2.36-9+deb12u9', 1],
    ['7.88.1-10+deb12u12', '7.88.1-10+deb12u8', 1],
    ['1.0a', '1.0+', -1],
    ['1.0.0', '1.0', 1],
    ['00', '0', 0],
    ['1.01', '1.1', 0],
    ['1.0-0', '1.0-00', 0],
    ['1.0+dfsg', '1.0', 1],
    ['3.0-1~bpo12+1', '3.0-1', -1],
    ['1.0-1-1', '1.0-1', 1],
  ])('%s vs %s → %i, as dpkg says', (a, b, expected) => {
    expect(sign(compareDebianVersions(a, b))).toBe(expected);
    expect(sign(compareDebianVersions(b, a))).toBe(0 - expected);
  });

  it('orders the tilde before the end of the part, as Debian policy 5.6.12 shows: ~~ < ~~a < ~ < (empty) < a', () => {
    const parts = ['a', '', '~', '~~a', '~~'];
    expect([...parts].sort(verrevcmp)).toEqual(['~~', '~~a', '~', '', 'a']);
  });
});

describe('versionSatisfies', () => {
  it.each([
    ['2.36-9', '>=', '2.34', true],
    ['2.36-9', '<<', '2.36', false],
    ['2.36-9', '>>', '2.36', true],
    ['1.0-1', '=', '1.0-1', true],
    ['1:1.0-1', '=', '1.0-1', false],
    ['1.0~rc1', '<=', '1.0', true],
    ['1.0', '<<', '1.0~', false],
  ] as const)('%s %s %s → %s', (version, relation, required, expected) => {
    expect(versionSatisfies(version, relation, required)).toBe(expected);
  });

  it('accepts any version when the relation has none', () => {
    expect(versionSatisfies('0.1', undefined, undefined)).toBe(true);
  });
});
