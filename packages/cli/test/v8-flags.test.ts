import { spawnSync } from 'node:child_process';
import { WASM_BASELINE_FLAGS } from '@dflint/core/wasm-baseline';
import { SERVER_V8_FLAGS } from '../../language-server/src/main';
import { V8_FLAGS, v8FlagsFor } from '../src/v8-flags';
import { runCli } from './run-cli';

// A V8 flag the running V8 does not know is not ignored: V8 prints "Error: unrecognized flag" on
// stderr at every run (Node 22 and 24 did so for --interrupt-budget, which Node 20's V8 has).

/** The flags this Node's V8 knows, as `node --v8-options` lists them (`--name`, without `no-`). */
function knownFlags(): Set<string> {
  const listed = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  return new Set(Array.from(listed.matchAll(/^\s+--([\w-]+)/gm), (match) => match[1]));
}

const nameOf = (flag: string) => flag.replace(/^--(no-)?/, '').replace(/=.*$/, '');

test("the CLI's and the language server's V8 flags are all known to this Node's V8", () => {
  const known = knownFlags();
  expect(known.has('liftoff-only')).toBe(true);
  expect([...V8_FLAGS, ...SERVER_V8_FLAGS].filter((flag) => !known.has(nameOf(flag)))).toEqual([]);
});

test('--interrupt-budget is set under V8 11.3 (Node 20) only: from V8 11.8 (Node 21) on it is not a flag', () => {
  expect(v8FlagsFor('11.3.244.8-node.38')).toEqual([...WASM_BASELINE_FLAGS, '--heap-growing-percent=100', '--interrupt-budget=500000']);
  for (const later of ['11.8.172.17-node.20', '12.4.254.21-node.57', '13.6.233.17-node.63']) {
    expect(v8FlagsFor(later)).toEqual([...WASM_BASELINE_FLAGS, '--heap-growing-percent=100']);
  }
  expect(V8_FLAGS).toEqual(v8FlagsFor(process.versions.v8));
});

test('a run prints nothing on stderr of its own V8 flags', () => {
  const result = runCli(['--version']);
  expect([result.status, result.stderr]).toEqual([0, '']);
});
