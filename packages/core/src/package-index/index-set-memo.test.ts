import { IndexSetMemo } from './index-set-memo';

describe('IndexSetMemo', () => {
  test('one build per set of indexes and variant, whatever array holds them', () => {
    const memo = new IndexSetMemo<{ name: string }, number>();
    const [a, b] = [{ name: 'a' }, { name: 'b' }];
    let builds = 0;
    const build = () => ++builds;
    expect(memo.get([a, b], 'amd64', build)).toBe(1);
    expect(memo.get([a, b], 'amd64', build)).toBe(1);
    expect(memo.get([a, b], 'arm64', build)).toBe(2);
    expect(memo.get([b, a], 'amd64', build)).toBe(3);
    expect(memo.get([a, { name: 'b' }], 'amd64', build)).toBe(4);
    expect(memo.get([], 'amd64', build)).toBe(5);
  });
});
