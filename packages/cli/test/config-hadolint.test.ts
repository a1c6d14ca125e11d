import * as path from 'node:path';
import { DOCKERFILE, lint, printConfig, project } from './config-project';

describe('.hadolint.yaml', () => {
  test('ignored, override and failure-threshold apply to the rules that alias the codes', () => {
    const dir = project({
      '.hadolint.yaml': 'ignored:\n  - DL4000\n  - DL3999\noverride:\n  error:\n    - DL3059\n  info: [SC2086]\nfailure-threshold: error\nno-color: true\n',
      'a/Dockerfile': DOCKERFILE,
      'b/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['.']);
    expect(run.files['a/Dockerfile']).toEqual(['consecutive-run: error']);
    expect(run.status).toBe(1);
    // one note for the file, not one per Dockerfile
    expect(run.stderr).toBe('dflint: note: .hadolint.yaml: no dflint rule covers DL3999; dflint skips it; dflint does not support the key no-color and ignores it\n');
  });

  test('failure-threshold none (and no-fail) never fail the run', () => {
    const dir = project({ '.hadolint.yml': 'failure-threshold: none\n', 'Dockerfile': DOCKERFILE });
    expect(lint(dir, ['Dockerfile']).status).toBe(0);
    const noFail = project({ '.hadolint.yaml': 'no-fail: true\n', 'Dockerfile': DOCKERFILE });
    expect(lint(noFail, ['Dockerfile']).status).toBe(0);
  });

  test('applies under a dflint config: the dflint config wins where both speak', () => {
    const dir = project({
      '.hadolint.yaml': 'ignored: [DL4000]\noverride:\n  error: [DL3059]\nfailure-threshold: error\n',
      'svc/.dflintrc.yaml': 'rules:\n  consecutive-run: style\n',
      'svc/Dockerfile': DOCKERFILE,
    });
    const run = lint(dir, ['svc/Dockerfile']);
    expect(run.files['svc/Dockerfile']).toEqual(['consecutive-run: style']);
    expect(run.status).toBe(0);
    expect(printConfig(dir, 'svc/Dockerfile')).toMatchObject({ configFile: path.join('svc', '.dflintrc.yaml'), hadolintFile: '.hadolint.yaml', failureThreshold: 'error' });
  });

  test('# hadolint ignore= comments switch off the rules that alias the codes', () => {
    const dir = project({ 'Dockerfile': 'FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER me\n' });
    expect(lint(dir, ['Dockerfile']).files['Dockerfile']).toEqual([]);
  });
});
