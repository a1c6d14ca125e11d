// Issue 14 item 8: merges that gain nothing but a layer do not fail CI by default; the
// dflint:strict preset (or the rule's option) reports them.
import { lint, printConfig, project } from './config-project';
import { runCli } from './run-cli';

/** two RUNs whose merge saves a layer only, and two ENVs (as in the official python image) */
const NO_GAIN = 'FROM debian:12\nENV LANG=C.UTF-8\nENV PATH=/usr/local/bin:$PATH\nRUN useradd app\nRUN mkdir /data\n';
const STRICT_FINDINGS = ['metadata-merge: info', 'consecutive-run: warning'];

describe('the default profile', () => {
  test('RUNs and ENVs whose merge gains nothing do not fail CI: exit 0 (two one-command RUNs show at style, as DL3059)', () => {
    const run = lint(project({ Dockerfile: NO_GAIN }), ['Dockerfile']);
    expect(run.files.Dockerfile).toEqual(['consecutive-run: style']);
    expect(run.status).toBe(0);
  });

  test('a merge that saves bytes or a stale package index is still reported', () => {
    const text = 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n';
    expect(lint(project({ Dockerfile: text }), ['Dockerfile']).files.Dockerfile).toContain('consecutive-run: warning');
  });
});

describe('extends: dflint:strict', () => {
  test('reports them too, at the severity --print-config gives', () => {
    const dir = project({ Dockerfile: NO_GAIN, '.dflintrc.yaml': 'extends: dflint:strict\n' });
    const run = lint(dir, ['Dockerfile']);
    expect(run.files.Dockerfile).toEqual(STRICT_FINDINGS);
    expect(run.status).toBe(1);
    expect(printConfig(dir, 'Dockerfile').rules).toMatchObject({
      'consecutive-run': ['warning', { reportWithoutGain: true }],
      'metadata-merge': ['info', { reportWithoutGain: true }],
    });
  });

  test("the file's own rules apply over the preset", () => {
    const dir = project({ Dockerfile: NO_GAIN, '.dflintrc.json': '{"extends": "dflint:strict", "rules": {"metadata-merge": "off"}}' });
    expect(lint(dir, ['Dockerfile']).files.Dockerfile).toEqual(['consecutive-run: warning']);
  });

  test("the rule's own option does the same for one rule", () => {
    const dir = project({ Dockerfile: NO_GAIN, '.dflintrc.yaml': 'rules:\n  consecutive-run: [warning, {reportWithoutGain: true}]\n' });
    expect(lint(dir, ['Dockerfile']).files.Dockerfile).toEqual(['consecutive-run: warning']);
  });

  test('an unknown preset is a config error: one line, exit 2', () => {
    const run = runCli(['Dockerfile'], { cwd: project({ Dockerfile: NO_GAIN, '.dflintrc.yaml': 'extends: dflint:lax\n' }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dflint: .*\.dflintrc\.yaml.*extends.*dflint:strict.*\n$/);
  });
});
