import { atLeastBytes, bytesCell, bytesJson, describeBytes, estimated, exact, isNothing, isWholeFigure, lowerBound, sourcesOf, sumBytes, UNKNOWN, unknownBecause } from './bytes';

const OFFLINE = 'base image not resolved (offline)';
const MAIN = 'Debian bookworm main amd64 Packages, 2026-12-05';
const UPDATES = 'Debian bookworm-updates main amd64 Packages, 2026-12-05';
const MiB = 1024 * 1024;

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

describe('estimated figures: sizes from package metadata, with their source', () => {
  test('estimated() keeps its source (and a reason when given)', () => {
    expect(estimated(5, MAIN)).toEqual({ value: 5, estimate: 'estimated', source: MAIN });
    expect(estimated(5, MAIN, 'unpacked size estimated from the wheel')).toEqual({ value: 5, estimate: 'estimated', source: MAIN, reason: 'unpacked size estimated from the wheel' });
  });

  test('exact + estimated is estimated: a figure of the whole, as good as its estimated parts', () => {
    expect(sumBytes([exact(3), estimated(4, MAIN)])).toEqual({ value: 7, estimate: 'estimated', source: MAIN });
    expect(sumBytes([estimated(0, MAIN), exact(2)])).toEqual({ value: 2, estimate: 'estimated', source: MAIN });
  });

  test('several sources are all kept, each once, in order', () => {
    const both = sumBytes([estimated(1, MAIN), estimated(2, UPDATES), estimated(3, MAIN)]);
    expect(both).toEqual({ value: 6, estimate: 'estimated', source: `${MAIN}; ${UPDATES}` });
    expect(sourcesOf(both)).toEqual([MAIN, UPDATES]);
    expect(sumBytes([both, estimated(4, UPDATES)]).source).toBe(`${MAIN}; ${UPDATES}`);
    expect(sourcesOf(exact(1))).toEqual([]);
  });

  test('with an unknown part the sum is no longer an estimate of the whole: a lower bound that still counts the estimated parts', () => {
    const sum = sumBytes([estimated(229 * MiB, MAIN), unknownBecause(OFFLINE)]);
    expect(sum).toEqual({ value: 229 * MiB, estimate: 'lower-bound', source: MAIN, reason: OFFLINE });
    expect(describeBytes(sum)).toBe('at least ≈ 229.0 MiB');
  });

  test('estimated + lower-bound is a lower bound; its reason is the one that made it a bound, not the estimate\'s', () => {
    expect(sumBytes([estimated(5, MAIN, 'from the wheel'), lowerBound(2)])).toEqual({ value: 7, estimate: 'lower-bound', source: MAIN, reason: 'from the wheel' });
    expect(sumBytes([estimated(5, MAIN, 'from the wheel'), { ...lowerBound(2), reason: OFFLINE }]).reason).toBe(OFFLINE);
  });

  test('a bound names only the sources of the parts it counts; an unknown sum names none', () => {
    expect(sumBytes([estimated(0, MAIN), estimated(3, UPDATES), UNKNOWN])).toEqual({ value: 3, estimate: 'lower-bound', source: UPDATES });
    expect(sumBytes([estimated(0, MAIN), unknownBecause(OFFLINE)])).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE });
    expect(UNKNOWN).toEqual({ value: 0, estimate: 'unknown' });
  });

  test('atLeastBytes turns an estimate into "at least about", keeping source and reason; an estimated 0 becomes unknown', () => {
    expect(atLeastBytes(estimated(5, MAIN, 'why'))).toEqual({ value: 5, estimate: 'lower-bound', source: MAIN, reason: 'why' });
    expect(atLeastBytes(estimated(0, MAIN))).toEqual(UNKNOWN);
  });

  test('isWholeFigure and isNothing: exact and estimated figures are of the whole; a 0 of either is nothing', () => {
    expect([exact(1), estimated(1, MAIN), lowerBound(1), UNKNOWN].map(isWholeFigure)).toEqual([true, true, false, false]);
    expect([exact(0), estimated(0, MAIN), estimated(1, MAIN), UNKNOWN].map(isNothing)).toEqual([true, true, false, false]);
  });

  test('bytesJson carries source; describeBytes and bytesCell mark estimates with ≈', () => {
    expect(JSON.stringify(bytesJson(estimated(3, MAIN)))).toBe(`{"value":3,"estimate":"estimated","source":"${MAIN}"}`);
    expect(bytesJson({ ...lowerBound(3), source: MAIN, reason: OFFLINE })).toEqual({ value: 3, estimate: 'lower-bound', source: MAIN, reason: OFFLINE });
    expect(describeBytes(estimated(229 * MiB, MAIN))).toBe('≈ 229.0 MiB');
    expect(bytesCell(estimated(229 * MiB, MAIN))).toBe('≈ 229.0 MiB');
    expect(bytesCell(atLeastBytes(estimated(229 * MiB, MAIN)))).toBe('≥ ≈ 229.0 MiB');
  });
});

describe('bytesCell', () => {
  test('exact figures plain, lower bounds with ≥, unknown as ?', () => {
    expect(bytesCell(exact(MiB))).toBe('1.0 MiB');
    expect(bytesCell(lowerBound(3 * MiB))).toBe('≥ 3.0 MiB');
    expect(bytesCell(UNKNOWN)).toBe('?');
    expect(bytesCell(exact(512))).toBe('512 B');
  });
});
