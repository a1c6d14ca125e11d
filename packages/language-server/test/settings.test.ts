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
