'use strict';
// What the default profile reports on the corpus (../shared/corpus/dockerfiles), in this one process:
// findings per rule and per severity, and the share of files that exit 1 at the default failure
// threshold, with the files that fail on one rule alone. `node bench/corpus-profile.js [--strict]`
// (after `npx tsc -b`); `--strict` lints with the dflint:strict preset instead. Prints, never fails.
const { readFileSync } = require('node:fs');
const { analyzeDockerfile, atLeast, initShellParser } = require('../packages/core/dist');
const { rules } = require('../rules/dist');
const { corpusFiles } = require('./fuzz/corpus');

const FAILURE_THRESHOLD = 'info'; // the CLI's default (packages/cli/src/config/command-line.ts)
/** the rules whose "merge these" findings issue 14 counted as noise */
const MERGE_RULES = ['consecutive-run', 'metadata-merge'];

function strictSettings() {
  const config = require('../packages/config/dist');
  if (!config.presetSettings) throw new Error('this build has no presets (packages/config presetSettings)');
  return config.presetSettings('dflint:strict', rules);
}

function count(map, key, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

function table(map) {
  return [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

(async () => {
  const files = corpusFiles();
  if (!files) {
    process.stdout.write('corpus-profile: no corpus (../shared/corpus/dockerfiles or $DFLINT_SHARED); nothing measured\n');
    return;
  }
  const strict = process.argv.includes('--strict');
  const settings = strict ? strictSettings() : undefined;
  await initShellParser();
  const byRule = new Map();
  const bySeverity = new Map();
  const failingAlone = new Map();
  let findings = 0;
  let failing = 0;
  let failingOnInfo = 0;
  let failingOnMerges = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const result = await analyzeDockerfile({ text, rules, settings });
    findings += result.findings.length;
    for (const finding of result.findings) {
      count(byRule, `${finding.rule} (${finding.severity})`);
      count(bySeverity, finding.severity);
    }
    const failingRules = new Set(result.findings.filter((f) => atLeast(f.severity, FAILURE_THRESHOLD)).map((f) => f.rule));
    if (failingRules.size === 0) continue;
    failing++;
    const failingFindings = result.findings.filter((f) => atLeast(f.severity, FAILURE_THRESHOLD));
    if (failingFindings.every((f) => f.severity === 'info')) failingOnInfo++;
    if ([...failingRules].every((rule) => MERGE_RULES.includes(rule))) failingOnMerges++;
    if (failingRules.size === 1) count(failingAlone, [...failingRules][0]);
  }
  const percent = (n) => `${((100 * n) / files.length).toFixed(1)}%`;
  const lines = [
    `corpus-profile (${strict ? 'dflint:strict' : 'default profile'}): ${files.length} files, ${findings} findings`,
    '',
    'findings per rule (severity):',
    ...table(byRule).map(([key, n]) => `  ${String(n).padStart(6)}  ${key}`),
    '',
    'findings per severity:',
    ...table(bySeverity).map(([key, n]) => `  ${String(n).padStart(6)}  ${key}`),
    '',
    `files that exit 1 (a finding at or above ${FAILURE_THRESHOLD}): ${failing} of ${files.length} (${percent(failing)})`,
    `  on info findings alone: ${failingOnInfo} (${percent(failingOnInfo)})`,
    `  on ${MERGE_RULES.join(' and ')} findings alone: ${failingOnMerges} (${percent(failingOnMerges)})`,
    'of those, files that exit 1 on one rule alone:',
    ...table(failingAlone).map(([key, n]) => `  ${String(n).padStart(6)}  ${key} (${percent(n)} of all files)`),
    '',
  ];
  process.stdout.write(lines.join('\n'));
})();
