import type { ProjectSettings } from './project-config';
import { registryInputOf } from './registry-input';
import { DEFAULT_SETTINGS } from './settings';

const project = (registry: ProjectSettings['registry']): ProjectSettings => ({ rules: {}, ignored: false, registry });

describe("a document's registry settings", () => {
  test("the config's keys as they are; offline from the config, dflint.offline or DFLINT_OFFLINE as the CLI reads it", () => {
    const registry = { mirrors: { 'docker.io': 'http://127.0.0.1:5000' }, insecureRegistries: ['registry.lan:5000'], networkBudgetBytes: 1000, platform: { os: 'linux', architecture: 'arm64' } };
    expect(registryInputOf(project(registry), DEFAULT_SETTINGS, {})).toEqual(registry);
    expect(registryInputOf(project({ offline: true }), DEFAULT_SETTINGS, {})).toEqual({ offline: true });
    expect(registryInputOf(project({}), { ...DEFAULT_SETTINGS, offline: true }, {})).toEqual({ offline: true });
    for (const value of ['1', 'true', 'yes']) expect(registryInputOf(project({ offline: false }), DEFAULT_SETTINGS, { DFLINT_OFFLINE: value }).offline).toBe(true);
    for (const value of ['', '0', 'false', 'no']) expect(registryInputOf(project({}), DEFAULT_SETTINGS, { DFLINT_OFFLINE: value }).offline).toBeUndefined();
  });
});
