import type { Finding, Severity } from '../engine/rule';
import { formatStylish } from './stylish';

// issue 14 item 4: on a terminal, stylish wraps to its width and the rule name stays visible
function finding(line: number, message: string, rule = 'package-cache', severity: Severity = 'warning'): Finding {
  return { rule, severity, message, range: { start: { line, character: 0 }, end: { line, character: 3 } } };
}

const ANSI = /\x1b\[[0-9;]*m/g;
const LONG = 'apt-get at line 3 leaves apt package lists (/var/lib/apt/lists) in its layer: add rm -rf /var/lib/apt/lists/* to the same RUN';
const PATH = '/usr/local/lib/python3.12/site-packages/some-package/very/deep/folder/file.py';

function stylish(findings: Finding[], width: number | undefined, color = false): string[] {
  return formatStylish([{ file: 'Dockerfile', findings }], { color, width }).split('\n');
}

/** The finding rows: the lines between the file header and the blank line before the summary. */
function rows(lines: string[]): string[] {
  return lines.slice(1, lines.indexOf(''));
}

describe('stylish at a terminal width', () => {
  test.each([80, 40])('at %i columns no row is wider, the rule is on the first line and the words all survive', (width) => {
    const lines = stylish([finding(2, LONG), finding(4, 'short', 'consecutive-run')], width);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    const table = rows(lines);
    expect(table.length).toBeGreaterThan(2);
    expect(table[0]).toMatch(/^ {2}3:1 {2}warning {2}.*package-cache$/);
    expect(table.filter((line) => /package-cache|consecutive-run/.test(line))).toHaveLength(2);
    const words = table.join(' ').replace(/3:1|5:1|warning|package-cache|consecutive-run/g, ' ').split(/\s+/).filter(Boolean).join(' ');
    expect(words).toBe(`${LONG} short`);
  });

  test('at 80 columns the message wraps beside the rule, continuation lines under the message column', () => {
    expect(rows(stylish([finding(2, LONG), finding(4, 'short', 'consecutive-run')], 80))).toEqual([
      '  3:1  warning  apt-get at line 3 leaves apt package lists     package-cache',
      '                (/var/lib/apt/lists) in its layer: add rm -rf',
      '                /var/lib/apt/lists/* to the same RUN',
      '  5:1  warning  short                                          consecutive-run',
    ]);
  });

  test('too narrow for message and rule side by side: the rule follows the severity, the message goes under it', () => {
    expect(rows(stylish([finding(2, LONG, 'maintainer-deprecated')], 40))).toEqual([
      '  3:1  warning  maintainer-deprecated',
      '                apt-get at line 3 leaves',
      '                apt package lists',
      '                (/var/lib/apt/lists) in',
      '                its layer: add rm -rf',
      '                /var/lib/apt/lists/* to',
      '                the same RUN',
    ]);
  });

  test('narrower still: the message goes 4 spaces in, not under a message column with no room', () => {
    expect(rows(stylish([finding(123, 'one two three four five six seven', 'maintainer-deprecated')], 30))).toEqual([
      '  124:1  warning  maintainer-deprecated',
      '    one two three four five',
      '    six seven',
    ]);
  });

  test('a word longer than the line is cut after a / that keeps half the line, else after punctuation, else at the width', () => {
    const table = rows(stylish([finding(0, `copies ${PATH} twice`)], 40));
    expect(table).toEqual([
      '  1:1  warning  package-cache',
      '                copies',
      '                /usr/local/lib/',
      '                python3.12/site-',
      '                packages/some-package/',
      '                very/deep/folder/file.py',
      '                twice',
    ]);
    const label = rows(stylish([finding(0, 'use LABEL org.opencontainers.image.authors="Jane"')], 40));
    expect(label.slice(2).map((line) => line.trim())).toEqual(['org.opencontainers.', 'image.authors="Jane"']);
    const unslashed = rows(stylish([finding(0, 'x'.repeat(60))], 40));
    expect(unslashed.slice(1).map((line) => line.trim())).toEqual(['x'.repeat(24), 'x'.repeat(24), 'x'.repeat(12)]);
    const emoji = rows(stylish([finding(0, 'x' + '😀'.repeat(20))], 40));
    expect(emoji.slice(1).map((line) => line.trim())).toEqual(['x' + '😀'.repeat(11), '😀'.repeat(9)]);
  });

  test('width counts what the terminal shows: with colour the same layout, only painted', () => {
    const findings = [finding(2, LONG), finding(4, `see ${PATH}`, 'consecutive-run', 'error')];
    for (const width of [40, 80]) {
      const painted = stylish(findings, width, true);
      expect(painted.join('\n')).toMatch(ANSI);
      expect(painted.map((line) => line.replace(ANSI, ''))).toEqual(stylish(findings, width, false));
    }
  });

  test('without a width (a pipe, a file) each finding stays on one line, however long', () => {
    const table = rows(stylish([finding(2, LONG), finding(3, `see ${PATH}`)], undefined));
    expect(table).toEqual([`  3:1  warning  ${LONG}  package-cache`, `  4:1  warning  see ${PATH.padEnd(LONG.length - 4)}  package-cache`]);
  });

  test('control characters in a message do not reach the terminal', () => {
    const [row] = rows(stylish([finding(0, 'a\tb\u001b[2Jc\u0007d')], 80));
    expect(row).toBe('  1:1  warning  a b [2Jc d  package-cache');
  });
});

describe('stylish summary', () => {
  test('counts findings per rule, most first, then by name', () => {
    const findings = [finding(0, 'a', 'b-rule'), finding(1, 'a', 'a-rule'), finding(2, 'a', 'c-rule'), finding(3, 'a', 'c-rule')];
    const lines = stylish(findings, undefined);
    expect(lines.slice(-3)).toEqual(['✖ 4 problems (4 warnings) in 1 file', '  c-rule 2, a-rule 1, b-rule 1', '']);
  });

  test('at a width the summary and the per-rule counts wrap, never inside a rule', () => {
    const names = ['consecutive-run', 'package-cache', 'maintainer-deprecated', 'metadata-merge', 'delete-after-add'];
    const lines = stylish(names.map((name, i) => finding(i, 'x', name, i === 0 ? 'error' : 'info')), 40);
    const summary = lines.slice(lines.lastIndexOf('') - 5, -1);
    expect(summary).toEqual([
      '✖ 5 problems (1 error, 4 info) in 1',
      '  file',
      '  consecutive-run 1, delete-after-add 1,',
      '  maintainer-deprecated 1,',
      '  metadata-merge 1, package-cache 1',
    ]);
  });
});
