#!/usr/bin/env node
'use strict';
// The bin of the published dflint package (`npm run package` installs it as bin/dflint.js): the
// whole CLI is one bundle in ../dist, loaded through V8's code cache (load-with-code-cache.js).
// The flags are src/v8-flags.ts's V8_FLAGS for the V8 running (bundled alone as ../dist/v8-flags.js):
// the cache is valid only under them.
const path = require('node:path');
const { loadBundle } = require('./load-with-code-cache.js');
const { V8_FLAGS } = require('../dist/v8-flags.js');

loadBundle(path.join(__dirname, '../dist/dflint.js'), { v8Flags: V8_FLAGS }).run();
