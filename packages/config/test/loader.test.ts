import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { ConfigError, ConfigLoader } from '../src';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'dflint-config-test-'));

/** The API the CLI and the language server share. */
describe('ConfigLoader', () => {
  test('finds the nearest config per folder, caches it until clearCache(), and says where it came from', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'svc/api'), { recursive: true });
    writeFileSync(path.join(dir, '.dflintrc.json'), '{"rules": {"layer-count": "error"}}');
    const loader = new ConfigLoader({ rules });
    const first = loader.loadConfigFor(path.join(dir, 'svc/api/Dockerfile'));
    expect(first.source).toEqual({ config: path.join(dir, '.dflintrc.json'), hadolint: undefined });
    expect(first.config.settings['layer-count']).toEqual({ severity: 'error' });

    writeFileSync(path.join(dir, 'svc/.dflintrc.yaml'), 'rules:\n  layer-count: info\n');
    // cached: the new file is not seen yet
    expect(loader.loadConfigFor(path.join(dir, 'svc/api/Dockerfile')).source.config).toBe(path.join(dir, '.dflintrc.json'));
    loader.clearCache();
    const second = loader.loadConfigFor(path.join(dir, 'svc/api/Dockerfile'));
    expect(second.source.config).toBe(path.join(dir, 'svc/.dflintrc.yaml'));
    expect(second.config.settings['layer-count']).toEqual({ severity: 'info' });
  });

  test('a broken package.json beside a .dflintrc.json is never read', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.dflintrc.json'), '{}');
    writeFileSync(path.join(dir, 'package.json'), '{ not json');
    expect(new ConfigLoader({ rules }).loadConfigFor(path.join(dir, 'Dockerfile')).source.config).toBe(path.join(dir, '.dflintrc.json'));
  });

  test('errors carry the file, line and key path for an editor', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.dflintrc.yaml'), 'rules:\n  layer-count: loud\n');
    const loader = new ConfigLoader({ rules });
    let error: unknown;
    try {
      loader.loadConfigFor(path.join(dir, 'Dockerfile'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file: path.join(dir, '.dflintrc.yaml'), line: 2, keyPath: ['rules', 'layer-count'] });
    expect((error as ConfigError).describe(dir)).toBe(
      '.dflintrc.yaml:2: rules.layer-count: severity must be one of error, warning, info, style, off (got "loud")',
    );
  });

  test('the hadolint note is given once per file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: [DL3999]\n');
    const notes: string[][] = [];
    const loader = new ConfigLoader({ rules, onNote: (note) => notes.push(note.codes) });
    loader.loadConfigFor(path.join(dir, 'a/Dockerfile'));
    loader.loadConfigFor(path.join(dir, 'b/Dockerfile'));
    expect(notes).toEqual([['DL3999']]);
  });
});
