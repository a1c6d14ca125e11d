import type { Finding, Severity } from '../engine/rule';
import { formatStylish } from './stylish';

function finding(line: number, character: number, severity: Severity, message: string, rule = 'some-rule'): Finding {
  return { rule, severity, message, range: { start: { line, character }, end: { line, character: character + 3 } } };
}

describe('formatStylish', () => {
  test('groups per file, aligns line:col, severity, message and rule, 1-based', () => {
    const text = formatStylish(
      [
        { file: 'a/Dockerfile', findings: [finding(3, 0, 'warning', 'short', 'rule-a'), finding(11, 4, 'error', 'a longer message', 'rule-b')] },
        { file: 'clean/Dockerfile', findings: [] },
      ],
      { color: false },
    );
    expect(text).toBe(
      [
        'a/Dockerfile',
        '   4:1  warning  short             rule-a',
        '  12:5  error    a longer message  rule-b',
        '',
        '✖ 2 problems (1 error, 1 warning) in 2 files',
        '  rule-a 1, rule-b 1',
        '',
      ].join('\n'),
    );
  });

  test('counts read as English: plural errors and warnings, mass-noun info and style', () => {
    const findings = [finding(0, 0, 'warning', 'w'), finding(1, 0, 'warning', 'w'), finding(2, 0, 'info', 'i'), finding(3, 0, 'info', 'i'), finding(4, 0, 'style', 's')];
    expect(formatStylish([{ file: 'Dockerfile', findings }], { color: false })).toMatch(/^✖ 5 problems \(2 warnings, 2 info, 1 style\) in 1 file$/m);
  });

  test('a clean run says so; multi-line messages stay on one row; colour only when asked', () => {
    expect(formatStylish([{ file: 'Dockerfile', findings: [] }], { color: false })).toBe('✔ no problems in 1 file\n');
    const multi = formatStylish([{ file: 'Dockerfile', findings: [finding(0, 0, 'info', 'first\n  second')] }], { color: false });
    expect(multi).toContain('1:1  info  first second  some-rule');
    expect(multi).not.toMatch(/\x1b\[/);
    expect(formatStylish([{ file: 'Dockerfile', findings: [finding(0, 0, 'info', 'x')] }], { color: true })).toMatch(/\x1b\[/);
  });

  // issue 13: Math.max(...widths) overflowed the call stack past ~100,000 rows
  test('a file with 200,000 findings prints them all', () => {
    const findings = Array.from({ length: 200_000 }, (_, line) => finding(line, 0, 'info', 'i'));
    const lines = formatStylish([{ file: 'Dockerfile', findings }], { color: false }).split('\n');
    expect(lines).toHaveLength(1 + 200_000 + 4);
    expect(lines[200_000]).toBe('  200000:1  info  i  some-rule');
  });
});
