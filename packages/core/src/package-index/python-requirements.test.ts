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
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

describe('requirements files', () => {
  it('follows -r includes, joins continuations, counts hashes, skips constraints, options and comments', () => {
    const list = readRequirements('requirements.txt', read(join(FIXTURES, 'project')));
    expect(list.requirements).toEqual([
      { name: 'httpx', version: '0.28.1', file: 'requirements/base.txt', hashes: 2 },
      { name: 'markupsafe', version: '3.0.3', file: 'requirements/base.txt', hashes: 1 },
      { name: 'anyio', version: undefined, file: 'requirements.txt', hashes: 0 },
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
    expect(list.requirements).toEqual([{ name: 'foo-bar', version: '1.0', file: 'r.txt', hashes: 0 }]);
    expect(list.unsized).toEqual(['pkg @ https://example.com/pkg-1.0.tar.gz', './libs/local']);
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
    expect(lock.requirements[0].files).toEqual([
      { filename: 'annotated_doc-0.0.4-py3-none-any.whl', size: 5303, url: expect.stringContaining('annotated_doc-0.0.4-py3-none-any.whl') },
      { filename: 'annotated_doc-0.0.4.tar.gz', size: 7288, url: expect.stringContaining('annotated_doc-0.0.4.tar.gz') },
    ]);
    expect(lock.unsized).toEqual([]);
  });

  it('reads poetry.lock 1.1 and 2.x; a directory package is not from an index', () => {
    expect(readLockFile('poetry.lock', fixture('poetry1-project/poetry.lock')).requirements.map((requirement) => requirement.name)).toEqual(['invoke', 'wrapt', 'zipp']);
    const two = readLockFile('app/poetry.lock', fixture('poetry2-project/poetry.lock'));
    expect(two.requirements).toEqual([{ name: 'httpx', version: '0.28.1', file: 'app/poetry.lock', hashes: 2 }]);
    expect(two.unsized).toEqual(['mylib (directory libs/mylib)']);
  });

  it('reads Pipfile.lock\'s default section', () => {
    const text = JSON.stringify({ _meta: {}, default: { requests: { hashes: ['sha256:a'], version: '==2.31.0' }, mylib: { path: '.' } }, develop: { pytest: { version: '==8.0.0' } } });
    const lock = readLockFile('Pipfile.lock', text);
    expect(lock.requirements).toEqual([{ name: 'requests', version: '2.31.0', file: 'Pipfile.lock', hashes: 1 }]);
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
