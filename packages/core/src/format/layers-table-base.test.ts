import { estimated, exact, lowerBound } from '../layers/bytes';
import { buildLayerModel } from '../layers/model';
import { baseStates, debianIndex } from '../layers/test-base-image';
import { parseDocument } from '../parse/document';
import { formatLayersTable } from './layers-table';
import { shortDigest } from './layers-base-image';
import { baseImageReport, seedReport } from './layers-test-fixtures';

const MiB = 1024 * 1024;

/** The lines of one stage's block, from its header to the next stage's. */
function stageBlock(table: string, index: number): string[] {
  const lines = table.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`stage ${index} `));
  const end = lines.findIndex((line, at) => at > start && line.startsWith('stage '));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('formatLayersTable: the base image', () => {
  test('resolved: the FROM row adds the base (layers, digest), the image line predicts base + added, hidden base files are sized', async () => {
    const table = formatLayersTable(await baseImageReport(true), { color: false });
    expect(stageBlock(table, 0)).toEqual([
      'stage 0 "app" FROM debian:bookworm',
      '  LINE  INSTRUCTION                                                  LAYER     ADDED   WASTED  ESTIMATE',
      '     1  FROM debian:bookworm AS app · 1 layer, sha256:3f2a1b2c3d4e…  —      74.8 MiB  1.5 MiB  exact',
      '     2  RUN rm -rf /usr/share/doc/*                                  layer       0 B      0 B  exact',
      '     3  RUN echo \'alias ll="ls -l"\' >> /root/.bashrc                 layer   3.5 KiB      0 B  exact',
      '     4  COPY app /app                                                layer   2.0 MiB      0 B  exact',
      '',
      '  totals: 3 layers, 0 history entries; added 2.0 MiB, wasted 1.5 MiB',
      '  image: 76.8 MiB predicted (base 74.8 MiB + 2.0 MiB added)',
      '  hides 1.5 MiB of base-image files: /usr/share/doc (line 2, 1.5 MiB), /root/.bashrc (line 3, 3.4 KiB)',
      '',
    ]);
    expect(table).not.toContain('notes:');
  });

  test('FROM <stage>: its FROM row adds nothing (the base is counted in the stage it builds on), its image line still has the base', async () => {
    const block = stageBlock(formatLayersTable(await baseImageReport(true), { color: false }), 1);
    expect(block).toContain('     5  FROM app AS test  —        0 B     0 B  exact');
    expect(block).toContain('  image: 76.8 MiB predicted (base 74.8 MiB + 2.0 MiB added)');
  });

  test('offline: the FROM row and base figures are ?, the image a lower bound, and the notes say why once per stage', async () => {
    const table = formatLayersTable(await baseImageReport(false), { color: false });
    const block = stageBlock(table, 0);
    expect(block).toContain('     1  FROM debian:bookworm AS app                   —            ?       ?  unknown');
    expect(block).toContain('     3  RUN echo \'alias ll="ls -l"\' >> /root/.bashrc  layer   ≥ 17 B     0 B  lower bound');
    expect(block).toContain('  image: ≥ 2.0 MiB predicted (base ? + ≥ 2.0 MiB added)');
    expect(block).toContain('  hides base-image files of unknown size: /root/.bashrc (line 3), /usr/share/doc (line 2)');
    // seven figures carry the reason; it is said once
    expect(block.slice(block.indexOf('  notes:'))).toEqual(['  notes:', '    ? base image not resolved (offline): figures on base files are unknown', '']);
    expect(table).not.toMatch(/sha256:/);
  });

  test('a reason only bounds figures: ≥, and no word about base files when it is not the base’s', async () => {
    const report = await seedReport();
    const [stage] = report.stages;
    stage.steps[4].addedBytes = { ...lowerBound(10), reason: 'the size of `/data/x` is not known' };
    stage.steps[5].addedBytes = { ...lowerBound(20), reason: 'the size of `/data/x` is not known' };
    const block = stageBlock(formatLayersTable(report, { color: false }), 0);
    expect(block.slice(block.indexOf('  notes:'))).toEqual(['  notes:', '    ≥ the size of `/data/x` is not known', '']);
  });

  test('estimated figures (hand-made: sizes from package indexes): ≈ in the cells, "estimated" in the ESTIMATE column, each source once in the notes', async () => {
    const main = 'Debian bookworm main amd64 Packages, 2026-12-05';
    const updates = 'Debian bookworm-updates main amd64 Packages, 2026-12-05';
    const report = await seedReport();
    const [stage] = report.stages;
    stage.steps[2].addedBytes = estimated(3 * MiB, main);
    stage.steps[2].wastedBytes = estimated(2 * MiB, main);
    stage.steps[3].addedBytes = { ...lowerBound(5 * MiB), source: `${main}; ${updates}`, reason: 'the size of `/data/x` is not known' };
    stage.steps[4].addedBytes = estimated(MiB, updates, 'the size of `/data/x` is not known');
    const block = stageBlock(formatLayersTable(report, { color: false }), 0);
    expect(block).toContainEqual(expect.stringMatching(/^ {5}3 {2}RUN dd .* +layer +≈ 3\.0 MiB {2}≈ 2\.0 MiB {2}estimated$/));
    expect(block).toContainEqual(expect.stringMatching(/^ {5}4 {2}RUN chmod .* +layer +≥ ≈ 5\.0 MiB +1\.0 MiB {2}lower bound$/));
    // the reason's mark is its weakest figure's (a bound here), then each source once
    expect(block.slice(block.indexOf('  notes:'))).toEqual([
      '  notes:',
      '    ≥ the size of `/data/x` is not known',
      `    ≈ estimated from ${main}`,
      `    ≈ estimated from ${updates}`,
      '',
    ]);
  });

  test('a reason only estimated figures carry is marked ≈', async () => {
    const report = await seedReport();
    report.stages[0].steps[4].addedBytes = estimated(MiB, 'PyPI JSON API, 2026-12-05', 'unpacked size estimated from the wheel');
    const block = stageBlock(formatLayersTable(report, { color: false }), 0);
    expect(block).toContain('    ≈ unpacked size estimated from the wheel');
  });

  test('FROM scratch: the image line says so; a model that predicts no image size prints no image line', async () => {
    const report = await seedReport();
    const [stage] = report.stages;
    expect(formatLayersTable(report, { color: false })).not.toContain('image:');
    stage.totals.imageBytes = exact(2 * MiB);
    expect(formatLayersTable(report, { color: false })).toContain('\n  image: 2.0 MiB predicted (from scratch)\n');
  });

  test('80 columns: the FROM row keeps its label (the instruction is cut first), the hidden-files line wraps', async () => {
    const table = formatLayersTable(await baseImageReport(true), { color: false, width: 80 });
    const mine = table.split('\n').filter((line) => /^ +(LINE|\d)|^ {2}(image|hides)|^ {4}\//.test(line));
    expect(mine.length).toBeGreaterThan(10);
    for (const line of mine) expect(line.length).toBeLessThanOrEqual(80);
    expect(table).toMatch(/^ {5}1 {2}FROM de… · 1 layer, sha256:3f2a1b2c… +— +74\.8 MiB +1\.5 MiB {2}exact$/m);
    expect(table).toContain('  hides 1.5 MiB of base-image files: /usr/share/doc (line 2, 1.5 MiB),\n    /root/.bashrc (line 3, 3.4 KiB)\n');
  });

  test('many hidden base files: the five largest, then how many more', async () => {
    const report = await baseImageReport(true);
    const [stage] = report.stages;
    const [hidden] = stage.shadowedBase;
    stage.shadowedBase = Array.from({ length: 8 }, (_, i) => ({ ...hidden, path: `/etc/f${i}`, bytes: exact(i * 100) }));
    const table = formatLayersTable(report, { color: false, width: 200 });
    expect(table).toContain('  hides 2.7 KiB of base-image files: /etc/f7 (line 3, 700 B), /etc/f6 (line 3, 600 B), /etc/f5 (line 3, 500 B), /etc/f4 (line 3, 400 B), /etc/f3 (line 3, 300 B), and 3 more\n');
  });
});

describe('formatLayersTable over the real model (lane B) with a hand-built Debian base', () => {
  const TEXT = 'FROM debian:bookworm\nRUN rm -rf /usr/share/doc/*\nRUN echo hi >> /root/.bashrc\n';

  async function tableFor(outcome: Parameters<typeof baseStates>[1]): Promise<string> {
    const document = await parseDocument(TEXT);
    const report = { file: 'Dockerfile', stages: buildLayerModel(document, { baseImages: baseStates(document, outcome) }).stages };
    return formatLayersTable(report, { color: false });
  }

  test('resolved: the base on the FROM row, the predicted image, the hidden base files with their sizes', async () => {
    const table = await tableFor(debianIndex());
    expect(table).toMatch(/^ {5}1 {2}FROM debian:bookworm · 1 layer, sha256:dddddddddddd… +— +14\.5 KiB +1\.9 KiB {2}exact$/m);
    expect(table).toContain('  image: 15.0 KiB predicted (base 14.5 KiB + 574 B added)\n');
    expect(table).toContain('  hides 1.9 KiB of base-image files: /usr/share/doc (line 2, 1.4 KiB), /root/.bashrc (line 3, 571 B)\n');
    expect(table).not.toContain('not resolved');
  });

  test('offline: ? where the base would tell, and the reason said once however many figures carry it', async () => {
    const table = await tableFor({ reason: 'offline' });
    expect(table).toMatch(/^ {5}1 {2}FROM debian:bookworm +— +\? +\? {2}unknown$/m);
    expect(table).toContain('  image: ≥ 3 B predicted (base ? + ≥ 3 B added)\n');
    expect(table.match(/^ {4}\? base image not resolved \(offline\): figures on base files are unknown$/gm)).toHaveLength(1);
  });
});

describe('shortDigest', () => {
  test('12 hex digits after the algorithm, as docker shows image IDs', () => {
    expect(shortDigest('sha256:3f2a1b2c3d4e5f60718293a4b5c6d7e8')).toBe('sha256:3f2a1b2c3d4e…');
    expect(shortDigest('sha256:3f2a')).toBe('sha256:3f2a');
    expect(shortDigest('3f2a1b2c3d4e5f60718293a4')).toBe('3f2a1b2c3d4e…');
  });
});
