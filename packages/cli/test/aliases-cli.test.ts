// Issue 14 item 9: package-cache covers seven hadolint codes; a code given to --disable, a config,
// a # hadolint ignore= comment or a .hadolint.yaml acts on that code's findings only.
import { project } from './config-project';
import { runCli } from './run-cli';

/** package-cache findings for apt (DL3009), pip (DL3042), npm (no code) and apk (DL3019) */
const CACHES = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN pip install flask\nRUN npm install -g yarn\nRUN apk add curl\n';

interface JsonFinding {
  rule: string;
  severity: string;
  line: number;
  aliases: string[];
}

/** `line:severity:codes` of each package-cache finding, linting with --format json. */
function cacheFindings(dir: string, args: string[] = []): string[] {
  const run = runCli(['Dockerfile', '--rule', 'package-cache', '--format', 'json', ...args], { cwd: dir });
  expect(run.stderr).toBe('');
  const [result] = JSON.parse(run.stdout) as { findings: JsonFinding[] }[];
  return result.findings.map((f) => `${f.line}:${f.severity}:${f.aliases.join('+') || '-'}`);
}

const ALL = ['2:warning:DL3009', '3:warning:DL3042', '4:warning:-', '5:warning:DL3019'];
const WITHOUT_PIP = ['2:warning:DL3009', '4:warning:-', '5:warning:DL3019'];

describe('a hadolint code acts on its own findings only', () => {
  test('each finding carries its codes in the JSON output', () => {
    expect(cacheFindings(project({ Dockerfile: CACHES }))).toEqual(ALL);
  });

  test('--disable DL3042, in any case, drops the pip finding only', () => {
    const dir = project({ Dockerfile: CACHES });
    expect(cacheFindings(dir, ['--disable', 'DL3042'])).toEqual(WITHOUT_PIP);
    expect(cacheFindings(dir, ['--disable', 'dl3042'])).toEqual(WITHOUT_PIP);
  });

  test('config rules: {DL3042: off} and {DL3009: error}', () => {
    expect(cacheFindings(project({ Dockerfile: CACHES, '.dflintrc.yaml': 'rules:\n  DL3042: off\n' }))).toEqual(WITHOUT_PIP);
    const raised = project({ Dockerfile: CACHES, '.dflintrc.json': '{"rules": {"DL3009": "error"}}' });
    expect(cacheFindings(raised)).toEqual(['2:error:DL3009', '3:warning:DL3042', '4:warning:-', '5:warning:DL3019']);
    const printed = JSON.parse(runCli(['--print-config', 'Dockerfile'], { cwd: raised }).stdout) as { rules: Record<string, string> };
    expect(printed.rules).toMatchObject({ 'package-cache': 'warning', DL3009: 'error' });
  });

  test('.hadolint.yaml ignored and override', () => {
    expect(cacheFindings(project({ Dockerfile: CACHES, '.hadolint.yaml': 'ignored: [DL3042]\n' }))).toEqual(WITHOUT_PIP);
    const overridden = project({ Dockerfile: CACHES, '.hadolint.yaml': 'override:\n  error: [DL3042]\n  info: [DL3019]\n' });
    expect(cacheFindings(overridden)).toEqual(['2:warning:DL3009', '3:error:DL3042', '4:warning:-', '5:info:DL3019']);
  });

  test('# hadolint ignore=DL3042 above a RUN with apt and pip keeps the apt finding', () => {
    const text = 'FROM debian:12\n# hadolint ignore=DL3042\nRUN apt-get update && apt-get install -y curl && pip install flask\n';
    expect(cacheFindings(project({ Dockerfile: text }))).toEqual(['3:warning:DL3009']);
  });

  test('SARIF results carry the codes in properties.aliases', () => {
    const run = runCli(['Dockerfile', '--rule', 'package-cache', '--format', 'sarif'], { cwd: project({ Dockerfile: CACHES }) });
    const sarif = JSON.parse(run.stdout) as { runs: { results: { properties: { aliases: string[] } }[] }[] };
    expect(sarif.runs[0].results.map((result) => result.properties.aliases)).toEqual([['DL3009'], ['DL3042'], [], ['DL3019']]);
  });
});
