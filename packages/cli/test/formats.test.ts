import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { githubProblems, SARIF_SCHEMA, sarifSchemaValidator } from '../../core/src/format/test-sarif-check';
import { announceSkip, runCli, SHARED, tempDir, type CliRun } from './run-cli';

const CORPUS = path.join(SHARED, 'corpus');
const validateSarif = sarifSchemaValidator();
const BLOATED = 'FROM debian:bookworm\nMAINTAINER me <me@example.com>\nRUN apt-get update\nRUN apt-get install -y curl\n';
const CLEAN = 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.12.1-r0\n';

function projectWith(text: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'svc'));
  writeFileSync(path.join(dir, 'svc/Dockerfile'), text);
  return dir;
}

function expectUsageError(run: CliRun, pattern: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stderr.split('\n')[0]).toMatch(pattern);
  expect(run.stderr).toMatch(/^dflint: .*\nRun 'dflint --help' for usage\.\n$/);
  expect(run.stdout).toBe('');
}

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } };
    invocations: Array<{ exitCode: number; executionSuccessful: boolean }>;
    results: Array<{ ruleId: string; partialFingerprints: { primaryLocationLineHash: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  }>;
}

(existsSync(CORPUS) && validateSarif ? describe : describe.skip)('SARIF for the whole corpus', () => {
  test('validates against the SARIF 2.1.0 schema, names only listed rules with a helpUri, meets GitHub requirements', () => {
    const run = runCli(['dockerfiles/**/*', '--format', 'sarif'], { cwd: CORPUS });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const log: SarifLog = JSON.parse(run.stdout);
    expect(validateSarif!(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun.results.length).toBeGreaterThan(1000);
    const helpUris = new Map(sarifRun.tool.driver.rules.map((rule) => [rule.id, rule.helpUri]));
    const unlisted = sarifRun.results.filter((r) => !helpUris.get(r.ruleId)).map((r) => r.ruleId);
    expect(unlisted).toEqual([]);
    expect(githubProblems(log as unknown as Parameters<typeof githubProblems>[0])).toEqual([]);
    expect(sarifRun.results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('dockerfiles/'))).toBe(true);
    expect(sarifRun.invocations).toEqual([{ executionSuccessful: true, exitCode: run.status }]);
  });
});

