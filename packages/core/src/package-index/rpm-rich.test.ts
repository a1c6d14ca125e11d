import { parseRich, richHolds } from './rpm-rich';

describe('rich dependencies', () => {
  // the examples of rpm's documentation (docs/manual/boolean_dependencies.md)
  it.each([
    ['(pkgA or pkgB or pkgC)', { op: 'or', items: [{ op: 'dep', dep: { name: 'pkgA' } }, { op: 'dep', dep: { name: 'pkgB' } }, { op: 'dep', dep: { name: 'pkgC' } }] }],
    ['(pkgA >= 3.2 or pkgB)', { op: 'or', items: [{ op: 'dep', dep: { name: 'pkgA', flags: 'GE', version: '3.2' } }, { op: 'dep', dep: { name: 'pkgB' } }] }],
    ['(myPkg-auth-module if myPkg)', { op: 'if', then: { op: 'dep', dep: { name: 'myPkg-auth-module' } }, cond: { op: 'dep', dep: { name: 'myPkg' } } }],
    ['(myPkg-backend-mariaDB if mariaDB else sqlite)', { op: 'if', then: { op: 'dep', dep: { name: 'myPkg-backend-mariaDB' } }, cond: { op: 'dep', dep: { name: 'mariaDB' } }, else: { op: 'dep', dep: { name: 'sqlite' } } }],
    ['((pkgA and pkgB) or pkgC)', { op: 'or', items: [{ op: 'and', items: [{ op: 'dep', dep: { name: 'pkgA' } }, { op: 'dep', dep: { name: 'pkgB' } }] }, { op: 'dep', dep: { name: 'pkgC' } }] }],
    ['(pkgA-foo with pkgA-bar)', { op: 'with', items: [{ op: 'dep', dep: { name: 'pkgA-foo' } }, { op: 'dep', dep: { name: 'pkgA-bar' } }] }],
    // a version range, with an epoch
    ['(foo >= 0.4.2 with foo < 1:0.5-2)', { op: 'with', items: [{ op: 'dep', dep: { name: 'foo', flags: 'GE', version: '0.4.2' } }, { op: 'dep', dep: { name: 'foo', flags: 'LT', epoch: 1, version: '0.5', release: '2' } }] }],
  ])('%s', (text, tree) => {
    expect(parseRich(text)).toEqual(tree);
  });

  it.each(['(pkgA or pkgB and pkgC)', '(pkgA or)', 'pkgA or pkgB', '(pkgA if)', '(pkgA >= )', '((pkgA)'])('refuses %s', (text) => {
    expect(parseRich(text)).toBeUndefined();
  });

  it('evaluates against what is installed', () => {
    const installed = new Set(['mariaDB', 'pkgC']);
    const meets = (dep: { name: string }) => installed.has(dep.name);
    expect(richHolds(parseRich('((pkgA and pkgB) or pkgC)')!, meets)).toBe(true);
    expect(richHolds(parseRich('(myPkg-backend-mariaDB if mariaDB else sqlite)')!, meets)).toBe(false);
    expect(richHolds(parseRich('(pkgA unless mariaDB)')!, meets)).toBe(true);
    expect(richHolds(parseRich('(pkgC without mariaDB)')!, meets)).toBe(false);
  });
});
