'use strict';
// Counts what some rules report over the shared corpus, every rule at info so none is filtered:
// `node bench/rule-counts.js [OUT.jsonl] [--rules a,b]` (after `npx tsc -b`). Prints one count per
// rule; OUT.jsonl gets every finding (file, rule, line, message, fix description and edited lines),
// for comparing two builds. Default rules: apt-update-alone, volatile-arg-early, cache-bust-order,
// unpinned-remote, package-cache; `--rules all` for every rule.
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { analyzeDockerfile } = require('../packages/core/dist/index.js');
const { rules } = require('../rules/dist/index.js');
const { filesUnder, DOCKERFILES } = require('./fuzz/corpus');

const flag = process.argv.indexOf('--rules');
const wanted = flag >= 0 ? process.argv.splice(flag, 2)[1] : 'apt-update-alone,volatile-arg-early,cache-bust-order,unpinned-remote,package-cache';
const chosen = wanted === 'all' ? rules : rules.filter((rule) => wanted.split(',').includes(rule.meta.name));
const out = process.argv[2];
const CORPUS = path.dirname(DOCKERFILES);
const isDockerfile = (file) => /(^|[./_-])(Dockerfile|Containerfile|dockerfile)([._-]|$)/.test(path.basename(file));

(async () => {
  const files = [
    ...filesUnder(DOCKERFILES).map((file) => ({ file })),
    ...filesUnder(path.join(CORPUS, 'contexts'))
      .filter((file) => isDockerfile(file) && !file.includes('node_modules'))
      .map((file) => ({ file, contextRoot: path.dirname(file) })),
  ];
  const settings = Object.fromEntries(chosen.map((rule) => [rule.meta.name, { severity: 'info' }]));
  const counts = new Map(chosen.map((rule) => [rule.meta.name, 0]));
  const lines = [];
  for (const { file, contextRoot } of files) {
    const analysis = await analyzeDockerfile({ text: readFileSync(file, 'utf8'), rules: chosen, settings, contextRoot, dockerfilePath: file });
    for (const finding of analysis.findings) {
      if (!counts.has(finding.rule)) continue;
      counts.set(finding.rule, counts.get(finding.rule) + 1);
      const fix = finding.fix && { description: finding.fix.description, lines: finding.fix.edits.map((edit) => [edit.range.start.line + 1, edit.range.end.line + 1]) };
      lines.push(JSON.stringify({ file: path.relative(CORPUS, file), rule: finding.rule, line: finding.range.start.line + 1, message: finding.message, fix }));
    }
  }
  if (out) writeFileSync(out, lines.join('\n') + '\n');
  process.stdout.write(`${files.length} files\n`);
  for (const [name, count] of counts) process.stdout.write(`${name.padEnd(22)} ${count}\n`);
})();
