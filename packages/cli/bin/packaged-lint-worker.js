'use strict';
// A --jobs lint thread of the published dflint package, installed as dist/lint-worker.js (where
// lint-workers.ts starts it). Its code is in the CLI's one bundle, not in a second copy of it.
require('./dflint.js').serveLintJobs();
