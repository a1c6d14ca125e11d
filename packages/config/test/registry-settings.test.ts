import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { ConfigError, ConfigLoader } from '../src';
import { starterConfig } from '../src/init';
import { mirrorUrlProblem, readNetworkBudget, readPlatform, registryNameProblem } from '../src/registry-settings';

// issue 15: the config keys that say how FROM images are resolved
describe('registry settings', () => {
  test.each(['docker.io', 'index.docker.io', 'ghcr.io', 'localhost', 'localhost:5000', '127.0.0.1:5000', 'registry.internal:443'])('%s is a registry host', (name) => {
    expect(registryNameProblem(name)).toBeUndefined();
  });

  test.each(['debian', 'my registry', 'ghcr.io/owner', '', 'http://ghcr.io'])("'%s' is not a registry host", (name) => {
    expect(registryNameProblem(name)).toMatch(/is not a registry host/);
  });

  test('a mirror is an http:// or https:// URL', () => {
    expect(mirrorUrlProblem('http://127.0.0.1:5000')).toBeUndefined();
    expect(mirrorUrlProblem('https://mirror.gcr.io/v2-prefix')).toBeUndefined();
    for (const url of ['ftp://mirror.example.com', 'mirror.example.com', 'https://', 'http:/x']) expect(mirrorUrlProblem(url)).toBe(`'${url}' is not an http:// or https:// URL`);
  });

  test('platforms parse as os/architecture[/variant]; anything else is refused', () => {
    expect(readPlatform('linux/arm64')).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(readPlatform(' Linux/ARM/v7 ')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
    for (const text of ['linux', 'linux/', 'linux/arm/v7/x', 'linux amd64', '']) expect(readPlatform(text)).toBeUndefined();
  });

  test('a network budget is a size, and may be 0; an unknown unit is refused', () => {
    expect(readNetworkBudget('1GB')).toBe(1024 ** 3);
    expect(readNetworkBudget('500MiB')).toBe(500 * 1024 ** 2);
    expect(readNetworkBudget(0)).toBe(0);
    expect(readNetworkBudget('0')).toBe(0);
    for (const value of ['1TB', '5 parsecs', '-1', 1.5]) expect(readNetworkBudget(value)).toBeUndefined();
  });
});

describe('registry keys in a config file', () => {
  const load = (name: string, text: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dflint-registry-config-'));
    writeFileSync(path.join(dir, name), text);
    return new ConfigLoader({ rules }).loadConfigFor(path.join(dir, 'Dockerfile')).config;
  };
  const problem = (name: string, text: string): string => {
    try {
      load(name, text);
    } catch (error) {
      if (error instanceof ConfigError) return error.describe(path.dirname(error.file));
      throw error;
    }
    throw new Error('expected a ConfigError');
  };

  test('are read into the settings the resolver takes', () => {
    const yaml = 'offline: true\nregistryMirrors:\n  docker.io: http://127.0.0.1:5000\ninsecureRegistries: [registry.internal:5000]\nnetworkBudget: 500MiB\nplatform: linux/arm64/v8\n';
    expect(load('.dflintrc.yaml', yaml).registry).toEqual({
      offline: true,
      mirrors: { 'docker.io': 'http://127.0.0.1:5000' },
      insecureRegistries: ['registry.internal:5000'],
      networkBudgetBytes: 500 * 1024 ** 2,
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    });
    expect(load('.dflintrc.json', '{"networkBudget": 0}').registry).toEqual({ networkBudgetBytes: 0 });
    expect(load('.dflintrc.json', '{}').registry).toBeUndefined();
  });

  test("the --init starter's base-image lines, uncommented, are a valid config", () => {
    const lines = starterConfig(rules).split('\n').filter((line) => /^# (offline|registryMirrors|networkBudget|platform):|^# {3}docker\.io:/.test(line));
    expect(lines).toHaveLength(5);
    expect(load('.dflintrc.yaml', lines.map((line) => line.slice(2)).join('\n')).registry).toMatchObject({ offline: true, mirrors: { 'docker.io': 'https://mirror.example.com' }, networkBudgetBytes: 1024 ** 3 });
  });

  test.each([
    ['offline: yes please\n', '.dflintrc.yaml:1: offline: must be true or false (got "yes please")'],
    ['registryMirrors:\n  docker.io: ftp://mirror\n', '.dflintrc.yaml:2: registryMirrors.docker.io: must be an http:// or https:// URL (got "ftp://mirror")'],
    ['registryMirrors:\n  debian: https://mirror.example.com\n', ".dflintrc.yaml:2: registryMirrors.debian: 'debian' is not a registry host (a name with a dot or a port, or localhost: docker.io, ghcr.io, localhost:5000)"],
    ['registryMirrors: [https://mirror.example.com]\n', '.dflintrc.yaml:1: registryMirrors: must be an object (got an array)'],
    ['insecureRegistries:\n  - ok.example:5000\n  - nohost\n', ".dflintrc.yaml:3: insecureRegistries[1]: 'nohost' is not a registry host (a name with a dot or a port, or localhost: docker.io, ghcr.io, localhost:5000)"],
    ['networkBudget: 2TB\n', '.dflintrc.yaml:1: networkBudget: must be a size such as 1GB, 500MiB or a number of bytes (got "2TB")'],
    ['networkBudget: -5\n', '.dflintrc.yaml:1: networkBudget: must be 0 or more (got -5)'],
    ['platform: amd64\n', '.dflintrc.yaml:1: platform: must be a platform such as linux/amd64, linux/arm64 or linux/arm/v7 (got "amd64")'],
  ])('%j is refused with one line naming the key', (yaml, expected) => {
    expect(problem('.dflintrc.yaml', yaml)).toBe(expected);
  });
});
