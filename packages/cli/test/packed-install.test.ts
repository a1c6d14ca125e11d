import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { parse } from 'yaml';
import { buildPackages, type BuiltPackages } from '../../../scripts/package';
import { V8_FLAGS } from '../src/main';
import { readAction, runLintStep } from './action-step';
import { REPO_ROOT, tempDir } from './run-cli';

// issue 18 item 4: `npm run package` gives tarballs that install with no network (they have no
// dependencies) and run alone, outside the checkout; and the release tree pre-commit and the
// GitHub Action use. Needs the tsc build (npm test builds first); bundling takes a while.
const BUILD_TIMEOUT_MS = 240_000;
const MAX_INSTALLED_BYTES = 5 * 1000 * 1000;

const BLOATED = 'FROM busybox:1.36\nRUN dd if=/dev/zero of=/tmp/blob bs=1024 count=64\nRUN rm /tmp/blob\n';
const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };

/** Files and symlinks under `dir`, in bytes (what the install put on disk). */
function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? bytesUnder(full) : lstatSync(full).size);
  }, 0);
}

/** `npm install -g` of the tarball into a fresh prefix, offline and with an empty npm cache: nothing can be fetched. */
function installOffline(tarball: string, work: string): { prefix: string; result: SpawnSyncReturns<string> } {
  const prefix = tempDir();
  const result = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--cache', path.join(work, 'npm-cache'), '--no-audit', '--no-fund', tarball], {
    encoding: 'utf8',
    cwd: work,
  });
  return { prefix, result };
}

