const sharedDir: { SHARED: string } = require('../../../bench/shared-dir.js');

/** ../shared beside the checkout (DFLINT_SHARED overrides): the corpus, ground truth and SARIF schema. */
export const SHARED = sharedDir.SHARED;

/**
 * Says why tests are skipped. Not console.warn: jest drops the console output of a test file
 * whose tests are all skipped, so the reason would never be shown.
 */
export function announceSkip(reason: string): void {
  process.stderr.write(`SKIPPED ${reason}\n`);
}