describe('--format', () => {
  const formats = ['stylish', 'tty', 'json', 'sarif', 'checkstyle', 'junit', 'gitlab', 'codeclimate', 'github', 'compact', 'gnu', 'codacy', 'sonarqube'];

  test.each(formats)('%s: prints its report and keeps the exit code (1 with findings, 0 clean)', (format) => {
    const bloated = runCli(['-', '--stdin-filename', 'svc/Dockerfile', '--format', format], { input: BLOATED });
    expect(bloated.stderr).toBe('');
    expect(bloated.status).toBe(1);
    expect(bloated.stdout).toMatch(/maintainer-deprecated/);
    if (format === 'checkstyle' || format === 'junit') expect(XMLValidator.validate(bloated.stdout)).toBe(true);
    if (['json', 'sarif', 'gitlab', 'sonarqube'].includes(format)) expect(() => JSON.parse(bloated.stdout)).not.toThrow();
    if (format === 'codacy') expect(bloated.stdout.trim().split('\n').map((line) => Object.keys(JSON.parse(line)))).toContainEqual(['filename', 'patternId', 'message', 'line']);
    if (format === 'gnu') expect(bloated.stdout).toMatch(/^dflint:svc\/Dockerfile:\d+:\d+: maintainer-deprecated warning: /m);
    if (format === 'tty') expect(bloated.stdout).toBe(runCli(['-', '--stdin-filename', 'svc/Dockerfile', '--format', 'stylish'], { input: BLOATED }).stdout);
    expect(runCli(['-', '--format', format], { input: CLEAN }).status).toBe(0);
  });

  test('json and sarif: a wasted figure nothing is known about is value null, never 0', () => {
    const input = 'FROM debian:bookworm\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n';
    const [file] = JSON.parse(runCli(['-', '--format', 'json'], { input }).stdout);
    const figures = file.findings.flatMap((finding: { wastedBytes?: unknown }) => (finding.wastedBytes ? [finding.wastedBytes] : []));
    expect(figures.length).toBeGreaterThan(0);
    // offline (no package index source): unknown, and why
    expect(figures).toEqual(figures.map(() => ({ value: null, estimate: 'unknown', reason: 'package index not fetched (offline)' })));
    const results = JSON.parse(runCli(['-', '--format', 'sarif'], { input }).stdout).runs[0].results;
    expect(results.map((result: { properties: { wastedBytes?: unknown } }) => result.properties.wastedBytes).filter(Boolean)).toEqual(figures);
  });

  test('compact and github lines name the file, position and rule', () => {
    const compact = runCli(['-', '--stdin-filename', 'svc/Dockerfile', '-f', 'compact'], { input: BLOATED }).stdout;
    expect(compact).toMatch(/^svc\/Dockerfile:2:1: warning: MAINTAINER is deprecated.* \[maintainer-deprecated\]$/m);
    const github = runCli(['-', '--stdin-filename', 'svc/Dockerfile', '-f', 'github'], { input: BLOATED }).stdout;
    expect(github).toMatch(/^::warning file=svc\/Dockerfile,line=2,col=1,endLine=2,endColumn=\d+,title=maintainer-deprecated::MAINTAINER/m);
  });

  test('SARIF from a run: repo-relative uri, the run exit code, validates', () => {
    const dir = projectWith(BLOATED);
    const run = runCli(['svc/Dockerfile', '--format', 'sarif'], { cwd: dir });
    const log: SarifLog = JSON.parse(run.stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('svc/Dockerfile');
    expect(log.runs[0].invocations[0].exitCode).toBe(1);
    if (validateSarif) expect(validateSarif(log)).toEqual([]);
  });
});

describe('-o and several --format/-o pairs', () => {
  test('--format stylish --format sarif -o FILE: stylish on stdout, SARIF in the file, same exit code', () => {
    const dir = projectWith(BLOATED);
    const run = runCli(['--format', 'stylish', '--format', 'sarif', '-o', 'out/dflint.sarif', 'svc/Dockerfile'], { cwd: dir });
    expect(run.status).toBe(runCli(['svc/Dockerfile'], { cwd: dir }).status);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^svc\/Dockerfile\n/);
    expect(run.stdout).toMatch(/✖ \d+ problems/);
    const log: SarifLog = JSON.parse(readFileSync(path.join(dir, 'out/dflint.sarif'), 'utf8'));
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  test('every format to its own file; the one without -o goes to stdout; stylish in a file has no colour', () => {
    const dir = projectWith(BLOATED);
    const args = ['-f', 'gitlab', '-o', 'gl.json', '--format=junit', '--output-file=reports/junit.xml', '-f', 'compact', '-f', 'stylish', '-o', 'lint.txt', '--color', 'svc/Dockerfile'];
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^svc\/Dockerfile:2:1: warning: /);
    expect(JSON.parse(readFileSync(path.join(dir, 'gl.json'), 'utf8'))[0]).toHaveProperty('fingerprint');
    expect(XMLValidator.validate(readFileSync(path.join(dir, 'reports/junit.xml'), 'utf8'))).toBe(true);
    const stylish = readFileSync(path.join(dir, 'lint.txt'), 'utf8');
    expect(stylish).toMatch(/maintainer-deprecated/);
    expect(stylish).not.toMatch(/\x1b\[/);
  });

  test('-o alone writes stylish; an -o before every --format takes the first one; stdout stays empty', () => {
    const dir = projectWith(BLOATED);
    const alone = runCli(['-o', 'report.txt', 'svc/Dockerfile'], { cwd: dir });
    expect(alone.stdout).toBe('');
    expect(alone.status).toBe(1);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toMatch(/✖ \d+ problems/);
    const before = runCli(['-o', 'report.json', '--format', 'json', 'svc/Dockerfile'], { cwd: dir });
    expect(before.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].file).toBe('svc/Dockerfile');
  });

  test('usage errors: two formats on stdout, two files for one format, one file twice, an unknown format', () => {
    expectUsageError(runCli(['-', '--format', 'json', '--format', 'sarif'], { input: CLEAN }), /^dflint: --format json and --format sarif would all print to stdout/);
    expectUsageError(runCli(['-', '--format', 'json', '-o', 'a', '-o', 'b'], { input: CLEAN }), /^dflint: -o b: --format json already writes to a/);
    expectUsageError(runCli(['-', '-f', 'json', '-o', 'a', '-f', 'sarif', '-o', 'a'], { input: CLEAN }), /^dflint: -o a is given twice/);
    expectUsageError(runCli(['-', '--format', 'xml'], { input: CLEAN }), /^dflint: Invalid values:.*format.*xml/);
  });

  test('a file that cannot be written: one line on stderr, exit 2, the other outputs still written', () => {
    const dir = projectWith(BLOATED);
    writeFileSync(path.join(dir, 'blocker'), '');
    const run = runCli(['-f', 'sarif', '-o', 'blocker/dflint.sarif', '-f', 'compact', 'svc/Dockerfile'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dflint: cannot write blocker\/dflint\.sarif: \S+\n$/);
    expect(run.stdout).toMatch(/maintainer-deprecated/);
  });

  test('--fix-dry-run prints a diff, so stdout cannot also carry a machine format; with -o it can', () => {
    expectUsageError(runCli(['-', '--fix-dry-run', '--format', 'sarif'], { input: BLOATED }), /--fix-dry-run prints a diff to stdout, which --format sarif cannot share/);
    const dir = projectWith(BLOATED);
    const run = runCli(['--fix-dry-run', '--format', 'sarif', '-o', 'out.sarif', 'svc/Dockerfile'], { cwd: dir });
    expect(run.stdout).toMatch(/^--- a\/svc\/Dockerfile/m);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs).toHaveLength(1);
  });

  test('--help explains the pairing rule', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toMatch(/--output-file/);
    expect(help).toMatch(/Each -o takes the --format just before it/);
    for (const format of ['sarif', 'checkstyle', 'junit', 'gitlab', 'codeclimate', 'github', 'compact']) expect(help).toContain(`"${format}"`);
  });
});

