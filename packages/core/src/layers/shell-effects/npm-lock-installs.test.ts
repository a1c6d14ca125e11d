import { OFFLINE_REASON, packageIndexesUnknown, type NpmKnowledge, type NpmLockPackage, type RunPackages } from '../../package-index/package-knowledge';
import type { Bytes, Effect } from '../types';
import { runEffects } from './test-fixtures';

const SOURCE = 'npm registry metadata for package-lock.json, 2026-12-06';
/** made-up sizes: what matters is where they go */
const PACKAGES: NpmLockPackage[] = [
  { path: 'node_modules/express', name: 'express', version: '4.21.2', dev: false, optional: false, unpackedSize: 200_000, tarballSize: 50_000, resolved: 'https://registry.npmjs.org/express/-/express-4.21.2.tgz' },
  { path: 'node_modules/typescript', name: 'typescript', version: '5.7.2', dev: true, optional: false, unpackedSize: 20_000_000, tarballSize: 4_000_000, resolved: 'https://registry.npmjs.org/typescript/-/typescript-5.7.2.tgz' },
  { path: 'node_modules/fsevents', name: 'fsevents', version: '2.3.3', dev: false, optional: true, os: ['darwin'], unpackedSize: 100, tarballSize: 100 },
];

/** RunPackages whose build context put package-lock.json at /app (`knowledge` for it) */
function runPackages(knowledge: { status: 'known'; value: NpmKnowledge } | { status: 'unknown'; reason: string }): RunPackages {
  return {
    states: { ...packageIndexesUnknown(OFFLINE_REASON), npm: (path) => (path === 'package-lock.json' ? knowledge : { status: 'unknown', reason: 'not this one' }) },
    chainStage: 0,
    contextPathOf: (path) => (path === '/app/package-lock.json' ? 'package-lock.json' : undefined),
  };
}

const known = (packages = PACKAGES) => runPackages({ status: 'known', value: { packages, source: SOURCE, hiddenLockfile: { all: 3000, withoutDev: 2000 } } });

/** `kind path bytes` per effect */
function outline(effects: Effect[]): string[] {
  const figure = (bytes: Bytes | undefined) => (bytes ? ` ${bytes.estimate}${bytes.estimate === 'unknown' ? '' : ` ${bytes.value}`}` : '');
  return effects.map((effect) => {
    if (effect.kind === 'cache-write') return `cache-write ${effect.dir}${figure(effect.bytes)}`;
    if (effect.kind === 'unknown-write') return `unknown-write ${effect.path ?? `(cwd ${effect.cwd})`}${figure(effect.bytes)}`;
    if (effect.kind === 'write') return `write ${effect.path}${figure(effect.bytes)}`;
    if (effect.kind === 'delete' || effect.kind === 'copy-up') return `${effect.kind} ${effect.path}`;
    return effect.kind;
  });
}

const run = (line: string, packages: RunPackages, env: Record<string, string> = {}) => runEffects(`RUN ${line}`, { workdir: '/app', packages, env: new Map(Object.entries(env)) });

describe('npm ci with a lockfile from the build context', () => {
  test('each package a tree of estimated bytes where npm puts it; the hidden lockfile; the cache of tarballs and index entries', async () => {
    const effects = await run('npm ci', known());
    expect(outline(effects)).toEqual([
      'delete /app/node_modules',
      'unknown-write /app/node_modules/express estimated 200000',
      'unknown-write /app/node_modules/typescript estimated 20000000',
      'write /app/node_modules/.package-lock.json estimated 3000',
      // 54,000 of tarballs, plus per package its tarball URL twice, 414 + 210 bytes and its name@version
      `cache-write /root/.npm estimated ${4_050_000 + 2 * 'https://registry.npmjs.org/express/-/express-4.21.2.tgz'.length + 2 * 'https://registry.npmjs.org/typescript/-/typescript-5.7.2.tgz'.length + 2 * 624 + 'express@4.21.2'.length + 'typescript@5.7.2'.length}`,
    ]);
    const tree = effects.find((effect) => effect.kind === 'unknown-write');
    expect(tree?.kind === 'unknown-write' && tree.bytes?.source).toBe(SOURCE);
  });

  test.each([['npm ci --omit=dev'], ['npm ci --production'], ['npm install --omit dev']])('%s leaves the dev packages out', async (line) => {
    expect(outline(await run(line, known())).filter((row) => row.startsWith('unknown-write'))).toEqual(['unknown-write /app/node_modules/express estimated 200000']);
  });

  test('NODE_ENV=production leaves them out too, unless --include=dev', async () => {
    expect(outline(await run('npm ci', known(), { NODE_ENV: 'production' }))).toContain('write /app/node_modules/.package-lock.json estimated 2000');
    expect(outline(await run('npm ci --include=dev', known(), { NODE_ENV: 'production' }))).toContain('unknown-write /app/node_modules/typescript estimated 20000000');
  });

  test('npm install naming a package is not the lockfile: unsized as before', async () => {
    expect(outline(await run('npm install lodash', known()))).toEqual(['cache-write /root/.npm unknown', 'unknown-write /app/node_modules']);
  });

  test('a package the registry did not size: its tree is unknown and the cache a lower bound, both naming it', async () => {
    const missing: NpmLockPackage = { path: 'node_modules/gone', name: 'gone', version: '1.0.0', dev: false, optional: false, unsizedReason: 'gone@1.0.0: not in the registry (404 for https://registry.npmjs.org/gone/1.0.0)' };
    const effects = await run('npm ci', known([PACKAGES[0], missing]));
    const tree = effects.find((effect) => effect.kind === 'unknown-write' && effect.path === '/app/node_modules/gone');
    const cache = effects.find((effect) => effect.kind === 'cache-write');
    expect(tree?.kind === 'unknown-write' && tree.bytes).toEqual({ value: 0, estimate: 'unknown', reason: missing.unsizedReason });
    expect(cache?.kind === 'cache-write' && [cache.bytes.estimate, cache.bytes.reason]).toEqual(['lower-bound', missing.unsizedReason]);
  });

  test("without sizes the install says the Knowledge's reason", async () => {
    expect((await run('npm ci', runPackages({ status: 'unknown', reason: OFFLINE_REASON }))).map((effect) => ('bytes' in effect ? effect.bytes : undefined))).toEqual([
      { value: 0, estimate: 'unknown', reason: OFFLINE_REASON },
      { value: 0, estimate: 'unknown', reason: OFFLINE_REASON },
    ]);
  });
});

