// Each test file: offline unless it says otherwise (a test about resolution unsets DFLINT_OFFLINE
// for the process it starts), and a fresh, empty base-image cache, never the user's. Jest gives
// each test file its own copy of process.env, which the processes it spawns with `env:
// {...process.env}` inherit; jest-global-setup.ts covers those spawned without one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

process.env.DFLINT_OFFLINE ??= '1';
process.env.XDG_CACHE_HOME = mkdtempSync(path.join(process.env.DFLINT_TEST_CACHE_ROOT ?? tmpdir(), 'cache-'));
// ShellCheck stays out of tests that do not ask for it (their expected findings are dflint's own);
// test/shellcheck-tests.ts switches it on for the shellcheck rule's tests
process.env.DFLINT_SHELLCHECK ??= '0';
