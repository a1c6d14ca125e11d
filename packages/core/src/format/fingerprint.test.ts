import type { Finding } from '../engine/rule';
import { fingerprints } from './fingerprint';
import { API_DOCKERFILE, API_FINDINGS } from './golden/golden-test-fixtures';

/** The findings of a text with lines inserted before line `at` (0-based): same findings, moved. */
function shifted(findings: Finding[], at: number, by: number): Finding[] {
  const move = (position: { line: number; character: number }) => ({ ...position, line: position.line >= at ? position.line + by : position.line });
  return findings.map((f) => ({ ...f, range: { start: move(f.range.start), end: move(f.range.end) } }));
}

describe('fingerprints', () => {
  const original = fingerprints({ file: 'Dockerfile', findings: API_FINDINGS, text: API_DOCKERFILE }, 'Dockerfile');

  test('survive an unrelated line inserted above (and re-indentation)', () => {
    const lines = API_DOCKERFILE.split('\n');
    const edited = [lines[0], '# a new comment', 'ENV A=1', ...lines.slice(1).map((l) => (l ? `  ${l}` : l))].join('\n');
    const moved = shifted(API_FINDINGS, 1, 2).map((f) => ({ ...f, message: f.message.replace(/\d+/g, '9') }));
    expect(fingerprints({ file: 'Dockerfile', findings: moved, text: edited }, 'Dockerfile')).toEqual(original);
  });

  test('change when the finding’s own lines change, and the global one when the path does', () => {
    const edited = API_DOCKERFILE.replace('apt-get install -y curl', 'apt-get install -y wget');
    const after = fingerprints({ file: 'Dockerfile', findings: API_FINDINGS, text: edited }, 'Dockerfile');
    expect(after[1].lineHash).not.toBe(original[1].lineHash); // consecutive-run spans lines 3-4
    expect(after[2]).toEqual(original[2]); // package-cache only covers line 3
    const elsewhere = fingerprints({ file: 'Dockerfile', findings: API_FINDINGS, text: API_DOCKERFILE }, 'other/Dockerfile');
    expect(elsewhere.map((p) => p.lineHash)).toEqual(original.map((p) => p.lineHash));
    expect(elsewhere[0].global).not.toBe(original[0].global);
  });

  test('the same finding on identical lines is told apart by its occurrence', () => {
    const text = 'FROM a\nMAINTAINER x\nFROM b\nMAINTAINER x\n';
    const finding = (line: number): Finding => ({ rule: 'maintainer-deprecated', severity: 'warning', message: 'm', range: { start: { line, character: 0 }, end: { line, character: 12 } } });
    const prints = fingerprints({ file: 'Dockerfile', findings: [finding(1), finding(3)], text }, 'Dockerfile');
    expect(prints[0].lineHash).toMatch(/^[0-9a-f]{16}:1$/);
    expect(prints[1].lineHash).toBe(prints[0].lineHash.replace(/:1$/, ':2'));
    expect(prints[0].global).not.toBe(prints[1].global);
  });

  test('a range ending at column 0 of the next line does not cover that line; CRLF hashes like LF', () => {
    const finding: Finding = { rule: 'r', severity: 'info', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } };
    const a = fingerprints({ file: 'f', findings: [finding], text: 'RUN a\nRUN b\n' }, 'f');
    const b = fingerprints({ file: 'f', findings: [finding], text: 'RUN a\r\nRUN c\r\n' }, 'f');
    expect(b).toEqual(a);
  });

  test('lines are the parser’s: a lone CR breaks a line too', () => {
    const finding: Finding = { rule: 'r', severity: 'info', message: 'm', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } };
    const lf = fingerprints({ file: 'f', findings: [finding], text: 'FROM a\nRUN b\n' }, 'f');
    expect(fingerprints({ file: 'f', findings: [finding], text: 'FROM a\rRUN b\n' }, 'f')).toEqual(lf);
    expect(fingerprints({ file: 'f', findings: [finding], text: 'FROM a\rRUN c\n' }, 'f')).not.toEqual(lf);
  });

  test('without the text: rule and message with the numbers blanked', () => {
    const [a] = fingerprints({ file: 'f', findings: [API_FINDINGS[1]] }, 'f');
    const [b] = fingerprints({ file: 'f', findings: shifted([API_FINDINGS[1]], 0, 5).map((f) => ({ ...f, message: f.message.replace('3 and 4', '8 and 9') })) }, 'f');
    expect(b).toEqual(a);
  });
});
