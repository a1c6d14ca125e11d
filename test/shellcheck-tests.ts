import { ShellcheckCache, useShellcheckCache } from '@dflint/core';

/**
 * Tests run with DFLINT_SHELLCHECK=0 (test/jest-setup.ts), so other rules' expected findings stay
 * dflint's own. A test file about ShellCheck calls this: it switches ShellCheck on for the file
 * (the `shellcheck` on PATH) and says whether there is one; without it, the caller skips loudly.
 */
export function withShellcheck(): boolean {
  const cache = new ShellcheckCache({ ...process.env, DFLINT_SHELLCHECK: 'on' });
  useShellcheckCache(cache);
  const available = cache.available();
  if (!available) console.warn(`ShellCheck tests skipped: ${cache.status().problem} (install the shellcheck package; .ci/run does)`);
  return available;
}

/** `test`, or `test.skip` for the shellcheck rule when there is no ShellCheck here. */
export function testsOf(ruleName: string, shellcheckHere: boolean): typeof test {
  return ruleName === 'shellcheck' && !shellcheckHere ? test.skip : test;
}
