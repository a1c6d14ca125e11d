import type { ShellScript } from './shell-types';
import type { Position } from './types';

// The same script text, as the editor sees it after an edit above it or on its first line: the
// cached parse moved to the new origin must equal a fresh parse there.
const SCRIPTS = [
  'apt-get update && apt-get install -y curl',
  'set -eux; \\\n    for f in a b; do echo "$f" > /tmp/$f; done \\\n && rm -rf /var/lib/apt/lists/* | tee x',
  'echo "é ü" \\\n  && cat <<EOF\nbody\nEOF',
  'if [ -f x ; then', // half-typed: errors kept as they are
];

const ORIGINS: Position[] = [
  { line: 3, character: 4 },
  { line: 3, character: 9 },
  { line: 250, character: 4 },
  { line: 0, character: 0 },
];

async function freshParser(): Promise<(text: string, origin: Position) => ShellScript> {
  let shell: typeof import('./shell') | undefined;
  jest.isolateModules(() => {
    shell = require('./shell') as typeof import('./shell');
  });
  await shell!.initShellParser();
  return (text, origin) => shell!.parseShell({ text, origin, kind: 'shell-form' });
}

test('a script parsed before at another origin gives what a fresh parse gives at its own', async () => {
  const cached = await freshParser();
  for (const text of SCRIPTS) cached(text, { line: 1, character: 4 });
  for (const text of SCRIPTS) {
    for (const origin of ORIGINS) {
      const fresh = await freshParser();
      expect(cached(text, origin)).toEqual(fresh(text, origin));
    }
  }
});

test('the outline of a script parsed before is known for its new source too', async () => {
  let shell: typeof import('./shell') | undefined;
  jest.isolateModules(() => {
    shell = require('./shell') as typeof import('./shell');
  });
  await shell!.initShellParser();
  const text = 'a && b || c # note';
  shell!.parseShell({ text, origin: { line: 1, character: 4 }, kind: 'shell-form' });
  const again = { text, origin: { line: 7, character: 4 }, kind: 'shell-form' as const };
  shell!.parseShell(again);
  expect(shell!.shellOutline(again)).toEqual({ hasErrors: false, statements: 1, listOperators: ['&&', '||'], background: false, comments: true });
});

test("an outline's comments: a `#` that starts a comment, not one inside a word or an expansion", async () => {
  let shell: typeof import('./shell') | undefined;
  jest.isolateModules(() => {
    shell = require('./shell') as typeof import('./shell');
  });
  await shell!.initShellParser();
  const comments = (text: string) => shell!.shellOutline(text).comments;
  expect(comments('apt-get update && apt-get install -y curl')).toBe(false);
  expect(comments('echo "${name#prefix}" a#b')).toBe(false);
  expect(comments('make\n# then install\nmake install')).toBe(true);
});
