import { existsSync, readdirSync, statSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import * as path from 'node:path';
import { layersCommand, type LayersFormat } from '../src/layers';
import type { CliIo } from '../src/io';
import { announceSkip, SHARED } from './run-cli';

const CORPUS = path.join(SHARED, 'corpus');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

/** `dflint layers` in-process, through the same command code the bin runs. */
async function layers(dockerfile: string, format: LayersFormat, cwd: string): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: {},
    stdin: new PassThrough(),
    stdoutIsTTY: false,
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  };
  const status = await layersCommand({ dockerfiles: [dockerfile], format, color: false, width: 120 }, io);
  return { status, stdout, stderr };
}

// Every real Dockerfile through `dflint layers` (table and JSON); spawning 6,000 processes
// would take minutes, so the command runs in this process with a captured terminal.
(existsSync(CORPUS) ? describe : describe.skip)('dflint layers on the corpus', () => {
  test('every corpus file: table and JSON, no crash; JSON parses; exit 2 only for a file with no FROM', async () => {
    const failures: string[] = [];
    let stages = 0;
    const files = filesUnder(path.join(CORPUS, 'dockerfiles'));
    for (const file of files) {
      const relative = path.relative(CORPUS, file);
      try {
        const json = await layers(relative, 'json', CORPUS);
        const table = await layers(relative, 'table', CORPUS);
        if (json.status !== table.status) failures.push(`${relative}: json exit ${json.status}, table exit ${table.status}`);
        if (json.status === 2) {
          if (!/no FROM instruction/.test(json.stderr)) failures.push(`${relative}: exit 2: ${json.stderr}`);
          continue;
        }
        if (json.status !== 0 || json.stderr !== '' || table.stderr !== '') failures.push(`${relative}: exit ${json.status}: ${json.stderr}${table.stderr}`);
        const report = JSON.parse(json.stdout) as { stages: Array<{ layers: unknown[] }> };
        stages += report.stages.length;
        if (report.stages.some((stage) => stage.layers.length === 0)) failures.push(`${relative}: a stage with no steps`);
        if (!/total/i.test(table.stdout)) failures.push(`${relative}: the table has no totals line`);
      } catch (error) {
        failures.push(`${relative}: ${(error as Error).stack}`);
      }
    }
    expect(failures).toEqual([]);
    expect(stages).toBeGreaterThan(files.length * 0.9);
  }, 300_000);

  test('every real build context: exit 0 and a JSON report with its stages', async () => {
    const contexts = path.join(CORPUS, 'contexts');
    const names = readdirSync(contexts).filter((name) => existsSync(path.join(contexts, name, 'Dockerfile')));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const run = await layers('Dockerfile', 'json', path.join(contexts, name));
      expect({ name, status: run.status, stderr: run.stderr }).toEqual({ name, status: 0, stderr: '' });
      const report = JSON.parse(run.stdout) as { stages: unknown[] };
      expect(report.stages.length).toBeGreaterThan(0);
    }
  });
});

if (!existsSync(CORPUS)) announceSkip(`layers corpus test: ${CORPUS} is absent (set DFLINT_SHARED to the shared folder)`);
