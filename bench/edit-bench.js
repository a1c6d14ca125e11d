'use strict';
// The editor benches' document and edits: the 1,000-line Dockerfile bench/lsp.js opens, its edits
// over the LSP (lspEdit, replayed in process by bench/lsp-main-thread.js), and the edits
// bench/incremental-edits.js and bench/edit-allocation.js make to it in process.
const path = require('node:path');
const { readFileSync } = require('node:fs');

/** ~1,000 lines of multi-stage Dockerfile built from `root`'s python-api example, one stage per copy. */
function thousandLines(root) {
  const example = readFileSync(path.join(root, 'examples/python-api/Dockerfile'), 'utf8').trimEnd().split('\n');
  const lines = [];
  for (let stage = 0; lines.length < 1000; stage++) {
    for (const line of example) lines.push(line.startsWith('FROM ') ? `${line} AS stage${stage}` : line);
  }
  return lines.slice(0, 1000);
}

/**
 * The i-th version of `base` for each kind of edit, and the line it edits. In place: one line of the
 * original changed (so each undoes the one before). Moving: an empty line inserted into the original,
 * or taken out again, so every line below moves (as half of bench/lsp.js's edits do).
 */
function editKinds(base) {
  return {
    'in place': {
      line: (i) => (i * 37) % base.length,
      version(i, k) {
        const edited = base.slice();
        edited[k] = edited[k] + (edited[k].startsWith('#') || edited[k] === '' ? '' : ' ');
        return edited;
      },
    },
    moving: {
      // an insertion and its removal both move the lines below the inserted one
      line: (i) => (Math.floor(i / 2) * 37) % base.length,
      version(i, k) {
        const edited = base.slice();
        if (i % 2 === 0) edited.splice(k, 0, '');
        return edited;
      },
    },
  };
}

/**
 * bench/lsp.js's i-th edit of its file, as an LSP change: `#` typed at the start of line 500 (a line
 * commented out), then a line break there (the 500 lines below move), in turn; never undone.
 */
function lspEdit(i) {
  return { range: { start: { line: 500, character: 0 }, end: { line: 500, character: 0 } }, text: i % 2 ? '\n' : '#' };
}

/** `text` after lspEdit(i), an insertion (bench/lsp-main-thread.js replays lsp.js's edits without an LSP). */
function afterLspEdit(text, i) {
  const { range, text: typed } = lspEdit(i);
  const lines = text.split('\n');
  const { line, character } = range.start;
  lines[line] = `${lines[line].slice(0, character)}${typed}${lines[line].slice(character)}`;
  return lines.join('\n');
}

/** The language server's analysis of a version of the file as its worker runs it (no LSP), from `root`'s build. */
function serverAnalysis(root) {
  const { analyze } = require(path.join(root, 'packages/language-server/dist/analyze.js'));
  return (lines) => analyze({ text: `${lines.join('\n')}\n`, rules: {}, dockerfilePath: '/tmp/bench-incremental/Dockerfile', contextRoot: undefined, layers: true, registry: { offline: true } });
}

/** The in-process benches' command line: `--root` (the checkout measured, this one by default) and `option(name, fallback)`. */
function benchArgs() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  return { root: path.resolve(option('--root', path.join(__dirname, '..'))), option };
}

module.exports = { thousandLines, editKinds, lspEdit, afterLspEdit, serverAnalysis, benchArgs };
