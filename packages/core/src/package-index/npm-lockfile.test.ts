import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackageLock } from './npm-lockfile';
import { readPnpmLock } from './npm-pnpm-lock';
import { readYarnLock } from './npm-yarn-lock';

const FIXTURES = join(__dirname, 'fixtures', 'npm');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** `path name@version` plus ` dev` / ` optional` */
const outline = (packages: ReturnType<typeof readPackageLock>['packages']) =>
  packages.map((item) => `${item.path} ${item.name}@${item.version}${item.dev ? ' dev' : ''}${item.optional ? ' optional' : ''}`).sort();

describe('package-lock.json', () => {
  const expected = [
    'node_modules/@types/ms @types/ms@0.7.34',
    'node_modules/debug debug@2.6.9',
    'node_modules/debug/node_modules/ms ms@2.0.0',
    'node_modules/fsevents fsevents@2.3.3 optional',
    'node_modules/left-pad left-pad@1.3.0 dev',
    'node_modules/ms ms@2.1.3',
  ];
  test.each([1, 2, 3])('lockfileVersion %i: every package where npm puts it, dev and optional ones marked', (version) => {
    expect(outline(readPackageLock(fixture(`package-lock-v${version}.json`)).packages)).toEqual(expected);
  });

  test('v2 and v3 keep the platforms an optional package is for', () => {
    const fsevents = readPackageLock(fixture('package-lock-v3.json')).packages.find((item) => item.name === 'fsevents');
    expect(fsevents?.os).toEqual(['darwin']);
  });

  test("the hidden lockfile's size is the lockfile without the project's entry, with and without dev entries", () => {
    const { hiddenLockfile } = readPackageLock(fixture('package-lock-v3.json'));
    const lock = JSON.parse(fixture('package-lock-v3.json'));
    delete lock.packages[''];
    const all = JSON.stringify(lock, null, 2).length + 1;
    delete lock.packages['node_modules/left-pad'];
    expect(hiddenLockfile).toEqual({ all, withoutDev: JSON.stringify(lock, null, 2).length + 1 });
  });

  test('a truncated lockfile is unreadable JSON, said in one line', () => {
    const text = fixture('package-lock-v3.json');
    expect(() => readPackageLock(text.slice(0, text.length / 2))).toThrow(/^package-lock\.json is not valid JSON \(.+\)$/);
  });

  test('a lockfileVersion npm never wrote is refused by name', () => {
    expect(() => readPackageLock('{"lockfileVersion": 7, "packages": {}}')).toThrow('package-lock.json: lockfileVersion 7 is not one npm writes (1, 2 or 3)');
  });

  test('an entry without a version is named', () => {
    expect(() => readPackageLock('{"lockfileVersion": 3, "packages": {"node_modules/a": {}}}')).toThrow('package-lock.json: "node_modules/a" has no version');
  });

  test('links and bundled packages are not downloads', () => {
    const text = JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/w': { link: true, resolved: 'packages/w' }, 'packages/w': { version: '1.0.0' }, 'node_modules/b': { version: '1.0.0', inBundle: true } } });
    expect(readPackageLock(text).packages).toEqual([]);
  });
});

describe('yarn.lock', () => {
  test('Yarn 1: hoisted under node_modules, dev from the package.json beside it', () => {
    const { packages } = readYarnLock(fixture('yarn-v1.lock'), fixture('yarn-v1.package.json'));
    expect(outline(packages)).toEqual([
      'node_modules/js-tokens js-tokens@4.0.0',
      'node_modules/loose-envify loose-envify@1.4.0',
      'node_modules/react react@18.3.1',
      'node_modules/react-hooks react-hooks@1.0.1',
      'node_modules/typescript typescript@5.6.3 dev',
    ]);
    expect(packages.find((item) => item.name === 'react')?.resolved).toBe('https://registry.yarnpkg.com/react/-/react-18.3.1.tgz');
  });

  test('Yarn 4 (berry): the workspace is the project, not a package; its dev dependencies reach the rest', () => {
    expect(outline(readYarnLock(fixture('yarn-berry.lock'), fixture('yarn-berry.package.json')).packages)).toEqual([
      'node_modules/diff diff@1.0.8 dev',
      'node_modules/eyes eyes@0.1.8 dev',
      'node_modules/vows vows@0.7.0 dev',
    ]);
  });

  test('without the package.json nothing is known to be dev', () => {
    expect(readYarnLock(fixture('yarn-v1.lock')).packages.some((item) => item.dev)).toBe(false);
  });

  test('two versions of a name: the one more packages need is hoisted, the other nested under its dependent', () => {
    const text = ['a@^1:', '  version "1.0.0"', '  dependencies:', '    c "^1"', '', 'b@^1:', '  version "1.0.0"', '  dependencies:', '    c "^2"', '', 'c@^1:', '  version "1.5.0"', '', 'c@^2:', '  version "2.0.0"', ''].join('\n');
    const packageJson = JSON.stringify({ dependencies: { a: '^1', b: '^1', c: '^1' } });
    expect(outline(readYarnLock(text, packageJson).packages)).toEqual([
      'node_modules/a a@1.0.0',
      'node_modules/b b@1.0.0',
      'node_modules/b/node_modules/c c@2.0.0',
      'node_modules/c c@1.5.0',
    ]);
  });

  test('a line outside any entry is an error naming the line', () => {
    expect(() => readYarnLock('  version "1.0.0"\n')).toThrow('yarn.lock, line 1: a field outside any entry');
  });

  test('a berry lockfile that is not YAML says so', () => {
    expect(() => readYarnLock('__metadata:\n  version: 8\n"a@npm:1": [\n')).toThrow(/^yarn\.lock is not valid YAML/);
  });
});

