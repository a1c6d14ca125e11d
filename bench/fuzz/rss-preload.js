'use strict';
// Preloaded (`node -r`) into a dflint child: writes its peak RSS (KiB) to $DFLINT_FUZZ_RSS_FILE on exit.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.DFLINT_FUZZ_RSS_FILE) writeFileSync(process.env.DFLINT_FUZZ_RSS_FILE, String(process.resourceUsage().maxRSS));
});
