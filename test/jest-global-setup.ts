import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * Tests never reach a real registry: before any worker starts, the run's environment is offline
 * (DFLINT_OFFLINE=1 unless set) with a cache folder of its own, so every process a test starts
 * inherits them, even one spawned without an explicit env. test/jest-setup.ts gives each test
 * file a fresh cache under it; test/jest-global-teardown.ts removes it.
 */
export default function offlineTests(): void {
  process.env.DFLINT_OFFLINE ??= '1';
  // and without ShellCheck unless a test switches it on (test/shellcheck-tests.ts)
  process.env.DFLINT_SHELLCHECK ??= '0';
  process.env.DFLINT_TEST_CACHE_ROOT = mkdtempSync(path.join(tmpdir(), 'dflint-jest-cache-'));
  process.env.XDG_CACHE_HOME = process.env.DFLINT_TEST_CACHE_ROOT;
}
