'use strict';
// Where ../shared is (the corpus, ground truth, SARIF schema, hadolint cases): the one definition, for the
// bench scripts and (through packages/core/src/test-shared.ts) the tests. DFLINT_SHARED overrides it.
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..');

module.exports = { SHARED: process.env.DFLINT_SHARED || path.resolve(REPO_ROOT, '../shared') };