describe('npm prune', () => {
  test('--omit=dev deletes the dev trees and rewrites both lockfiles', async () => {
    expect(outline(await run('npm prune --omit=dev', known()))).toEqual([
      'delete /app/node_modules/typescript',
      'write /app/node_modules/.package-lock.json estimated 2000',
      'copy-up /app/package-lock.json',
    ]);
  });

  test('without sizes it is a write dflint cannot see into, with the reason', async () => {
    expect(outline(await run('npm prune --omit=dev', runPackages({ status: 'unknown', reason: OFFLINE_REASON })))).toEqual(['unknown-write (cwd /app) unknown']);
  });
});

describe('yarn and pnpm installing their lockfile', () => {
  /** RunPackages whose context put `lockfile` at /app, known as `format` with two packages (made-up sizes) */
  function withLockfile(lockfile: string, format: NpmKnowledge['format']): RunPackages {
    const packages: NpmLockPackage[] = [
      { path: 'node_modules/react', name: 'react', version: '18.3.1', dev: false, optional: false, unpackedSize: 300 },
      { path: 'node_modules/typescript', name: 'typescript', version: '5.6.3', dev: true, optional: false, unpackedSize: 9000 },
    ];
    const knowledge = { status: 'known' as const, value: { packages, source: `npm registry metadata for ${lockfile}, 2026-12-06`, format } };
    return {
      states: { ...packageIndexesUnknown(OFFLINE_REASON), npm: (path) => (path === lockfile ? knowledge : { status: 'unknown', reason: 'not this one' }) },
      chainStage: 0,
      contextPathOf: (path) => (path === `/app/${lockfile}` ? lockfile : undefined),
    };
  }

  test.each([
    ['yarn install --frozen-lockfile', 'yarn.lock', 'yarn', ['cache-write /usr/local/share/.cache/yarn unknown', 'unknown-write /app/node_modules/react estimated 300', 'unknown-write /app/node_modules/typescript estimated 9000']],
    ['yarn --production', 'yarn.lock', 'yarn', ['cache-write /usr/local/share/.cache/yarn unknown', 'unknown-write /app/node_modules/react estimated 300']],
    ['pnpm install --prod', 'pnpm-lock.yaml', 'pnpm', ['cache-write /root/.local/share/pnpm/store unknown', 'unknown-write /app/node_modules/react estimated 300']],
    // Yarn 2+ may keep packages in zip archives (Plug'n'Play) instead of node_modules
    ['yarn install', 'yarn.lock', 'yarn-berry', ['cache-write /usr/local/share/.cache/yarn unknown', 'unknown-write (cwd /app)']],
  ] as const)('%s (%s, %s)', async (line, lockfile, format, expected) => {
    expect(outline(await run(line, withLockfile(lockfile, format)))).toEqual(expected);
  });

  test('yarn add names a package: not the lockfile', async () => {
    expect(outline(await run('yarn add lodash', withLockfile('yarn.lock', 'yarn')))).toEqual(['cache-write /usr/local/share/.cache/yarn unknown', 'unknown-write (cwd /app)']);
  });
});

test('npm install (no package named) installs the lockfile and saves it again; npm ci does not save it', async () => {
  const install = outline(await run('npm install', known()));
  expect(install[0]).toBe('unknown-write /app/node_modules/express estimated 200000');
  expect(install).toContain('copy-up /app/package-lock.json');
  expect(outline(await run('npm ci', known()))).not.toContain('copy-up /app/package-lock.json');
});
