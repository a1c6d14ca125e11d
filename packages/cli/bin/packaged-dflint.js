#!/usr/bin/env node
'use strict';
// The bin of the published dflint package (`npm run package` installs it as bin/dflint.js): the
// whole CLI is one bundle in ../dist. A file of its own, so that how the bundle is loaded can change.
require('../dist/dflint.js').run();