describe('pnpm-lock.yaml', () => {
  test('9.0: the virtual store, dev from the importers (peer suffixes dropped from versions)', () => {
    expect(outline(readPnpmLock(fixture('pnpm-lock-v9.yaml')).packages)).toEqual([
      'node_modules/.pnpm/class-variance-authority@0.7.1/node_modules/class-variance-authority class-variance-authority@0.7.1',
      'node_modules/.pnpm/clsx@2.1.1/node_modules/clsx clsx@2.1.1',
      'node_modules/.pnpm/react-dom@19.2.4/node_modules/react-dom react-dom@19.2.4',
      'node_modules/.pnpm/react@19.2.4/node_modules/react react@19.2.4',
      'node_modules/.pnpm/scheduler@0.27.0/node_modules/scheduler scheduler@0.27.0',
      'node_modules/.pnpm/tailwind-merge@3.4.0/node_modules/tailwind-merge tailwind-merge@3.4.0',
      'node_modules/.pnpm/typescript@5.8.3/node_modules/typescript typescript@5.8.3 dev',
    ]);
  });

  test('5.4: `/name/version` keys, scoped names in the store as @scope+name', () => {
    expect(outline(readPnpmLock(fixture('pnpm-lock-v5.yaml')).packages)).toEqual([
      'node_modules/.pnpm/@types+node@17.0.23/node_modules/@types/node @types/node@17.0.23 dev',
      'node_modules/.pnpm/@types+yauzl@2.9.2/node_modules/@types/yauzl @types/yauzl@2.9.2 dev optional',
      'node_modules/.pnpm/prettier@2.6.0/node_modules/prettier prettier@2.6.0 dev',
      'node_modules/.pnpm/typescript@4.6.2/node_modules/typescript typescript@4.6.2 dev',
    ]);
  });

  test('an unknown lockfileVersion is refused', () => {
    expect(() => readPnpmLock("lockfileVersion: '3.0'\n")).toThrow('pnpm-lock.yaml: lockfileVersion "3.0" is not one dflint reads (5 to 9)');
  });

  test('a truncated lockfile says where YAML stops making sense', () => {
    const text = fixture('pnpm-lock-v9.yaml');
    expect(() => readPnpmLock(`${text.slice(0, text.indexOf('packages:') + 40)}\n  "unclosed: {`)).toThrow(/^pnpm-lock\.yaml is not valid YAML/);
  });
});

describe("each lockfile's integrity (checked against the tarball, npm-integrity.ts)", () => {
  const integrityOf = (packages: ReturnType<typeof readPackageLock>['packages'], name: string) => packages.find((item) => item.name === name)?.integrity;
  test('package-lock.json v1 and v3, Yarn 1 and pnpm keep it as written', () => {
    expect(integrityOf(readPackageLock(fixture('package-lock-v3.json')).packages.filter((item) => item.version === '2.0.0'), 'ms')).toBe(
      'sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A==',
    );
    expect(readPackageLock(fixture('package-lock-v1.json')).packages.every((item) => item.integrity?.startsWith('sha512-'))).toBe(true);
    expect(integrityOf(readYarnLock(fixture('yarn-v1.lock')).packages, 'js-tokens')).toBe('sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==');
    expect(integrityOf(readPnpmLock(fixture('pnpm-lock-v9.yaml')).packages, 'class-variance-authority')).toBe(
      'sha512-Ka+9Trutv7G8M6WT6SeiRWz792K5qEqIGEGzXKhAE6xOWAY6pPH8U+9IY3oCMv6kqTmLsv7Xh/2w2RigkePMsg==',
    );
  });
});
