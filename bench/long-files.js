#!/usr/bin/env node
'use strict';
// Figures for very long Dockerfiles: parse, layer model, lint per rule (the 5 slowest), whole lint
// and the safe-fix pass (fixText, the CLI's --fix), on synthetic files of 1,000 to 50,000 lines
// and on one made by concatenating corpus files. Prints figures only, never fails. Needs the build.
// Each case runs in its own process, stopped after --timeout seconds (default 180), with ShellCheck
// switched off (an external program: its time is not dflint's, and it alone takes minutes here).
// Usage: node bench/long-files.js [--sizes 1000,4000] [--timeout S] [--no-corpus]
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
// mulberry32, so every run lints the same text (a test helper, read from its TypeScript source)
require('esbuild-register/dist/node').register();
const { seededRandom } = require('../packages/core/test/support/seeded-random');

const ROOT = path.resolve(__dirname, '..');
const { SHARED } = require('./shared-dir.js');
const CORPUS = path.join(SHARED, 'corpus');
const DEFAULT_SIZES = [1000, 4000, 16000, 50000];
const CORPUS_LINES = 16000;

function argument(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/**
 * A multi-stage Dockerfile of about `lineCount` lines in the shape of real ones: stages of 30 to
 * 300 lines (some built FROM the stage before) and a last stage holding a quarter of the file, long
 * runs of consecutive RUNs, multi-line apt-get RUNs with `&& \` continuations, COPY/ADD followed
 * by chmod and rm, ENV, LABEL and ARG.
 */
function syntheticDockerfile(lineCount) {
  const next = seededRandom(lineCount);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const lines = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:bookworm-slim'];
  // the last stage, the one shipped and so looked at by every layer rule, is a quarter of the file
  const lastStageAt = lineCount - Math.floor(lineCount / 4);
  let stage = 0;
  while (lines.length < lastStageAt) stageLines(lines, stage++, Math.min(30 + Math.floor(next() * 270), lastStageAt - lines.length), next, pick);
  stageLines(lines, stage, lineCount - lines.length, next, pick);
  return lines.slice(0, lineCount).join('\n') + '\n';
}

function stageLines(lines, stage, budget, next, pick) {
  const end = lines.length + budget;
  const dir = `/opt/s${stage}`;
  // every fourth stage builds on the one before it (FROM <stage>), as test and release stages do
  const base = stage % 4 === 1 ? `stage${stage - 1}` : stage % 3 === 0 ? '${BASE}' : pick(['ubuntu:22.04', 'node:20', 'python:3.12-slim']);
  lines.push(`FROM ${base} AS stage${stage}`);
  lines.push(`ARG VERSION_${stage}=1.${stage}.0`, `ENV APP_HOME=${dir} PATH=${dir}/bin:$PATH`, `WORKDIR ${dir}`);
  let block = 0;
  while (lines.length < end) {
    const id = `${stage}_${block++}`;
    switch (Math.floor(next() * 9)) {
      case 0:
        lines.push(
          'RUN apt-get update',
          'RUN apt-get install -y --no-install-recommends \\',
          `    curl ca-certificates git-${id} \\`,
          '    build-essential \\',
          '    && echo installed',
        );
        break;
      case 1:
        lines.push(`COPY tool-${id} /usr/local/bin/tool-${id}`, `RUN chmod +x /usr/local/bin/tool-${id}`);
        break;
      case 2:
        lines.push(`ADD https://example.com/pkg-${id}.tar.gz /tmp/pkg-${id}.tar.gz`, `RUN tar -xzf /tmp/pkg-${id}.tar.gz -C ${dir}`, `RUN rm -f /tmp/pkg-${id}.tar.gz`);
        break;
      case 3: {
        const runs = 4 + Math.floor(next() * 40);
        for (let i = 0; i < runs; i++) {
          lines.push(
            pick([
              `RUN mkdir -p ${dir}/d${id}_${i}`,
              `RUN dd if=/dev/zero of=${dir}/blob${id}_${i} bs=1024 count=${1 + i}`,
              `RUN echo step ${id} ${i} > ${dir}/note${id}_${i}.txt`,
              `RUN rm -rf ${dir}/blob${id}_${i - 1}`,
              `RUN cp ${dir}/note${id}_${i - 1}.txt ${dir}/copy${id}_${i}.txt`,
            ]),
          );
          if (next() < 0.1) lines.push(`LABEL step.${id}.${i}="yes"`);
        }
        break;
      }
      case 4:
        lines.push(
          `RUN set -eux; \\`,
          `    curl -fsSL https://example.com/app-${id}.tgz -o /tmp/app.tgz \\`,
          `    && mkdir -p ${dir}/app${id} && tar -xzf /tmp/app.tgz -C ${dir}/app${id} \\`,
          `    && rm /tmp/app.tgz \\`,
          `    && chmod -R 755 ${dir}/app${id}`,
        );
        break;
      case 5:
        // real stages set a few dozen variables, some of them again and again (versions, paths)
        lines.push(`ENV KEY_${block % 30}=value${id}`, `LABEL org.example.block="${id}"`, `ARG OPTION_${block % 10}=off`);
        break;
      case 6:
        lines.push(stage > 0 ? `COPY --from=stage${stage - 1} /opt/s${stage - 1}/bin ${dir}/bin` : `COPY . ${dir}/src${id}`);
        break;
      case 7:
        lines.push(`# block ${id}`, `RUN pip install --no-cache-dir requests==2.${block} \\`, `    && npm install -g pkg-${id}`);
        break;
      default:
        lines.push(`RUN mv ${dir}/note${id}.txt ${dir}/moved${id}.txt || true`, `EXPOSE ${8000 + (block % 1000)}`);
    }
  }
  lines.push(`CMD ["${dir}/bin/app"]`);
}

/**
 * About `lineCount` lines of real Dockerfiles, concatenated in manifest order. Files with escape
 * directives, CRLF, odd syntax or test fixtures are left out: glued together they would change how
 * the files after them parse.
 */
function corpusDockerfile(lineCount) {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  const skip = new Set(['escape', 'crlf', 'suspect_syntax', 'test_fixture', 'windows']);
  const texts = [];
  let lines = 0;
  for (const entry of manifest) {
    if (lines >= lineCount) break;
    if (entry.features.some((feature) => skip.has(feature))) continue;
    const text = readFileSync(path.join(CORPUS, entry.file), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) continue;
    texts.push(text.endsWith('\n') ? text : text + '\n');
    lines += entry.lines;
  }
  return texts.join('\n');
}

function millis(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The child: measures one case and writes one JSON line per figure, so a timeout keeps the earlier ones. */
async function measure(kind, lineCount) {
  const core = require('../packages/core/dist');
  const { rules } = require('../rules/dist');
  const text = kind === 'corpus' ? corpusDockerfile(lineCount) : syntheticDockerfile(lineCount);
  const emit = (figure) => process.stdout.write(JSON.stringify(figure) + '\n');
  emit({ lines: text.split('\n').length - 1 });
  await core.initShellParser();

  let start = process.hrtime.bigint();
  const parsed = core.parseDocumentSync(text);
  for (const instruction of parsed.instructions) parsed.shellScripts(instruction);
  emit({ parseMs: millis(start) });

  start = process.hrtime.bigint();
  core.buildLayerModel(parsed);
  emit({ modelMs: millis(start) });

  // lint figures start from a parsed document (its shell scripts too), as the parse is timed above
  const freshParse = () => {
    const document = core.parseDocumentSync(text);
    for (const instruction of document.instructions) document.shellScripts(instruction);
    return document;
  };
  const ruleMs = {};
  // the model is built outside each rule's timer: only the first rule to ask would pay for it
  const timed = rules.map((rule) => ({
    meta: rule.meta,
    check(context) {
      void context.layers;
      const ruleStart = process.hrtime.bigint();
      rule.check(context);
      ruleMs[rule.meta.name] = millis(ruleStart);
    },
  }));
  core.lintDocument(freshParse(), { rules: timed });
  emit({ ruleMs });

  const document = freshParse();
  start = process.hrtime.bigint();
  const findings = core.lintDocument(document, { rules });
  emit({ lintMs: millis(start), findings: findings.length });

  start = process.hrtime.bigint();
  const fixed = await core.fixText(text, { rules });
  emit({ fixMs: millis(start), fixesApplied: fixed.applied.length, fixPasses: fixed.passes });

  start = process.hrtime.bigint();
  const { unifiedDiff } = require('../packages/cli/dist/fix-diff');
  const patch = unifiedDiff('Dockerfile', text, fixed.text);
  emit({ diffMs: millis(start), diffLines: patch.split('\n').length - 1, peakRssMiB: process.resourceUsage().maxRSS / 1024 });
}

function runCase(kind, lineCount, timeoutSeconds) {
  const result = spawnSync(process.execPath, [__filename, '--one', kind, String(lineCount)], {
    encoding: 'utf8',
    env: { ...process.env, DFLINT_SHELLCHECK: '0' },
    timeout: timeoutSeconds * 1000,
    maxBuffer: 1 << 26,
  });
  const figures = {};
  for (const line of result.stdout.split('\n')) if (line) Object.assign(figures, JSON.parse(line));
  if (result.error?.code === 'ETIMEDOUT') figures.stopped = `stopped after ${timeoutSeconds} s`;
  else if (result.status !== 0) figures.stopped = `failed: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  return figures;
}

function ms(value) {
  return value === undefined ? '-' : `${value.toFixed(value < 100 ? 1 : 0)} ms`;
}

function report(label, figures) {
  console.log(`${label} (${figures.lines ?? '?'} lines):`);
  console.log(`  parse (Dockerfile + shell)  ${ms(figures.parseMs)}`);
  console.log(`  layer model                 ${ms(figures.modelMs)}`);
  if (figures.ruleMs) {
    const slowest = Object.entries(figures.ruleMs).sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`  slowest rules               ${slowest.map(([name, time]) => `${name} ${ms(time)}`).join(', ')}`);
  }
  console.log(`  lint, all rules + model     ${ms(figures.lintMs)}${figures.findings === undefined ? '' : `  (${figures.findings} findings)`}`);
  if (figures.parseMs !== undefined && figures.lintMs !== undefined) console.log(`  parse + lint                ${ms(figures.parseMs + figures.lintMs)}`);
  const fixNote = figures.fixPasses === undefined ? '' : `  (${figures.fixesApplied} fixes in ${figures.fixPasses} passes)`;
  console.log(`  fixText (safe fixes)        ${ms(figures.fixMs)}${fixNote}`);
  console.log(`  diff of the fixed text      ${ms(figures.diffMs)}${figures.diffLines === undefined ? '' : `  (${figures.diffLines} lines, as --fix-dry-run prints)`}`);
  if (figures.peakRssMiB !== undefined) console.log(`  peak RSS of the case        ${figures.peakRssMiB.toFixed(0)} MiB`);
  if (figures.stopped) console.log(`  ${figures.stopped}`);
}

function main() {
  const sizes = argument('--sizes')?.split(',').map(Number) ?? DEFAULT_SIZES;
  const timeoutSeconds = Number(argument('--timeout') ?? 180);
  for (const size of sizes) report(`synthetic ${size}`, runCase('synthetic', size, timeoutSeconds));
  if (process.argv.includes('--no-corpus')) return;
  if (!existsSync(path.join(CORPUS, 'manifest.json'))) console.log(`corpus concatenation: skipped, ${CORPUS} is absent`);
  else report('corpus files concatenated', runCase('corpus', CORPUS_LINES, timeoutSeconds));
}

if (process.argv[2] === '--one') {
  measure(process.argv[3], Number(process.argv[4])).catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
} else {
  main();
}
