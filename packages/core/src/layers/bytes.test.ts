import { atLeastBytes, bytesJson, exact, lowerBound, sumBytes, UNKNOWN, unknownBecause } from './bytes';

const OFFLINE = 'base image not resolved (offline)';

describe('byte figures carry why they are not exact', () => {
  test('sumBytes: exact parts stay exact with no reason', () => {
    expect(sumBytes([exact(3), exact(4)])).toEqual({ value: 7, estimate: 'exact' });
  });

  test('sumBytes: unknown parts make a lower bound of the known ones, with the first reason given', () => {
    expect(sumBytes([exact(3), UNKNOWN, unknownBecause(OFFLINE), unknownBecause('other')])).toEqual({ value: 3, estimate: 'lower-bound', reason: OFFLINE });
  });

  test('sumBytes: nothing known is unknown, still with the reason', () => {
    expect(sumBytes([exact(0), unknownBecause(OFFLINE)])).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE });
  });

  test('sumBytes: a figure with no reason stays without one; the constant UNKNOWN is never changed', () => {
    expect(sumBytes([exact(1), UNKNOWN])).toEqual({ value: 1, estimate: 'lower-bound' });
    expect(UNKNOWN).toEqual({ value: 0, estimate: 'unknown' });
  });

  test('atLeastBytes keeps the reason', () => {
    expect(atLeastBytes({ value: 5, estimate: 'exact' })).toEqual(lowerBound(5));
    expect(atLeastBytes({ value: 5, estimate: 'lower-bound', reason: OFFLINE })).toEqual({ value: 5, estimate: 'lower-bound', reason: OFFLINE });
  });

  test('bytesJson: value null when unknown; reason only when there is one', () => {
    expect(bytesJson(unknownBecause(OFFLINE))).toEqual({ value: null, estimate: 'unknown', reason: OFFLINE });
    expect(JSON.stringify(bytesJson(exact(3)))).toBe('{"value":3,"estimate":"exact"}');
  });
});
