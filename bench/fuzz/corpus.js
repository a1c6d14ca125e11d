'use strict';
// The real-world Dockerfiles the fuzz mutates: every file under ../shared/corpus/dockerfiles, in a fixed order.
const { existsSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const { SHARED } = require('../shared-dir.js');
const DOCKERFILES = path.join(SHARED, 'corpus', 'dockerfiles');

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** The corpus files, or undefined when the corpus is absent. */
function corpusFiles() {
  return existsSync(DOCKERFILES) ? filesUnder(DOCKERFILES) : undefined;
}

module.exports = { corpusFiles, filesUnder, DOCKERFILES, ROOT };
