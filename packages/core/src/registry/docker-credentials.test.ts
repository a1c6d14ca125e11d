import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { dockerConfigPath, dockerCredentials } from './docker-credentials';

function configWith(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'dflint-docker-config-'));
  writeFileSync(join(dir, 'config.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return join(dir, 'config.json');
}

const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

describe('dockerCredentials', () => {
  test('auths: Docker Hub under its v1 key, other registries by host, with or without a scheme', () => {
    const credentials = dockerCredentials(
      configWith({
        auths: {
          'https://index.docker.io/v1/': { auth: basic('hub', 'pw:with:colons') },
          'ghcr.io': { auth: basic('gh', 'token') },
          'https://quay.io': { username: 'q', password: 'p' },
        },
      }),
    );
    expect(credentials('docker.io')).toEqual({ username: 'hub', password: 'pw:with:colons' });
    expect(credentials('ghcr.io')).toEqual({ username: 'gh', password: 'token' });
    expect(credentials('quay.io')).toEqual({ username: 'q', password: 'p' });
    expect(credentials('gcr.io')).toBeUndefined();
  });

  test('a credential helper (credHelpers, else credsStore) answers first; a failing one falls back to auths', () => {
    const bin = mkdtempSync(join(tmpdir(), 'dflint-cred-helper-'));
    writeFileSync(join(bin, 'docker-credential-test'), '#!/bin/sh\nread registry\n[ "$registry" = "registry.example.com" ] || exit 1\necho \'{"ServerURL":"registry.example.com","Username":"helped","Secret":"s"}\'\n');
    chmodSync(join(bin, 'docker-credential-test'), 0o755);
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
    const viaHelpers = dockerCredentials(configWith({ credHelpers: { 'registry.example.com': 'test' } }), env);
    expect(viaHelpers('registry.example.com')).toEqual({ username: 'helped', password: 's' });
    const viaStore = dockerCredentials(configWith({ credsStore: 'test', auths: { 'ghcr.io': { auth: basic('gh', 't') } } }), env);
    expect(viaStore('registry.example.com')).toEqual({ username: 'helped', password: 's' });
    expect(viaStore('ghcr.io')).toEqual({ username: 'gh', password: 't' });
  });

  test('no file, a broken file, or a missing helper: no credentials, no error', () => {
    expect(dockerCredentials('/nonexistent/config.json')('docker.io')).toBeUndefined();
    expect(dockerCredentials(configWith('{not json'))('docker.io')).toBeUndefined();
    expect(dockerCredentials(configWith({ credsStore: 'no-such-helper-here' }))('docker.io')).toBeUndefined();
  });

  test('DOCKER_CONFIG names the folder', () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: '/etc/ci-docker' })).toBe('/etc/ci-docker/config.json');
  });
});
