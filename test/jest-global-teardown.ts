import { rmSync } from 'node:fs';

/** Removes the caches the test run wrote (test/jest-global-setup.ts). */
export default function removeTestCaches(): void {
  const root = process.env.DFLINT_TEST_CACHE_ROOT;
  if (root) rmSync(root, { recursive: true, force: true });
}
