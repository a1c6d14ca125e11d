import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { ConfigLoader } from '../src';

let validatorLoaded = false;
jest.mock('../src/validate-config.generated', () => {
  validatorLoaded = true;
  return jest.requireActual('../src/validate-config.generated');
});

const dir = mkdtempSync(path.join(tmpdir(), 'dflint-validator-on-use-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the generated schema validator loads with the first config file, not before', () => {
  const loader = new ConfigLoader({ rules, cwd: dir });
  expect(loader.loadConfigFor(path.join(dir, 'Dockerfile')).source.config).toBeUndefined();
  expect(validatorLoaded).toBe(false);

  writeFileSync(path.join(dir, '.dflintrc.json'), '{"rules": {"layer-count": "error"}}');
  loader.clearCache();
  expect(loader.loadConfigFor(path.join(dir, 'Dockerfile')).config.settings['layer-count']).toEqual({ severity: 'error' });
  expect(validatorLoaded).toBe(true);
});
