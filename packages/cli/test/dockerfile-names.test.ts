import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { NOT_DOCKERFILE_EXTENSIONS } from '../src/dockerfile-names';
import { REPO_ROOT, runCli, tempDir } from './run-cli';

const WITH_FINDING = 'FROM alpine:3.20\nMAINTAINER me\n';

/** Each name, and whether a directory search (and the pre-commit hook) takes it for a Dockerfile. */
const NAMES: [string, boolean][] = [
  ['Dockerfile', true],
  ['dockerfile', true],
  ['Dockerfile.dev', true],
  ['Dockerfile-alpine', true],
  ['Dockerfile_arm64', true],
  ['api.Dockerfile', true],
  ['web.dockerfile', true],
  ['Containerfile', true],
  ['containerfile', true],
  ['Containerfile.fedora', true],
  ['Containerfile-ubi', true],
  ['Containerfile_x', true],
  ['base.Containerfile', true],
  ['Dockerfile.template', true],
  ['sub/Dockerfile-ci', true],
  ['Dockerfile.md', false],
  ['Dockerfile.txt', false],
  ['Dockerfile.orig', false],
  ['Dockerfile.bak', false],
  ['Dockerfile~', false],
  ['Dockerfile.dockerignore', false],
  ['dockerfile-names.ts', false],
  ['dockerfile_test.go', false],
  ['Dockerfile-lint.sh', false],
  ['Dockerfile.yml', false],
  ['README.md', false],
  ['MyDockerfile', false],
  ['Dockerfiles', false],
  ['docker-compose.yml', false],
  ['node_modules/pkg/Dockerfile', false],
];

describe('directory search', () => {
  test('finds Dockerfile-*, Dockerfile_*, *.Dockerfile, Containerfile* in any case, not docs, code or backups', () => {
    const dir = tempDir();
    for (const [name] of NAMES) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), WITH_FINDING);
    }
    const run = runCli(['.', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const found = JSON.parse(run.stdout).map((result: { file: string }) => result.file).sort();
    expect(found).toEqual(NAMES.filter(([, taken]) => taken).map(([name]) => name).sort());
  });

  test('a file named explicitly is linted whatever its name', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile.md'), WITH_FINDING);
    expect(runCli(['Dockerfile.md'], { cwd: dir }).stdout).toMatch(/^Dockerfile\.md\n.*maintainer-deprecated/);
  });

  test('--help lists the patterns', () => {
    expect(runCli(['--help']).stdout.replace(/\s+/g, ' ')).toMatch(/Dockerfile, Dockerfile\.\*, Dockerfile-\*, Dockerfile_\*, \*\.Dockerfile and the same for Containerfile, in any case/);
  });
});

describe('the pre-commit hook runs on the files a directory search finds', () => {
  const [hook] = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { files: string; exclude: string }[];
  // pre-commit matches with Python's re.search; a leading (?i) there is the i flag here
  const pythonRegex = (pattern: string) => new RegExp(pattern.replace(/^\(\?i\)/, ''), pattern.startsWith('(?i)') ? 'i' : '');

  test.each(NAMES.filter(([name]) => !name.startsWith('node_modules/')))('%s: %s', (name, taken) => {
    expect(pythonRegex(hook.files).test(name) && !pythonRegex(hook.exclude).test(name)).toBe(taken);
  });

  test('exclude lists exactly the extensions the search leaves out', () => {
    const listed = /\\\.\(([^)]*)\)/.exec(hook.exclude)?.[1].split('|');
    expect(listed).toEqual(NOT_DOCKERFILE_EXTENSIONS);
  });
});
