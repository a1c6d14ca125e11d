import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readAction, runLintStep as runActionStep } from './action-step';
import { REPO_ROOT, tempDir } from './run-cli';

const readYaml = <T>(file: string): T => parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as T;
const action = readAction(path.join(REPO_ROOT, 'action.yml'));

const BLOATED = 'FROM busybox:1.36\nRUN dd if=/dev/zero of=/tmp/blob bs=1024 count=64\nRUN rm /tmp/blob\n';

/** Runs the action's lint step as the runner would, the action checked out at the repository root. */
const runLintStep = (workspace: string, inputs: Record<string, string>) => runActionStep(action, REPO_ROOT, workspace, inputs);

describe('GitHub Action (action.yml)', () => {
  test('is a composite action that builds dflint from its own checkout', () => {
    expect(action.runs.using).toBe('composite');
    const build = action.runs.steps.find((step) => step.run?.includes('npm ci'));
    expect(build?.run).toMatch(/npm run build/);
    expect(existsSync(path.join(REPO_ROOT, 'packages/cli/bin/dflint.js'))).toBe(true);
  });

  test('writes SARIF with repo-relative paths and prints annotations; fails only at the threshold', () => {
    const workspace = tempDir();
    writeFileSync(path.join(workspace, 'Dockerfile'), BLOATED);

    const lenient = runLintStep(workspace, {});
    expect(lenient.stderr).toBe('');
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(/^::warning file=Dockerfile,line=3,col=5,.*title=delete-after-add/m);
    const sarif = JSON.parse(readFileSync(path.join(workspace, action.inputs.output.default!), 'utf8'));
    const results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] = sarif.runs[0].results;
    expect(results.map((result) => result.ruleId).sort()).toEqual(['consecutive-run', 'delete-after-add']);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('Dockerfile');

    const strict = runLintStep(workspace, { 'failure-threshold': 'warning', annotations: 'false', output: 'report.sarif' });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(workspace, 'report.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
  });

  test('files with spaces between them, globs left to dflint', () => {
    const workspace = tempDir();
    writeFileSync(path.join(workspace, 'Dockerfile'), BLOATED);
    writeFileSync(path.join(workspace, 'api.Dockerfile'), 'FROM busybox:1.36\n');
    const result = runLintStep(workspace, { files: 'Dockerfile *.Dockerfile', format: 'compact', output: 'report.txt', annotations: 'false' });
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(workspace, 'report.txt'), 'utf8')).toMatch(/^Dockerfile:3:5: warning: .*\[delete-after-add\]$/m);
  });
});

describe('example CI configs', () => {
  test('GitHub: the workflow uploads the report the action writes', () => {
    const workflow = readYaml<{ permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> }>(
      'examples/ci/github-code-scanning.yml',
    );
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const lint = steps.find((step) => step.uses?.includes('dflint'));
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(lint?.with?.format).toBe('sarif');
    expect(upload?.with?.sarif_file).toBe(lint?.with?.output);
    for (const input of Object.keys(lint?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  test('GitLab: the job writes the Code Quality report it publishes', () => {
    const config = readYaml<Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>>('examples/ci/gitlab-ci.yml');
    const job = config.dflint;
    const lint = job.script.find((line) => line.includes('dflint.js'))!;
    expect(lint).toContain(`--format gitlab -o ${job.artifacts.reports.codequality}`);
  });
});

describe('pre-commit hook definition', () => {
  const [hook] = readYaml<{ id: string; language: string; entry: string; files: string }[]>('.pre-commit-hooks.yaml');

  test('hook dflint, language node, run through the root package bin', () => {
    expect(hook).toMatchObject({ id: 'dflint', language: 'node', entry: 'dflint' });
    const root = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(root.bin)).toContain(hook.entry);
    const example = readYaml<{ repos: { hooks: { id: string }[] }[] }>('examples/pre-commit/.pre-commit-config.yaml');
    expect(example.repos[0].hooks.map((each) => each.id)).toEqual([hook.id]);
  });

  // its files/exclude patterns are checked against the directory search in dockerfile-names.test.ts
});
