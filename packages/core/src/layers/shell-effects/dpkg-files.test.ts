import { compiledPythonBytes, PYC_SHARE_OF_PYTHON_PACKAGES } from './dpkg-files';

describe('compiledPythonBytes (the .pyc Debian compiles at install)', () => {
  test('Python module packages get the measured share of their Installed-Size; others nothing', () => {
    for (const name of ['python3-pip', 'libpython3.11-stdlib', 'libpython3.11-minimal', 'python3.11', 'python3.11-minimal']) {
      expect(compiledPythonBytes({ name, installedSize: 1_000_000 })).toBe(Math.round(1_000_000 * PYC_SHARE_OF_PYTHON_PACKAGES));
    }
    for (const name of ['python3', 'libpython3.11', 'curl', 'libpython3.11-dev', 'node-python3-shim']) {
      expect(compiledPythonBytes({ name, installedSize: 1_000_000 })).toBe(0);
    }
  });
});
