import { withCommandLine } from '../src/config/command-line';

describe('settings', () => {
  test('the command line: --disable switches off, --rule switches a config "off" back on', () => {
    const config = { settings: { a: { severity: 'off' as const, options: { max: 1 } }, b: { severity: 'error' as const } }, ignored: false, failureThreshold: 'error' as const };
    const applied = withCommandLine(config, { rules: { a: {}, b: {}, c: { severity: 'off' } }, failureThreshold: undefined });
    expect(applied.settings).toEqual({ a: { options: { max: 1 } }, b: { severity: 'error' }, c: { severity: 'off' } });
    expect(applied.failureThreshold).toBe('error');
    expect(withCommandLine({ settings: {}, ignored: false }, { rules: {} }).failureThreshold).toBe('info');
    expect(withCommandLine(config, { rules: {}, failureThreshold: 'none' }).failureThreshold).toBe('none');
  });
});