describe('fingerprints through the CLI', () => {
  test('an unrelated line inserted above leaves SARIF line hashes and GitLab fingerprints unchanged', () => {
    const report = (text: string) => {
      const dir = projectWith(text);
      runCli(['-f', 'sarif', '-o', 'out.sarif', '-f', 'gitlab', '-o', 'gl.json', 'svc/Dockerfile'], { cwd: dir });
      const sarif: SarifLog = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
      const gitlab: Array<{ fingerprint: string; location: { lines: { begin: number } } }> = JSON.parse(readFileSync(path.join(dir, 'gl.json'), 'utf8'));
      return {
        hashes: sarif.runs[0].results.map((r) => `${r.ruleId} ${r.partialFingerprints.primaryLocationLineHash}`),
        fingerprints: gitlab.map((issue) => issue.fingerprint),
        lines: gitlab.map((issue) => issue.location.lines.begin),
      };
    };
    const before = report(BLOATED);
    const after = report(BLOATED.replace('MAINTAINER', '# a comment\nLABEL team=a\nMAINTAINER'));
    expect(before.hashes.length).toBeGreaterThan(2);
    expect(after.lines).not.toEqual(before.lines);
    expect(after.hashes).toEqual(before.hashes);
    expect(after.fingerprints).toEqual(before.fingerprints);
  });
});

if (!existsSync(CORPUS) || !validateSarif) announceSkip(`corpus SARIF test: ${CORPUS} or ${SARIF_SCHEMA} is absent (set DFLINT_SHARED)`);

test('-o - names stdout explicitly', () => {
  const run = runCli(['-', '-f', 'compact', '-o', '-', '-f', 'json', '-o', path.join(tempDir(), 'r.json')], { input: BLOATED });
  expect(run.stdout).toMatch(/^-:2:1: warning: MAINTAINER/);
  expectUsageError(runCli(['-', '-f', 'compact', '-o', '-', '-f', 'json'], { input: CLEAN }), /would all print to stdout/);
});
