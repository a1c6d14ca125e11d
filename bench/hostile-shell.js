'use strict';
// Time and peak RSS of the built CLI on hostile RUN/ENV shapes (issue 13 items 5 and 8), one
// fresh process per file: `node bench/hostile-shell.js` after `npm run build`. Prints figures,
// never fails: a file that takes memory quadratic in its size shows as RSS growing 4× per 2×.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const BIN = path.resolve(__dirname, '../packages/cli/bin/dflint.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'dflint-hostile-'));
const reportRss = path.join(dir, 'report-rss.js');
writeFileSync(reportRss, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");

const shapes = {
  'pipeline | y "$a"': (n) => `FROM alpine\nRUN mkdir /a && chmod 755 /a && x${' | y "$a"'.repeat(n)}\n`,
  'pipeline | y': (n) => `FROM alpine\nRUN mkdir /a && chmod 755 /a && x${' | y'.repeat(n)}\n`,
  'and-list && y > f': (n) => `FROM alpine\nRUN x${' && y > f'.repeat(n)}\n`,
  'nested if': (n) => `FROM alpine\nRUN ${'if true; then '.repeat(n)}echo${'; fi'.repeat(n)}\n`,
  'ENV ${B:-…} nesting': (n) => `FROM alpine\nENV A=${'${B:-'.repeat(n)}${'}'.repeat(n)}\nCOPY a /a\n`,
  'wrappers sudo env': (n) => `FROM alpine\nRUN ${'sudo env A=1 '.repeat(n)}rm -rf /x\n`,
};

console.log(['shape', 'n', 'bytes', 'seconds', 'peak RSS MB', 'result'].join('\t'));
for (const [name, build] of Object.entries(shapes)) {
  for (const n of [2500, 5000, 10000, 20000]) {
    const file = path.join(dir, 'Dockerfile');
    const text = build(n);
    writeFileSync(file, text);
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['-r', reportRss, BIN, '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, DFLINT_OFFLINE: '1' } });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rss = /maxRSS (\d+)/.exec(run.stderr)?.[1];
    let result = `exit ${run.status}`;
    try {
      const rules = JSON.parse(run.stdout)[0].findings.map((f) => f.rule);
      result += `, ${rules.filter((r) => r === 'internal-error').length} internal errors, not-analyzed: ${rules.includes('not-analyzed')}`;
    } catch {
      result += `: ${run.stderr.trim().split('\n')[0]}`;
    }
    console.log([name, n, text.length, seconds.toFixed(2), rss ? (Number(rss) / 1024).toFixed(0) : '?', result].join('\t'));
  }
}
