// Issue 17 item 5: ShellCheck inside RUN from the command line — its codes act like hadolint's
// (--disable SC2086, # hadolint ignore=SC2086, .hadolint.yaml ignored/override), a run of many files
// (batched ahead of the lint) finds what one file alone does, and a run without the binary prints one
// notice and changes nothing else.
import { mkdirSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { project } from './config-project';
import { runCli } from './run-cli';
import { withShellcheck } from '../../../test/shellcheck-tests';

const SCRIPT = 'FROM alpine:3.20\nRUN echo $name\nRUN cd /tmp; echo "$other"\n';
const ON = { DFLINT_SHELLCHECK: 'on' };

interface JsonFinding {
  rule: string;
  severity: string;
  line: number;
  column: number;
  aliases: string[];
}

function findings(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = ON): string[] {
  const run = runCli(['--rule', 'shellcheck', '--format', 'json', ...args], { cwd: dir, env });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { file: string; findings: JsonFinding[] }[]).flatMap((result) =>
    result.findings.map((f) => `${result.file}:${f.line}:${f.column}:${f.severity}:${f.aliases.join('+')}`),
  );
}

const ALL = [
  'Dockerfile:2:10:warning:SC2154',
  'Dockerfile:2:10:info:SC2086',
  'Dockerfile:3:5:warning:SC2164',
  'Dockerfile:3:20:warning:SC2154',
];

const shellcheckHere = withShellcheck();
const describeWithShellcheck = shellcheckHere ? describe : describe.skip;

describeWithShellcheck('SC codes act on their own findings', () => {
  test('each finding carries its code; --disable SC2086 (any case) drops those only', () => {
    const dir = project({ Dockerfile: SCRIPT });
    expect(findings(dir, ['Dockerfile'])).toEqual(ALL);
    expect(findings(dir, ['Dockerfile', '--disable', 'sc2086'])).toEqual(ALL.filter((f) => !f.endsWith('SC2086')));
  });

  test('# hadolint ignore=SC2154 above a RUN, and a config rules: {SC2164: error}', () => {
    const ignored = project({ Dockerfile: SCRIPT.replace('RUN echo $name', '# hadolint ignore=SC2154\nRUN echo $name'), '.dflintrc.yaml': 'rules:\n  SC2164: error\n' });
    expect(findings(ignored, ['Dockerfile'])).toEqual(['Dockerfile:3:10:info:SC2086', 'Dockerfile:4:5:error:SC2164', 'Dockerfile:4:20:warning:SC2154']);
     const printed = JSON.parse(runCli(['--print-config', 'Dockerfile'], { cwd: ignored }).stdout) as { rules: Record<string, string> };
    expect(printed.rules).toMatchObject({ shellcheck: 'warning', SC2164: 'error' });
  });

  test('.hadolint.yaml ignored: [SC2086] and override: {error: [SC2154]}', () => {
    const dir = project({ Dockerfile: SCRIPT, '.hadolint.yaml': 'ignored: [SC2086]\noverride:\n  error: [SC2154]\n' });
    expect(findings(dir, ['Dockerfile'])).toEqual(['Dockerfile:2:10:error:SC2154', 'Dockerfile:3:5:warning:SC2164', 'Dockerfile:3:20:error:SC2154']);
  });

  test('many files at once (batched ahead of the lint) find what each file alone does', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`d${i}/Dockerfile`] = i % 2 ? SCRIPT : `FROM debian:12\nRUN for f in $(ls /etc); do echo "$f"; done\nRUN echo $v${i}\n`;
    const dir = project(files);
    const together = findings(dir, Object.keys(files));
    const alone = Object.keys(files).flatMap((file) => findings(dir, [file]));
    expect(together).toEqual(alone);
    expect(together.length).toBeGreaterThan(6);
  });
});

describe('without ShellCheck', () => {
  const dir = project({ Dockerfile: SCRIPT, 'b/Dockerfile': SCRIPT });
  // a PATH with node only: no shellcheck on it
  const bin = path.join(dir, 'bin-node-only');
  mkdirSync(bin);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  const noShellcheck = { DFLINT_SHELLCHECK: undefined, PATH: bin };

  test('one notice on stderr per run, and the same report and exit code as with the rule off', () => {
    const run = runCli(['Dockerfile', 'b/Dockerfile', '--format', 'json'], { cwd: dir, env: noShellcheck });
    const off = runCli(['Dockerfile', 'b/Dockerfile', '--format', 'json', '--disable', 'shellcheck'], { cwd: dir, env: noShellcheck });
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'dflint: note: ShellCheck did not run (no `shellcheck` on PATH), so the shellcheck rule found nothing; install ShellCheck (e.g. `apt-get install shellcheck`), or set DFLINT_SHELLCHECK=0 to go without it quietly',
    ]);
    expect(off.stderr).toBe('');
    expect(run.stdout).toBe(off.stdout);
    expect(run.status).toBe(off.status);
  });

  test('DFLINT_SHELLCHECK=0 switches it off quietly; a binary it names that is not one is said once', () => {
    expect(runCli(['Dockerfile'], { cwd: dir, env: { DFLINT_SHELLCHECK: '0' } }).stderr).toBe('');
    const wrong = runCli(['Dockerfile', 'b/Dockerfile'], { cwd: dir, env: { DFLINT_SHELLCHECK: '/no/such/shellcheck' } });
    expect(wrong.stderr.match(/DFLINT_SHELLCHECK=\/no\/such\/shellcheck is not an executable file/g)).toHaveLength(1);
  });
});
