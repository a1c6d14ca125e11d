import { readSettings } from '../src/settings';

describe('readSettings', () => {
  test('rule options that the engine will not use as given are reported, and passed on for the engine to default', () => {
    const { settings, problems } = readSettings({
      rules: { 'layer-count': { severity: 'error', options: { max: 0, maxx: 3 } }, 'volatile-arg-early': { options: { names: ['CI_*'] } } },
    });
    expect(problems).toEqual([
      'dflint.rules.layer-count.options.max: not a valid value; the default 100 applies',
      'dflint.rules.layer-count.options.maxx: layer-count has no such option',
    ]);
    expect(settings.rules['layer-count']).toEqual({ severity: 'error', options: { max: 0, maxx: 3 } });
    expect(settings.rules['volatile-arg-early'].options).toEqual({ names: ['CI_*'] });
  });

  test('a hadolint code works as in a config file: a per-finding code (DL3042) is its own key, another its rule', () => {
    const { settings, problems } = readSettings({ rules: { DL3042: 'off', dl4000: 'error', DL9999: 'off' } });
    expect(problems).toEqual(['dflint.rules: no rule named DL9999']);
    expect(settings.rules).toEqual({ DL3042: { severity: 'off' }, 'maintainer-deprecated': { severity: 'error' } });
  });
});

describe('dflint.debounceMs', () => {
  test('defaults to 50 ms; 0 and other milliseconds up to 10 s are taken as given', () => {
    expect(readSettings({}).settings.debounceMs).toBe(50);
    expect(readSettings({ debounceMs: 0 }).settings.debounceMs).toBe(0);
    expect(readSettings({ debounceMs: 300 }).settings.debounceMs).toBe(300);
  });

  test('a value that is not a pause in milliseconds is reported and the default applies', () => {
    for (const debounceMs of [-1, '100', 60_000, null]) {
      const { settings, problems } = readSettings({ debounceMs });
      expect(settings.debounceMs).toBe(50);
      expect(problems).toEqual(['dflint.debounceMs must be a number of milliseconds from 0 to 10000; 50 applies']);
    }
  });
});
