import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLockFile } from './python-locks';
import { runtimeDependencies } from './python-pypi';
import { readRequirements } from './python-requirements';
import { isPythonInput } from './python-source';
import { BOOKWORM_PYTHON, pickFile, platforms, type PythonTarget } from './python-tags';

const FIXTURES = join(__dirname, 'fixtures', 'python');
const read = (root: string) => (path: string) => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};
const HTTPX_WHEEL = 'sha256:d909fcccc110f8c7faf814ca82a9a4d816bc5a6dbfea25d6591d6985b8ba59ad';
const HTTPX_SDIST = 'sha256:75e98c5f16b0f35b567856f597f06ff2270a374470a5c2392242528e3e3e42fc';
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

describe('requirements files', () => {
  it('follows -r includes, joins continuations, keeps hashes, skips constraints, options and comments', () => {
    const list = readRequirements('requirements.txt', read(join(FIXTURES, 'project')));
    expect(list.requirements).toEqual([
      { name: 'httpx', version: '0.28.1', file: 'requirements/base.txt', hashes: [HTTPX_WHEEL, HTTPX_SDIST] },
      { name: 'markupsafe', version: '3.0.3', file: 'requirements/base.txt', hashes: ['sha256:0bf2a864d67e76e5c9a34dc26ec616a66b9888e25e7b9460e1c76d3293bd9dbf'] },
      { name: 'anyio', version: undefined, file: 'requirements.txt', hashes: [] },
    ]);
    expect(list.unsized).toEqual(['-e .']);
    expect(list.indexUrl).toBe('https://pypi.org/simple');
  });

  it('names an include the build context lacks', () => {
    const list = readRequirements('main.txt', (path) => (path === 'main.txt' ? '-r missing.txt\nrequests==2.31.0\n' : undefined));
    expect(list.unsized).toEqual(['missing.txt (not in the build context)']);
    expect(list.requirements.map((requirement) => requirement.name)).toEqual(['requests']);
  });

  it('reads extras, markers and URL requirements as pip does', () => {
    const list = readRequirements('r.txt', () => 'Foo_Bar[socks] === 1.0 ; python_version >= "3.8"\npkg @ https://example.com/pkg-1.0.tar.gz\n./libs/local\n');
    expect(list.requirements).toEqual([{ name: 'foo-bar', version: '1.0', file: 'r.txt', hashes: [] }]);
    expect(list.unsized).toEqual(['pkg @ https://example.com/pkg-1.0.tar.gz', './libs/local']);
  });

  it('keeps a local wheel\'s path and hashes, --require-hashes, and hash algorithms lower-cased', () => {
    const list = readRequirements('r.txt', () => '--require-hashes\n./dist/app-1.0-py3-none-any.whl --hash=SHA256:ABCD\napp-2.0.tar.gz\n/abs/x-1.0.tar.gz\n../up-1.0.tar.gz\n');
    expect(list.requireHashes).toBe(true);
    expect(list.localFiles).toEqual([
      { path: 'dist/app-1.0-py3-none-any.whl', file: 'r.txt', hashes: ['sha256:abcd'] },
      { path: 'app-2.0.tar.gz', file: 'r.txt', hashes: [] },
    ]);
    expect(list.requirements).toEqual([]);
    expect(list.unsized).toEqual(['/abs/x-1.0.tar.gz', '../up-1.0.tar.gz']);
  });
});

describe('which context files a source loads', () => {
  it('takes wheels, sdists, requirements and constraints files and the three lock files', () => {
    const inputs = ['dist/app-1.0-py3-none-any.whl', 'app-1.0.tar.gz', 'requirements.txt', 'requirements-dev.txt', 'requirements/prod.txt', 'constraints.txt', 'api/poetry.lock', 'uv.lock', 'Pipfile.lock'];
    expect(inputs.filter(isPythonInput)).toEqual(inputs);
    expect(['README.txt', 'package-lock.json', 'src/main.py', 'yarn.lock'].filter(isPythonInput)).toEqual([]);
  });
});

