import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeReleaseTree } from '../../../scripts/release-tree';
import { REPO_ROOT, tempDir } from './run-cli';

// pre-commit installs the hook with `npm install` + `npm pack` + `npm install -g` for each try-repo:
// seconds for the release tree (one bundled package, no dependency), minutes for the monorepo.
const INSTALL_TIMEOUT_MS = 120_000;
/** bundling the CLI into the release tree (needs the tsc build, which npm test runs first) */
const BUILD_TIMEOUT_MS = 180_000;

const BLOATED = 'FROM busybox:1.36\nRUN dd if=/dev/zero of=/tmp/blob bs=1024 count=64\nRUN rm /tmp/blob\n';
const CLEAN = 'FROM busybox:1.36\nRUN dd if=/dev/zero of=/tmp/blob bs=1024 count=64 && rm /tmp/blob\n';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function missingTools(): string[] {
  return ['pre-commit', 'git'].filter((tool) => run(tool, ['--version'], REPO_ROOT).status !== 0);
}

function git(cwd: string, ...args: string[]): void {
  const result = run('git', ['-c', 'user.name=dflint test', '-c', 'user.email=test@dflint.invalid', ...args], cwd);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

/**
 * The dflint hook with `args: [--disable, DL3059]`. try-repo takes no args, so they go in the
 * hook repository's definitions: pre-commit runs entry + args + the file names either way. Each
 * try-repo installs the hook repository afresh, so one run tries both hooks.
 */
const WITH_ARGS_HOOK = `
- id: dflint-disable-dl3059
  name: dflint --disable DL3059
  entry: dflint
  language: node
  types: [file]
  args: [--disable, DL3059]
`;

/**
 * The hook repository users point at: the release tree (`npm run release-tree`) of this working
 * tree as it stands, plus WITH_ARGS_HOOK, committed (try-repo reads a repository's commits).
 */
async function releaseHookRepo(into: string): Promise<void> {
  await writeReleaseTree(into);
  appendFileSync(path.join(into, '.pre-commit-hooks.yaml'), WITH_ARGS_HOOK);
  git(into, 'init', '-q');
  git(into, 'add', '-A');
  git(into, 'commit', '-q', '-m', 'release tree');
}

/** Runs every hook of the repository; pre-commit's own cache goes in the test's folder, not ~/.cache. */
function tryRepo(hookRepo: string, project: string, cache: string): SpawnSyncReturns<string> {
  return run('pre-commit', ['try-repo', hookRepo, '--files', 'Dockerfile'], project, { PRE_COMMIT_HOME: cache });
}

/** Each hook's part of the output (its `name....Passed|Failed` line and what follows), by hook name. */
function byHook(output: string): Map<string, string> {
  const statusLines = [...output.matchAll(/^(\S.*?)\.{3,}(?:Passed|Failed)$/gm)];
  return new Map(statusLines.map((line, i) => [line[1], output.slice(line.index, statusLines[i + 1]?.index ?? output.length)]));
}

const missing = missingTools();
if (missing.length > 0) {
  console.warn(`pre-commit hook test skipped: ${missing.join(' and ')} not found on PATH (install the Debian package pre-commit)`);
}

(missing.length > 0 ? describe.skip : describe)('pre-commit hook', () => {
  let work: string;
  let hookRepo: string;
  let project: string;

  beforeAll(async () => {
    work = tempDir();
    hookRepo = path.join(work, 'dflint');
    project = path.join(work, 'project');
    mkdirSync(project);
    await releaseHookRepo(hookRepo);
    git(project, 'init', '-q');
  }, BUILD_TIMEOUT_MS);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Stages `text` as the project's Dockerfile and runs the hooks on it; logs what pre-commit said. */
  function hooksOn(label: string, text: string): { status: number | null; hooks: Map<string, string> } {
    writeFileSync(path.join(project, 'Dockerfile'), text);
    git(project, 'add', 'Dockerfile');
    const result = tryRepo(hookRepo, project, path.join(work, 'pre-commit-cache'));
    const output = result.stdout + result.stderr;
    console.log(`pre-commit try-repo (${label}), exit ${result.status}:\n${output}`);
    return { status: result.status, hooks: byHook(output) };
  }

  test(
    'fails on a bloated Dockerfile with dflint findings; with args: [--disable, DL3059] that rule is off and the appended file is still linted',
    () => {
      const { status, hooks } = hooksOn('bloated', BLOATED);
      expect(status).toBe(1);
      const plain = hooks.get('dflint') ?? '';
      expect(plain).toMatch(/^dflint\.+Failed/);
      expect(plain).toMatch(/3:\d+\s+warning\s+\/tmp\/blob \(64\.0 KiB\) added at line 2 is deleted at line 3.*delete-after-add/);
      expect(plain).toContain('consecutive-run');
      const withArgs = hooks.get('dflint --disable DL3059') ?? '';
      expect(withArgs).toMatch(/^dflint --disable DL3059\.+Failed/);
      expect(withArgs).not.toContain('unknown rule');
      expect(withArgs).toMatch(/^Dockerfile\n\s+3:\d+\s+warning\s+\/tmp\/blob .*delete-after-add$/m);
      expect(withArgs).not.toContain('consecutive-run');
    },
    INSTALL_TIMEOUT_MS,
  );

  test(
    'passes on a clean Dockerfile',
    () => {
      const { status, hooks } = hooksOn('clean', CLEAN);
      expect(hooks.get('dflint')).toMatch(/^dflint\.+Passed/);
      expect(hooks.get('dflint --disable DL3059')).toMatch(/^dflint --disable DL3059\.+Passed/);
      expect(status).toBe(0);
    },
    INSTALL_TIMEOUT_MS,
  );
});
