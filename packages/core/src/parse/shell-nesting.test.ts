// Issue 13 item 5: input that nests deep must not overflow the stack of the recursive walkers.
import { initShellParser, shellOutline } from './shell';
import { MAX_SHELL_NESTING, MAX_SHELL_PIPES } from './shell-limits';
import { parse, summaries } from './test-shell-helpers';

beforeAll(() => initShellParser());

const nestedIfs = (depth: number): string => `${'if true; then '.repeat(depth)}echo${'; fi'.repeat(depth)}`;

test('2,000 nested ifs: no commands are read, and the script says why', () => {
  const script = parse(nestedIfs(2000));
  expect(script.commands).toEqual([]);
  expect(script.hasErrors).toBe(true);
  expect(script.unanalyzed).toMatch(`deeper than ${MAX_SHELL_NESTING} levels`);
});

test('nesting just under the limit is read in full', () => {
  const depth = MAX_SHELL_NESTING - 10;
  const script = parse(nestedIfs(depth));
  expect(script.unanalyzed).toBeUndefined();
  expect(script.commands).toHaveLength(depth + 1);
  expect(script.commands[depth].context).toHaveLength(depth);
});

test.each([
  ['$(…)', (n: number) => `${'echo "$('.repeat(n)}x${')"'.repeat(n)}`],
  ['( … )', (n: number) => `${'('.repeat(n)}x${')'.repeat(n)}`],
  ['{ …; }', (n: number) => `${'{ '.repeat(n)}x${'; }'.repeat(n)}`],
  ['while', (n: number) => `${'while a; do '.repeat(n)}x${'; done > f'.repeat(n)}`],
  ['[[ a && b … ]]', (n: number) => `[[ a ${'&& b '.repeat(n * 20)}]]`],
  ['$(( 1 + 1 … ))', (n: number) => `echo $(( 1 ${'+ 1 '.repeat(n * 20)}))`],
])('%s nested thousands deep is declined, not a stack overflow', (_, build) => {
  expect(parse(build(3000)).unanalyzed).toBeDefined();
});

test('pipelines are not nesting: redirected stages up to the pipe limit are read flat, each redirect in place', () => {
  const script = parse(`a${' | b > f'.repeat(MAX_SHELL_PIPES)}`);
  expect(script.unanalyzed).toBeUndefined();
  expect(script.commands).toHaveLength(MAX_SHELL_PIPES + 1);
  expect(script.commands[MAX_SHELL_PIPES].redirects.map((r) => r.target?.value)).toEqual(['f']);
  expect(script.commands[0].redirects).toEqual([]);
});

test('the 10,000-stage pipeline of issue 13 item 8 is read in full (parsed with a closing line break, it takes linear memory)', () => {
  const script = parse(`mkdir /a && chmod -R 777 /a && x${' | y "$a"'.repeat(10_000)}`);
  expect(script.unanalyzed).toBeUndefined();
  expect(script.hasErrors).toBe(false);
  expect(script.commands).toHaveLength(10_003);
  expect(script.commands[10_002].argv.map((word) => word.value)).toEqual(['y', '$a']);
});

test('a script reads the same with or without a line break at its end', () => {
  for (const text of ['apt-get update && apt-get install -y curl', 'a | b "$c" | d > f', 'cat <<EOF\nbody\nEOF', 'echo x # note']) {
    expect(summaries(text)).toEqual(summaries(`${text}\n`));
  }
});

test('more pipes than the parser takes in linear memory: not parsed, and the script says why', () => {
  const script = parse(`x${' | y'.repeat(MAX_SHELL_PIPES + 1)}`);
  expect(script.commands).toEqual([]);
  expect(script.unanalyzed).toBe(`the script has more than ${MAX_SHELL_PIPES} pipes (|): dflint does not analyze its commands`);
  expect(shellOutline(`x${' | y'.repeat(MAX_SHELL_PIPES + 1)}`).hasErrors).toBe(true);
});

test('|| is no pipe, and a quoted | still counts', () => {
  expect(parse(`a${' || b'.repeat(MAX_SHELL_PIPES + 1)}`).unanalyzed).toBeUndefined();
  expect(parse(`sed '${'s|a|b| '.repeat(MAX_SHELL_PIPES / 3 + 1)}'`).unanalyzed).toMatch('pipes');
});

test('redirects inside a pipeline bind to the command before them, as before the flattening', () => {
  expect(summaries('a > f | b 2>&1 | c').map((s) => s.split(' ')[0])).toEqual(['-', '|', '|']);
  const [a, b, c] = parse('a > f | b 2>&1 | c').commands;
  expect([a.redirects.length, b.redirects.length, c.redirects.length]).toEqual([1, 1, 0]);
});

test('an and-or chain of 30,000 commands is still read', () => {
  expect(parse(`a${' && b > f || c'.repeat(15_000)}`).commands).toHaveLength(30_001);
});