describe('lock files', () => {
  it('reads uv.lock with its files\' sizes and leaves out the editable project', () => {
    const lock = readLockFile('uv.lock', fixture('uv-project/uv.lock'));
    expect(lock.requirements.map((requirement) => `${requirement.name}@${requirement.version}`)).toEqual(['annotated-doc@0.0.4', 'colorama@0.4.6', 'markupsafe@3.0.3']);
    const wheel = '571ac1dc6991c450b25a9c2d84a3705e2ae7a53467b5d111c24fa8baabbed320';
    const sdist = 'fbcda96e87e9c92ad167c2e53839e57503ecfda18804ea28102353485033faa4';
    expect(lock.requirements[0].files).toEqual([
      { filename: 'annotated_doc-0.0.4-py3-none-any.whl', size: 5303, url: expect.stringContaining('annotated_doc-0.0.4-py3-none-any.whl'), sha256: wheel },
      { filename: 'annotated_doc-0.0.4.tar.gz', size: 7288, url: expect.stringContaining('annotated_doc-0.0.4.tar.gz'), sha256: sdist },
    ]);
    expect(lock.requirements[0].hashes).toEqual([`sha256:${wheel}`, `sha256:${sdist}`]);
    expect(lock.unsized).toEqual([]);
  });

  it('reads poetry.lock 1.1 and 2.x; a directory package is not from an index', () => {
    const one = readLockFile('poetry.lock', fixture('poetry1-project/poetry.lock')).requirements;
    expect(one.map((requirement) => requirement.name)).toEqual(['invoke', 'wrapt', 'zipp']);
    // 1.x keeps the hashes under [metadata.files]
    expect(one[1].hashes).toEqual(['sha256:b62ffa81fb85f4332a4f609cab4ac40709470da05643a082ec1eb88e6d9b97d7']);
    const two = readLockFile('app/poetry.lock', fixture('poetry2-project/poetry.lock'));
    expect(two.requirements).toEqual([{ name: 'httpx', version: '0.28.1', file: 'app/poetry.lock', hashes: [HTTPX_WHEEL, HTTPX_SDIST] }]);
    expect(two.unsized).toEqual(['mylib (directory libs/mylib)']);
  });

  it('reads Pipfile.lock\'s default section', () => {
    const text = JSON.stringify({ _meta: {}, default: { requests: { hashes: ['sha256:0a'], version: '==2.31.0' }, mylib: { path: '.' } }, develop: { pytest: { version: '==8.0.0' } } });
    const lock = readLockFile('Pipfile.lock', text);
    expect(lock.requirements).toEqual([{ name: 'requests', version: '2.31.0', file: 'Pipfile.lock', hashes: ['sha256:0a'] }]);
    expect(lock.unsized).toEqual(['mylib (.)']);
  });

  it('says why a truncated or damaged lock cannot be read', () => {
    expect(() => readLockFile('uv.lock', fixture('uv-truncated.lock'))).toThrow(/^not valid TOML/);
    expect(() => readLockFile('poetry.lock', 'x = 1\n')).toThrow('no [[package]] tables');
    expect(() => readLockFile('Pipfile.lock', '{"default": ')).toThrow(/^not valid JSON/);
  });
});

describe('wheel choice', () => {
  const markupsafe = readLockFile('uv.lock', fixture('uv-project/uv.lock')).requirements[2].files!;

  it('picks the manylinux wheel of the interpreter\'s own ABI on glibc x86_64', () => {
    expect(pickFile(markupsafe, BOOKWORM_PYTHON)?.file.filename).toBe('markupsafe-3.0.3-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.manylinux_2_28_x86_64.whl');
  });

  it('falls back to the sdist when no wheel fits (musl x86_64, CPython 3.12)', () => {
    const alpine: PythonTarget = { version: [3, 12], machine: 'x86_64', libc: { kind: 'musl', version: [1, 2] } };
    expect(pickFile(markupsafe, alpine)).toMatchObject({ kind: 'sdist', file: { filename: 'markupsafe-3.0.3.tar.gz' } });
  });

  it('never picks a wheel with a platform tag it does not know, and says so when nothing else exists', () => {
    const files = [{ filename: 'odd-1.0-cp311-cp311-plan9_mips.whl' }];
    expect(pickFile(files, BOOKWORM_PYTHON)).toBeUndefined();
    expect(platforms({ version: [3, 11], machine: 'aarch64', libc: { kind: 'glibc', version: [2, 36] } }).at(-2)).toBe('manylinux2014_aarch64');
  });

  it('keeps runtime requirements, drops extras, Windows-only ones and ones for older Pythons', () => {
    const requires = ['anyio', 'idna>=2', 'colorama; sys_platform == "win32"', 'h2<5; extra == "http2"', 'tomli; python_version < "3.11"', 'exceptiongroup; python_version <= "3.11"'];
    expect(runtimeDependencies(requires, [3, 11])).toEqual(['anyio', 'idna', 'exceptiongroup']);
  });
});
