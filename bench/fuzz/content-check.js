'use strict';
// Child of the fuzz: for files `dflint --fix` changed, the fix guard's own check (core's
// lostContent) between the original and the written text. What the fixes meant to remove comes
// from replaying the same fixes in this process; a replay that reaches another text is noted.
// Usage: node content-check.js LIST.json   (LIST: [{ index, original, fixed, context }]) → JSON on stdout
const { readFileSync } = require('node:fs');
const { fixText, lostContent, parseDocument } = require('../../packages/core/dist');
const { rules } = require('../../rules/dist');

(async () => {
  const list = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const results = [];
  for (const { index, original, fixed, context } of list) {
    try {
      const text = readFileSync(original, 'utf8');
      const written = readFileSync(fixed, 'utf8');
      const replay = await fixText(text, { rules, contextRoot: context, dockerfilePath: original });
      const removes = replay.applied.map((applied) => applied.fix.removes);
      const problems = lostContent(await parseDocument(text), await parseDocument(written), removes);
      results.push({ index, problems, replayDiffers: replay.text !== written });
    } catch (error) {
      results.push({ index, problems: [], error: String(error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error) });
    }
  }
  process.stdout.write(JSON.stringify(results));
})();
