#!/usr/bin/env node
'use strict';
// The bin of the published @dflint/language-server package (`npm run package` installs it as
// bin/dflint-language-server.js): the server is one bundle in ../dist, its analysis worker another.
require('../dist/dflint-language-server.js').run();
