import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatReport, type OutputFormat } from './formats';
import { goldenReport } from './golden/golden-test-fixtures';
import type { FormatOptions } from './types';

// `UPDATE_GOLDEN=1 npx jest packages/core/src/format/golden.test.ts` rewrites the expected files;
// review the diff before committing it.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXPECTED = path.join(__dirname, 'golden/expected');

const GOLDEN_FILES: Array<[OutputFormat, string]> = [
  ['sarif', 'dflint.sarif'],
  ['checkstyle', 'checkstyle.xml'],
  ['junit', 'junit.xml'],
  ['gitlab', 'gitlab-code-quality.json'],
  ['codeclimate', 'codeclimate.txt'],
  ['github', 'github.txt'],
  ['compact', 'compact.txt'],
  ['gnu', 'gnu.txt'],
  ['codacy', 'codacy.txt'],
  ['sonarqube', 'sonarqube.json'],
];

// stylish as a pipe gets it (one line per finding) and as 80- and 40-column terminals get it
const STYLISH_FILES: Array<[FormatOptions, string]> = [
  [{ color: false }, 'stylish.txt'],
  [{ color: false, width: 80 }, 'stylish-80.txt'],
  [{ color: false, width: 40 }, 'stylish-40.txt'],
];

describe('format goldens (a fixed three-file run)', () => {
  test.each(GOLDEN_FILES)('%s matches golden/expected/%s', (format, file) => {
    expectGolden(formatReport(format, goldenReport(), { color: false }), file);
  });

  test.each(STYLISH_FILES)('stylish %j matches golden/expected/%s', (options, file) => {
    expectGolden(formatReport('stylish', goldenReport(), options), file);
  });
});

function expectGolden(actual: string, file: string): void {
  const expectedPath = path.join(EXPECTED, file);
  if (UPDATE) {
    mkdirSync(EXPECTED, { recursive: true });
    writeFileSync(expectedPath, actual);
  }
  if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run with UPDATE_GOLDEN=1 to write it`);
  expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
}
