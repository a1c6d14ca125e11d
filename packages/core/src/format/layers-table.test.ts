import { exact, lowerBound, UNKNOWN } from '../layers/bytes';
import { buildLayerModel } from '../layers/model';
import { parseDocument } from '../parse/document';
import type { StoredEntry } from '../layers/types';
import { formatLayersTable } from './layers-table';
import { multiStageReport, seedReport } from './layers-test-fixtures';

const MiB = 1024 * 1024;

describe('formatLayersTable', () => {
  test('one stage: header, a row per instruction, totals and each wasted path summed, with its lines', async () => {
    expect(formatLayersTable(await seedReport(), { color: false })).toBe(
      [
        'Dockerfile',
        '',
        'stage 0 FROM busybox  (target)',
        '  LINE  INSTRUCTION                                          LAYER    ADDED   WASTED  ESTIMATE',
        '     1  FROM busybox                                         —          0 B      0 B  exact',
        '     2  RUN mkdir /data                                      layer      0 B      0 B  exact',
        '     3  RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one  layer  1.0 MiB  1.0 MiB  exact',
        '     4  RUN chmod -R 0777 /data                              layer  1.0 MiB  1.0 MiB  exact',
        '     5  RUN rm /data/one                                     layer      0 B      0 B  exact',
        '     6  CMD ls -alh /data                                    —          0 B      0 B  exact',
        '',
        '  totals: 4 layers, 1 history entry; added 2.0 MiB, wasted 2.0 MiB',
        '  largest wasted paths:',
        '    /data/one  2.0 MiB  added at line 3; stored again by chmod at line 4; deleted by rm at line 5',
        '',
      ].join('\n'),
    );
  });

  test('multi-stage: names, the stage a stage builds on, lower-bound and unknown cells, notes', async () => {
    const text = formatLayersTable(await multiStageReport(), { color: false });
    const lines = text.split('\n');
    expect(lines).toContain('stage 0 "build" FROM golang:1.22');
    expect(lines).toContain('stage 1 FROM debian:bookworm');
    expect(lines).toContain('stage 2 "test" FROM build (stage 0)  (target)');
    expect(text.match(/\(target\)/g)).toHaveLength(1);
    expect(text).toMatch(/^ {5}3 {2}COPY \. \. +layer {2}≥ 3\.0 MiB +0 B {2}lower bound$/m);
    expect(text).toMatch(/^ {5}4 {2}RUN go build -o \/out\/app \.\/cmd\/app +layer +\? +0 B {2}unknown$/m);
    expect(text).toMatch(/^ {3}7-8 {2}RUN apt-get install -y curl && rm -rf \/var\/lib\/apt\/lists\/\* +layer/m);
    expect(text).toContain('    /var/lib/apt/lists/*  ?  added at line 6; deleted by rm at line 8');
    expect(text).toContain('  totals: 3 layers, 1 history entry; added at least 3.0 MiB, wasted 0 B (with stage 0 it builds on)');
    // exact zeros and unknowns sum to unknown: never "at least 0 B"
    expect(text).toContain('  totals: 3 layers, 0 history entries; added at least 8.0 MiB, wasted an unknown amount');
    expect(text).not.toMatch(/≥ 0 B|at least 0 B/);
    expect(text).toContain('    line 4: go build writes files of unknown size');
    expect(text).toMatch(/\n {2}build context:\n {4}no \.dockerignore: the whole context is sent\n$/);
  });

  test('the instruction column shrinks to fit the width, marking cut text with …', async () => {
    const text = formatLayersTable(await multiStageReport(), { color: false, width: 80 });
    const rows = text.split('\n').filter((line) => /^ +(LINE|\d)/.test(line));
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(80);
    expect(text).toContain('RUN apt-get install -y curl && rm -rf…');
  });

  test('lists the five largest wasted paths, known sizes first', async () => {
    const report = await seedReport();
    const [stored] = report.stages[0].steps[2].stored;
    const sizes = [UNKNOWN, exact(1), exact(5 * MiB), lowerBound(2 * MiB), exact(3), exact(4 * MiB), exact(2)];
    report.stages[0].steps[2].stored = sizes.map((bytes, i): StoredEntry => ({ ...stored, path: `/f${i}`, bytes }));
    report.stages[0].steps[3].stored = [];
    const lines = formatLayersTable(report, { color: false }).split('\n');
    const heading = lines.indexOf('  largest wasted paths (5 of 7):');
    expect(heading).toBeGreaterThan(0);
    const listed = lines.slice(heading + 1, heading + 7).map((line) => line.trim().split(/ {2,}/).slice(0, 2).join(' '));
    expect(listed).toEqual(['/f2 5.0 MiB', '/f5 4.0 MiB', '/f3 ≥ 2.0 MiB', '/f4 3 B', '/f6 2 B', '']);

    report.stages[0].steps[2].stored = [sizes[0], sizes[1]].map((bytes, i): StoredEntry => ({ ...stored, path: `/g${i}`, bytes }));
    expect(formatLayersTable(report, { color: false })).toMatch(/^ {4}\/g1 {2}1 B .*\n {4}\/g0 {2}  \? /m);
  });

  test('colour only when asked', async () => {
    const report = await seedReport();
    expect(formatLayersTable(report, { color: false })).not.toMatch(/\x1b\[/);
    expect(formatLayersTable(report, { color: true })).toMatch(/\x1b\[/);
  });

  // issue 13: a stage of 200,000 RUNs overflowed the call stack (Math.max(...), push(...rows))
  test('a stage of 200,000 rows prints them all', async () => {
    const report = await seedReport();
    const [stage] = report.stages;
    const steps = Array.from({ length: 200_000 }, (_, i) => stage.steps[i % stage.steps.length]);
    const lines = formatLayersTable({ ...report, stages: [{ ...stage, steps }] }, { color: false }).split('\n');
    const mkdirRows = steps.filter((step) => step === stage.steps[1]).length;
    expect(lines.filter((line) => /^\s+\d+\s+RUN mkdir \/data/.test(line))).toHaveLength(mkdirRows);
  });

  test('a real model: unknown steps print ?, never ≥ 0 B, and a note names the command dflint cannot see into', async () => {
    const text = 'FROM debian:bookworm\nWORKDIR /src\nRUN sed -i s/a/b/ /etc/apt/sources.list\nRUN mkdir /d && dd if=/dev/zero bs=1024 count=1 of=/d/x\nRUN make\n';
    const report = { file: 'Dockerfile', stages: buildLayerModel(await parseDocument(text)).stages };
    const table = formatLayersTable(report, { color: false });
    expect(table).toMatch(/^ {5}3 {2}RUN sed -i s\/a\/b\/ \/etc\/apt\/sources\.list +layer +\? +\? {2}unknown$/m);
    expect(table).toMatch(/^ {5}4 {2}RUN mkdir .* +layer +1\.0 KiB +\? {2}unknown$/m);
    expect(table).not.toMatch(/≥ 0 B|at least 0 B/);
    expect(table).toContain('    line 3: `sed` changes /etc/apt/sources.list, which the base image may hold: stored again, of unknown size\n');
    expect(table).toContain('    line 4: waste not exact: line 5 writes files dflint cannot see, which may hide what this layer stores\n');
    expect(table).toContain('    line 5: `make` writes files dflint cannot see\n');
  });
});
