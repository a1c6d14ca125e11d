import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { BaseImageSource, BaseImageState, RegistryOptions } from '@dflint/core';
import { baseImages } from '../../core/src/registry/base-images';
import { main } from '../src/main';
import { memoryIo } from './memory-io';
import { tempDir } from './run-cli';

// issue 15 item 4, CLI side: one resolver per run, its options from flags over config, and one
// note per image it could not resolve. A fake stands in for the registry here; the real one is in
// base-images-cli.test.ts.

const NOT_FOUND = 'registry-1.docker.io: not found (404)';

function fakeRegistry() {
  const made: RegistryOptions[] = [];
  let resolves = 0;
  const create = (options: RegistryOptions): BaseImageSource => {
    made.push(options);
    const states = (document: Parameters<BaseImageSource['resolve']>[0], reason: string) =>
      new Map(baseImages(document, { targetPlatform: options.platform }).map((base): [number, BaseImageState] => [base.stage, { status: 'unresolved', base, reason }]));
    return {
      resolve: (document) => {
        resolves++;
        return Promise.resolve(states(document, options.offline ? 'offline' : NOT_FOUND));
      },
      cached: (document) => states(document, 'being resolved'),
    };
  };
  return { create, made, resolves: () => resolves };
}

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const BLOATED = 'FROM debian:bookworm\nMAINTAINER me\nRUN apt-get update\nRUN apt-get install -y curl\n';
const noteFor = (file: string, line: number, image: string) => `dflint: note: ${file}:${line}: ${image}: base image not resolved (${NOT_FOUND}); figures that need it are unknown\n`;

