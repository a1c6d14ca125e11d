'use strict';
// Records what the built CLI says about every corpus file, so a refactor can be compared with the
// build before it: `node bench/corpus-snapshot.js OUT_DIR` (after `npm run build`), then
// `diff -r BEFORE AFTER`. It writes, per corpus file (../shared/corpus, dockerfiles and contexts):
// the findings JSON, `dflint layers --format json`, and the text `--fix` and `--unsafe-fixes` write.
// Everything runs in this process through the CLI's own `main(argv, io)`; fixes run on a copy.
// `--sample N` records every Nth file only (a quick check; compare with the same files of a full run).
const { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { PassThrough } = require('node:stream');
const { main } = require('../packages/cli/dist/main.js');
const { filesUnder } = require('./fuzz/corpus');

const { SHARED } = require('./shared-dir.js');
const CORPUS = path.join(SHARED, 'corpus');
const sampleAt = process.argv.indexOf('--sample');
const sample = sampleAt >= 0 ? Number(process.argv.splice(sampleAt, 2)[1]) : 1;
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node bench/corpus-snapshot.js OUT_DIR\n');
  process.exit(2);
}
if (!existsSync(CORPUS)) {
  process.stderr.write(`no corpus at ${CORPUS}\n`);
  process.exit(2);
}

const isDockerfile = (file) => /(^|[./_-])(Dockerfile|Containerfile|dockerfile)([._-]|$)/.test(path.basename(file));

async function cli(argv, cwd) {
  let stdout = '';
  let stderr = '';
  const io = {
    cwd,
    env: {},
    stdin: new PassThrough(),
    stdoutIsTTY: false,
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

function record(name, value) {
  const file = path.join(out, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, value);
}

(async () => {
  mkdirSync(out, { recursive: true });
  const dockerfiles = filesUnder(path.join(CORPUS, 'dockerfiles')).map((file) => path.relative(CORPUS, file));
  const contextFiles = filesUnder(path.join(CORPUS, 'contexts'))
    .map((file) => path.relative(CORPUS, file))
    .filter((file) => isDockerfile(file) && !file.includes('node_modules'));
  const all = [...dockerfiles, ...contextFiles].filter((_, index) => index % sample === 0);
  const started = Date.now();

  for (const file of all) {
    const lint = await cli(['--format', 'json', '--no-color', file], CORPUS);
    record(`lint/${file}.json`, `${lint.status}\n${lint.stderr}\n${lint.stdout}`);
    const layers = await cli(['layers', '--format', 'json', file], CORPUS);
    record(`layers/${file}.json`, `${layers.status}\n${layers.stderr}\n${layers.stdout}`);
  }

  for (const mode of ['fix', 'unsafe-fixes']) {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'dflint-snapshot-'));
    cpSync(CORPUS, copy, { recursive: true });
    for (const file of all) {
      const flags = mode === 'fix' ? ['--fix'] : ['--fix', '--unsafe-fixes'];
      const run = await cli([...flags, '--format', 'json', '--no-color', file], copy);
      record(`${mode}/${file}`, readFileSync(path.join(copy, file), 'utf8'));
      record(`${mode}/${file}.json`, `${run.status}\n${run.stderr}\n${run.stdout}`);
    }
    rmSync(copy, { recursive: true, force: true });
  }
  process.stdout.write(`${all.length} files recorded in ${out} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
})();
