#!/usr/bin/env node
'use strict';
// Language-server figures: diagnostics latency after an edit on a 1,000-line Dockerfile, and the
// server's memory after 1,000 edits. Needs the build (npm run bench builds first).
// Usage: node bench/lsp.js [--edits N]   (the lead may call it from bench/run.js)
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'packages/language-server/bin/dflint-language-server.js');
const URI = 'untitled:bench/Dockerfile';
const LATENCY_SAMPLES = 40;
const editsArg = process.argv.indexOf('--edits');
const EDITS = editsArg > 0 ? Number(process.argv[editsArg + 1]) : 1000;

/** ~1,000 lines of multi-stage Dockerfile built from the python-api example, one stage per copy. */
function thousandLines() {
  const example = readFileSync(path.join(ROOT, 'examples/python-api/Dockerfile'), 'utf8').trimEnd().split('\n');
  const lines = [];
  for (let stage = 0; lines.length < 1000; stage++) {
    for (const line of example) lines.push(line.startsWith('FROM ') ? `${line} AS stage${stage}` : line);
  }
  return lines.slice(0, 1000);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function rssMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  } catch {
    return NaN;
  }
}

async function main() {
  const server = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map();
  let findings = 0;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    findings = params.diagnostics.length;
    waiting.get(params.version)?.();
  });
  connection.listen();
  const diagnosticsFor = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});

  const lines = thousandLines();
  const lineCount = lines.length;
  let version = 1;
  let published = diagnosticsFor(version);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dockerfile', version, text: lines.join('\n') + '\n' } });
  await published;
  const rssAfterOpen = rssMiB(server.pid);

  // one-character edits in the middle of the file, each waited for
  const latencies = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    version++;
    published = diagnosticsFor(version);
    const start = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: { line: 500, character: 0 }, end: { line: 500, character: 0 } }, text: i % 2 ? '\n' : '#' }],
    });
    await published;
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  }

  // typing: 1,000 edits 5 ms apart, diagnostics awaited every 100
  for (let i = 0; i < EDITS; i++) {
    version++;
    const settled = (i + 1) % 100 === 0 ? diagnosticsFor(version) : undefined;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: { line: 300, character: 0 }, end: { line: 300, character: 0 } }, text: 'x' }],
    });
    await (settled ?? new Promise((resolve) => setTimeout(resolve, 5)));
  }
  const rssAfterEdits = rssMiB(server.pid);

  console.log(`language server, ${lineCount}-line Dockerfile (${findings} findings):`);
  console.log(`  diagnostics after an edit  p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms (${LATENCY_SAMPLES} edits; includes the 150 ms debounce)`);
  console.log(`  server RSS                 ${rssAfterOpen.toFixed(0)} MiB after open, ${rssAfterEdits.toFixed(0)} MiB after ${EDITS} more edits`);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
}

main().catch((error) => {
  console.log(`language server: the benchmark failed: ${error.message}`);
});
