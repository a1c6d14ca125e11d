#!/usr/bin/env node
'use strict';
// Committed shim: the bin must exist before the TypeScript build has run.
let server;
try {
  server = require('../dist/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /dist[\\/]main\.js/.test(String(error.message))) {
    process.stderr.write('dflint-language-server: not built yet; run `npm run build` in the dflint checkout\n');
    process.exit(2);
  }
  throw error;
}
server.run();