/** The installed bin, run as a user would (node found on PATH by its #! line), from a folder outside the checkout. */
function runInstalled(prefix: string, bin: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const PATH = [path.join(prefix, 'bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter);
  // a cache folder of the test's own: the CLI keeps the bundle's code cache there
  const env = { ...process.env, PATH, NO_COLOR: '1', XDG_CACHE_HOME: path.join(prefix, 'cache'), ...extraEnv };
  return spawnSync(path.join(prefix, 'bin', bin), args, { cwd, encoding: 'utf8', env });
}

describe('the packed packages (npm run package)', () => {
  let work: string;
  let built: BuiltPackages;
  let project: string;

  beforeAll(async () => {
    work = tempDir();
    built = await buildPackages(path.join(work, 'build'));
    project = tempDir();
    writeFileSync(path.join(project, 'Dockerfile'), BLOATED);
  }, BUILD_TIMEOUT_MS);

  test.each([
    ['dflint', () => built.cli, () => built.folders.cli, ['bin/dflint.js', 'dist/dflint.js', 'dist/v8-flags.js', 'dist/lint-worker.js', 'schema/dflint.schema.json', 'locales/en.json']],
    ['@dflint/language-server', () => built.server, () => built.folders.server, ['bin/dflint-language-server.js', 'dist/dflint-language-server.js', 'dist/analysis-worker.js']],
  ] as const)('%s: the bundle, the wasm files it loads, README and LICENSE; no sources, maps, tests or dependencies', (name, packed, folder, own) => {
    const { files } = packed();
    expect(files).toEqual(expect.arrayContaining([...own, 'dist/tree-sitter-bash.wasm', 'dist/web-tree-sitter.wasm', 'dist/lz4_wasm_nodejs_bg.wasm', 'README.md', 'LICENSE', 'package.json']));
    expect(files.filter((file) => /\.(ts|map)$|(^|\/)(test|tests|__tests__)\/|\.test\.|\.tsbuildinfo$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.wasm')).length).toBe(3);
    const manifest = JSON.parse(readFileSync(path.join(folder(), 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name, version, license: 'MIT', engines: { node: '>=20' } });
    for (const absent of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'scripts']) expect(manifest).not.toHaveProperty(absent);
  });

  test('every wasm file the bundles name is beside them', () => {
    for (const folder of [built.folders.cli, built.folders.server]) {
      const dist = path.join(folder, 'dist');
      const named = readdirSync(dist)
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) => [...readFileSync(path.join(dist, file), 'utf8').matchAll(/["']([\w.-]+\.wasm)["']/g)].map((match) => match[1]));
      expect(new Set(named)).toEqual(new Set(readdirSync(dist).filter((file) => file.endsWith('.wasm'))));
    }
  });

  test(`the CLI installs offline into an empty prefix, at most ${MAX_INSTALLED_BYTES / 1e6} MB, and lints a Dockerfile`, () => {
    const { prefix, result } = installOffline(built.cli.tarball, work);
    expect(result.stderr).not.toMatch(/npm (warn|error)/i);
    expect(result.status).toBe(0);
    const installed = bytesUnder(path.join(prefix, 'lib/node_modules/dflint'));
    console.log(`dflint installed: ${(installed / 1e6).toFixed(2)} MB (tarball ${(built.cli.size / 1e6).toFixed(2)} MB)`);
    expect(installed).toBeLessThanOrEqual(MAX_INSTALLED_BYTES);
    expect(readdirSync(path.join(prefix, 'lib/node_modules'))).toEqual(['dflint']);

    const lint = runInstalled(prefix, 'dflint', ['Dockerfile'], project);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toMatch(/^\s+3:5\s+warning\s+\/tmp\/blob \(64\.0 KiB\) added at line 2 is deleted at line 3.*delete-after-add$/m);
    expect(lint.status).toBe(1);
    const versionRun = runInstalled(prefix, 'dflint', ['--version'], project);
    expect([versionRun.status, versionRun.stdout]).toEqual([0, `${version}\n`]);
    const help = runInstalled(prefix, 'dflint', ['--help'], project);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('dflint layers [Dockerfile...|-]');
    expect(help.stdout).toContain('--failure-threshold');

    // the runs above left the bundle's code cache, and a run that uses it says the same
    const cached = readdirSync(path.join(prefix, 'cache/dflint/code-cache'));
    expect(cached).toHaveLength(1);
    const again = runInstalled(prefix, 'dflint', ['Dockerfile'], project);
    expect([again.status, again.stdout, again.stderr]).toEqual([lint.status, lint.stdout, lint.stderr]);
    expect(readdirSync(path.join(prefix, 'cache/dflint/code-cache'))).toEqual(cached);
  });

  test('the installed CLI lints on worker threads from its own bundle, with the output of one thread', () => {
    const { prefix, result } = installOffline(built.cli.tarball, work);
    expect(result.status).toBe(0);
    const files = ['a', 'b', 'c'].map((name) => {
      writeFileSync(path.join(project, `${name}.Dockerfile`), BLOATED);
      return `${name}.Dockerfile`;
    });
    const lint = (jobs: string, env: NodeJS.ProcessEnv) => runInstalled(prefix, 'dflint', ['--jobs', jobs, '--format', 'json', ...files], project, env);
    const threaded = lint('2', { DFLINT_WORKER_MIN_FILES: '1', DFLINT_DEBUG: '1', DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0' });
    expect(threaded.stderr).toContain('linting 3 files on 2 threads (this one and 1 worker)');
    // the threaded run, the first, wrote the code cache under the bin's V8 flags (the workers run
    // under the same): the next threaded run accepts it rather than writing it again
    const cacheDir = path.join(prefix, 'cache/dflint/code-cache');
    const cacheWritten = () => readdirSync(cacheDir).map((name) => `${name} ${statSync(path.join(cacheDir, name)).mtimeMs}`);
    const cacheParts = () => readFileSync(path.join(cacheDir, readdirSync(cacheDir)[0]), 'latin1').split('\n')[0];
    const afterThreaded = cacheWritten();
    // the workers parsed the scripts: the main thread's code holds no shell parser
    expect(cacheParts()).toBe('parts lint');
    const threadedAgain = lint('2', { DFLINT_WORKER_MIN_FILES: '1', DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0' });
    expect(cacheWritten()).toEqual(afterThreaded);
    const single = lint('1', { DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0' });
    // one thread parses the scripts itself: the cache is written again with that code added
    expect(cacheParts()).toBe('parts lint,shell-parser');
    expect([threaded.status, threaded.stdout]).toEqual([single.status, single.stdout]);
    expect([threadedAgain.status, threadedAgain.stdout]).toEqual([single.status, single.stdout]);
    expect(JSON.parse(single.stdout)).toHaveLength(3);
  });

  test("the packaged bin sets the V8 flags the CLI's run() sets before it loads the bundle (a code cache is valid only under them)", () => {
    const shim = readFileSync(path.join(built.folders.cli, 'bin/dflint.js'), 'utf8');
    expect(shim).toContain("require('../dist/v8-flags.js')");
    expect(shim).toMatch(/v8Flags: V8_FLAGS\b/);
    const packaged = spawnSync(process.execPath, ['-p', `JSON.stringify(require(${JSON.stringify(path.join(built.folders.cli, 'dist/v8-flags.js'))}).V8_FLAGS)`], { encoding: 'utf8' });
    expect(JSON.parse(packaged.stdout)).toEqual([...V8_FLAGS]);
  });

  // start-up: node:crypto and node:fs/promises each cost a small lint ~1.5-3.5 ms of CPU to load
  test('a lint of a small file with a RUN and a COPY, its ShellCheck comments on disk, loads neither node:crypto nor node:fs/promises', () => {
    const bin = tempDir();
    writeFileSync(path.join(bin, 'shellcheck'), '#!/bin/sh\necho \'{"comments":[]}\'\nexit 0\n', { mode: 0o755 });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20\nCOPY app.sh /app/\nRUN sh /app/app.sh && echo $HOME\n');
    writeFileSync(path.join(dir, 'app.sh'), 'echo hi\n');
    const loadedList = path.join(dir, 'loaded.json');
    const probe = path.join(dir, 'probe.js');
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loadedList)}, JSON.stringify(process.moduleLoadList)));\n`);
    const env = { ...process.env, PATH: [bin, process.env.PATH].join(path.delimiter), XDG_CACHE_HOME: path.join(dir, 'cache'), DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: 'on' };
    const lint = () => spawnSync(process.execPath, ['-r', probe, path.join(built.folders.cli, 'bin/dflint.js'), 'Dockerfile'], { cwd: dir, encoding: 'utf8', env });
    const first = lint();
    expect([first.status, first.stderr]).toEqual([0, '']);
    const shellcheckCache = path.join(dir, 'cache/dflint/shellcheck');
    expect(readdirSync(shellcheckCache).flatMap((folder) => readdirSync(path.join(shellcheckCache, folder)))).toHaveLength(1);
    const second = lint();
    expect([second.status, second.stdout]).toEqual([first.status, first.stdout]);
    const loaded = JSON.parse(readFileSync(loadedList, 'utf8')) as string[];
    expect(loaded).toContain('NativeModule fs');
    expect(loaded.filter((name) => /^NativeModule (crypto|fs\/promises|child_process)$/.test(name))).toEqual([]);
  });

  test('the language server installs offline and publishes diagnostics over stdio', async () => {
    const { prefix, result } = installOffline(built.server.tarball, work);
    expect(result.status).toBe(0);
    const PATH = [path.join(prefix, 'bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter);
    const child = spawn(path.join(prefix, 'bin/dflint-language-server'), ['--stdio'], { cwd: project, env: { ...process.env, PATH } });
    const stderr: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = `file://${path.join(project, 'Dockerfile')}`;
    const published = new Promise<{ diagnostics: { code?: string; range: { start: { line: number; character: number } } }[] }>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: [] }) => {
        if (params.uri === uri) resolve(params);
      }),
    );
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: BLOATED } });
      const { diagnostics } = await published;
      expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'delete-after-add', range: expect.objectContaining({ start: { line: 2, character: 4 } }) }));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
    expect(stderr.join('')).toBe('');
  });

  test('the release tree: hook definitions as at the root; its action runs the bundled CLI with no install step', () => {
    const rootHooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(parse(readFileSync(path.join(built.release, '.pre-commit-hooks.yaml'), 'utf8'))).toEqual(rootHooks);
    expect(readFileSync(path.join(built.release, 'package.json'), 'utf8')).toBe(readFileSync(path.join(built.folders.cli, 'package.json'), 'utf8'));

    const action = readAction(path.join(built.release, 'action.yml'));
    const rootAction = readAction(path.join(REPO_ROOT, 'action.yml'));
    expect(action.inputs).toEqual(rootAction.inputs);
    expect(action.outputs).toEqual(rootAction.outputs);
    expect(action.runs.steps.map((step) => step.run ?? '').filter((run) => /\bnpm\b/.test(run))).toEqual([]);
    const workspace = tempDir();
    writeFileSync(path.join(workspace, 'Dockerfile'), BLOATED);
    const lint = runLintStep(action, built.release, workspace, {});
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(lint.stdout).toMatch(/^::warning file=Dockerfile,line=3,col=5,.*title=delete-after-add/m);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'dflint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId).sort()).toEqual(['consecutive-run', 'delete-after-add']);
  });
});
