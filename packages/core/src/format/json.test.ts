import { goldenReport } from './golden/golden-test-fixtures';
import { formatJson } from './json';
import { formatSarif } from './sarif';

type Figure = { value: number | null; estimate: string };

describe('byte figures in JSON output', () => {
  test('lint JSON: an unknown wastedBytes is value null, never 0; known figures keep their number', () => {
    const json = JSON.parse(formatJson(goldenReport().results)) as Array<{ findings: Array<{ wastedBytes?: Figure }> }>;
    const figures = json.flatMap((file) => file.findings.flatMap((finding) => (finding.wastedBytes ? [finding.wastedBytes] : [])));
    expect(figures).toContainEqual({ value: null, estimate: 'unknown' });
    expect(figures).toContainEqual({ value: 18874368, estimate: 'lower-bound' });
    expect(figures.filter((figure) => figure.estimate === 'unknown').every((figure) => figure.value === null)).toBe(true);
  });

  test('SARIF result properties: the same', () => {
    const results = JSON.parse(formatSarif(goldenReport())).runs[0].results as Array<{ properties: { wastedBytes?: Figure } }>;
    const figures = results.flatMap((result) => (result.properties.wastedBytes ? [result.properties.wastedBytes] : []));
    expect(figures).toContainEqual({ value: null, estimate: 'unknown' });
    expect(figures).toContainEqual({ value: 18874368, estimate: 'lower-bound' });
  });
});