describe('the run’s base-image resolver', () => {
  test('two Dockerfiles of one run share one resolver; the image they share gets one note; the exit code is unchanged', async () => {
    const dir = project({ 'a.Dockerfile': BLOATED, 'b.Dockerfile': `ARG V=3.20\nFROM alpine:$V\nFROM debian:bookworm\n` });
    const registry = fakeRegistry();
    const io = memoryIo(dir, { HOME: dir });
    const code = await main(['a.Dockerfile', 'b.Dockerfile', '-f', 'json'], io, registry.create);
    const offline = memoryIo(dir, { DFLINT_OFFLINE: '1' });
    expect(await main(['a.Dockerfile', 'b.Dockerfile', '-f', 'json'], offline, registry.create)).toBe(code);
    expect(offline.stderr).toBe('');
    expect(offline.stdout).toBe(io.stdout);
    expect(registry.made).toHaveLength(2);
    expect(registry.made[0]).toMatchObject({ env: io.env });
    expect(registry.made[1]).toMatchObject({ offline: true });
    expect(io.stderr).toBe(noteFor('a.Dockerfile', 1, 'debian:bookworm') + noteFor('b.Dockerfile', 2, 'docker.io/library/alpine:3.20'));
  });

  test('every --fix pass resolves through the one resolver, and the note is still printed once', async () => {
    const dir = project({ Dockerfile: BLOATED });
    const registry = fakeRegistry();
    const io = memoryIo(dir);
    await main(['--fix', 'Dockerfile'], io, registry.create);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).not.toBe(BLOATED);
    expect(registry.made).toHaveLength(1);
    expect(registry.resolves()).toBeGreaterThan(1);
    expect(io.stderr).toBe(noteFor('Dockerfile', 1, 'debian:bookworm'));
  });

  test('`FROM $BASE` left to --build-arg gets no note: its figures say why', async () => {
    const dir = project({ Dockerfile: 'ARG BASE\nFROM $BASE\nRUN chmod -R a+r /usr\n' });
    const io = memoryIo(dir);
    await main(['Dockerfile'], io, fakeRegistry().create);
    expect(io.stderr).toBe('');
  });

  test('--quiet hides the note, as it hides other warnings', async () => {
    const dir = project({ Dockerfile: BLOATED });
    const io = memoryIo(dir);
    await main(['Dockerfile', '-q'], io, fakeRegistry().create);
    expect(io.stderr).toBe('');
  });

  test('flags reach the resolver over the config: mirrors per registry, insecure registries added', async () => {
    const config = 'offline: true\nregistryMirrors:\n  docker.io: https://config.example\n  ghcr.io: https://ghcr-mirror.example\ninsecureRegistries: [a.example:5000]\nnetworkBudget: 1MB\nplatform: linux/arm/v7\n';
    const dir = project({ Dockerfile: BLOATED, '.dflintrc.yaml': config });
    const registry = fakeRegistry();
    const flags = ['--no-offline', '--registry-mirror', 'docker.io=http://127.0.0.1:5000', '--insecure-registry', 'b.example', '--network-budget', '2GB', '--platform', 'linux/arm64'];
    await main(['Dockerfile', ...flags], memoryIo(dir), registry.create);
    await main(['layers', 'Dockerfile'], memoryIo(dir), registry.create);
    expect(registry.made[0]).toMatchObject({
      offline: false,
      mirrors: { 'docker.io': 'http://127.0.0.1:5000', 'ghcr.io': 'https://ghcr-mirror.example' },
      insecureRegistries: ['a.example:5000', 'b.example'],
      networkBudgetBytes: 2 * 1024 ** 3,
      platform: { os: 'linux', architecture: 'arm64' },
    });
    // dflint layers reads the registry keys of the Dockerfile's config
    expect(registry.made[1]).toMatchObject({ offline: true, networkBudgetBytes: 1024 ** 2, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } });
  });

  test('DFLINT_OFFLINE=1 is --offline, over the config; --no-offline wins over it', async () => {
    const dir = project({ Dockerfile: BLOATED, '.dflintrc.json': '{"offline": false}' });
    const registry = fakeRegistry();
    await main(['Dockerfile'], memoryIo(dir, { DFLINT_OFFLINE: '1' }), registry.create);
    await main(['layers'], memoryIo(dir, { DFLINT_OFFLINE: '1' }), registry.create);
    await main(['layers', '--no-offline'], memoryIo(dir, { DFLINT_OFFLINE: '1' }), registry.create);
    await main(['Dockerfile'], memoryIo(dir, { DFLINT_OFFLINE: '0' }), registry.create);
    expect(registry.made.map((options) => options.offline)).toEqual([true, true, false, false]);
  });

  test('--print-config shows the registry settings a file gets, flags over config', async () => {
    const dir = project({ '.dflintrc.yaml': 'registryMirrors:\n  ghcr.io: https://ghcr-mirror.example\nnetworkBudget: 0\n' });
    const io = memoryIo(dir, { DFLINT_OFFLINE: '1' });
    expect(await main(['--print-config', 'Dockerfile', '--registry-mirror', 'docker.io=http://127.0.0.1:5000', '--platform', 'linux/arm64/v8'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({
      offline: true,
      registryMirrors: { 'ghcr.io': 'https://ghcr-mirror.example', 'docker.io': 'http://127.0.0.1:5000' },
      insecureRegistries: [],
      networkBudget: 0,
      platform: 'linux/arm64/v8',
    });
  });

  test('dflint layers with a config it cannot use: one line naming the key, exit 2', async () => {
    const dir = project({ Dockerfile: BLOATED, '.dflintrc.json': '{\n  "platform": "arm64"\n}\n' });
    const io = memoryIo(dir);
    expect(await main(['layers'], io, fakeRegistry().create)).toBe(2);
    expect(io.stderr).toBe('dflint: .dflintrc.json:2: platform: must be a platform such as linux/amd64, linux/arm64 or linux/arm/v7 (got "arm64")\n');
  });

  test.each([
    [['--registry-mirror', 'docker.io'], "--registry-mirror takes REGISTRY=URL, such as docker.io=https://mirror.example.com (got 'docker.io')"],
    [['--registry-mirror', 'docker.io=ftp://m.example'], "--registry-mirror docker.io=ftp://m.example: 'ftp://m.example' is not an http:// or https:// URL"],
    [['--registry-mirror', 'hub=https://m.example'], "--registry-mirror hub=https://m.example: 'hub' is not a registry host (a name with a dot or a port, or localhost: docker.io, ghcr.io, localhost:5000)"],
    [['--insecure-registry', 'nohost'], "--insecure-registry nohost: 'nohost' is not a registry host (a name with a dot or a port, or localhost: docker.io, ghcr.io, localhost:5000)"],
    [['--network-budget', '5XB'], "--network-budget must be a size such as 1GB, 500MiB or a number of bytes (got '5XB')"],
    [['--platform', 'arm64'], "--platform must be os/architecture[/variant], such as linux/amd64, linux/arm64 or linux/arm/v7 (got 'arm64')"],
  ])('%j: exit 2, one line', async (flags, message) => {
    const dir = project({ Dockerfile: BLOATED });
    for (const command of [[], ['layers']]) {
      const io = memoryIo(dir);
      expect(await main([...command, 'Dockerfile', ...flags], io, fakeRegistry().create)).toBe(2);
      expect(io.stdout).toBe('');
      expect(io.stderr).toBe(`dflint: ${message}\nRun 'dflint${command.length ? ' layers' : ''} --help' for usage.\n`);
    }
  });
});
