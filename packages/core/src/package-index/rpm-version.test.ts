import { compareEvr, evrSatisfies, formatDependency, parseEvr, rangesOverlap, rpmvercmp } from './rpm-version';

describe('rpmvercmp', () => {
  // rpm's own test vectors (tests/rpmvercmp.at)
  it.each([
    ['1.0', '1.0', 0], ['1.0', '2.0', -1], ['2.0', '1.0', 1], ['2.0.1', '2.0.1', 0], ['2.0', '2.0.1', -1], ['2.0.1a', '2.0.1a', 0],
    ['2.0.1a', '2.0.1', 1], ['5.5p1', '5.5p2', -1], ['5.5p10', '5.5p1', 1], ['10xyz', '10.1xyz', -1], ['xyz10', 'xyz10.1', -1],
    ['xyz.4', '8', -1], ['8', 'xyz.4', 1], ['xyz.4', '2', -1], ['5.5p2', '5.6p1', -1], ['5.6p1', '6.5p1', -1], ['6.0.rc1', '6.0', 1],
    ['10b2', '10a1', 1], ['1.0aa', '1.0a', 1], ['10.0001', '10.1', 0], ['10.0001', '10.0039', -1], ['4.999.9', '5.0', -1],
    ['20101121', '20101122', -1], ['2_0', '2_0', 0], ['2.0', '2_0', 0], ['a', 'a', 0], ['a+', 'a+', 0], ['a+', 'a_', 0], ['+a', '_a', 0],
    ['1.0~rc1', '1.0', -1], ['1.0~rc1', '1.0~rc2', -1], ['1.0~rc1~git123', '1.0~rc1', -1], ['1.0^', '1.0', 1], ['1.0^git1', '1.0', 1],
    ['1.0^git1', '1.0^git2', -1], ['1.0^git1', '1.01', -1], ['1.0^20160101', '1.0.1', -1], ['1.0^20160101^git1', '1.0^20160101', 1],
    ['1.0~rc1^git1', '1.0~rc1', 1], ['1.0^git1~pre', '1.0^git1', -1], ['1b.fc17', '1b.fc17', 0], ['1b.fc17', '1.fc17', -1], ['1g.fc17', '1.fc17', 1],
  ] as const)('%s vs %s = %d', (a, b, expected) => {
    expect(rpmvercmp(a, b)).toBe(expected);
  });
});

describe('EVR and ranges', () => {
  it('compares epoch first and a release only when both sides have one', () => {
    expect(compareEvr(parseEvr('1:1.0-1'), parseEvr('2.0-1'))).toBe(1);
    expect(compareEvr({ version: '2.34', release: '100.fc40' }, { version: '2.34' })).toBe(0);
    expect(parseEvr('2:4.9.1-3.el9')).toEqual({ epoch: 2, version: '4.9.1', release: '3.el9' });
  });

  it('decides whether a provide meets a requirement like rpmdsCompare', () => {
    const glibc = { name: 'glibc', flags: 'EQ' as const, version: '2.35', release: '17.fc36' };
    expect(rangesOverlap(glibc, { name: 'glibc', flags: 'GE', version: '2.34' })).toBe(true);
    expect(rangesOverlap(glibc, { name: 'glibc', flags: 'LT', version: '2.35' })).toBe(false);
    expect(rangesOverlap(glibc, { name: 'glibc', flags: 'LE', version: '2.35' })).toBe(true);
    expect(rangesOverlap({ name: 'p' }, { name: 'p', flags: 'GT', version: '9' })).toBe(true);
    // super_kernel's real `not_so_super_kernel < 5.8.0` provide (createrepo_c repo_02)
    expect(rangesOverlap({ name: 'n', flags: 'LT', version: '5.8.0' }, { name: 'n', flags: 'GE', version: '6' })).toBe(false);
    expect(rangesOverlap({ name: 'n', flags: 'LT', version: '5.8.0' }, { name: 'n', flags: 'LE', version: '1' })).toBe(true);
    expect(evrSatisfies({ epoch: 0, version: '4.16.4', release: '1.fc36' }, { name: 'xfce4-panel', flags: 'GE', version: '4.16' })).toBe(true);
    expect(formatDependency({ name: 'a', flags: 'GE', epoch: 1, version: '2', release: '3' })).toBe('a >= 1:2-3');
  });
});
