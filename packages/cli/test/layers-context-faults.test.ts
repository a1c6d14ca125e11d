import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { announceSkip, runCli, tempDir, type RunOptions } from './run-cli';

// root reads a mode-000 folder, so as root the CLI runs as nobody, who must be able to reach the context
const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;
const posixFs = process.platform !== 'win32';
if (!posixFs) announceSkip('layers context faults: modes need a POSIX filesystem');

interface JsonLayer {
  instruction: string;
  addedBytes: { value: number; estimate: string };
  notes: string[];
}

function layersJson(cwd: string): { layers: JsonLayer[]; notes: string[] } {
  const options: RunOptions = { cwd, timeout: 60_000, ...(asRoot ? { user: NOBODY } : {}) };
  const run = runCli(['layers', '--format', 'json'], options);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout);
  return { layers: report.stages[0].layers, notes: report.notes };
}

(posixFs ? describe : describe.skip)('dflint layers on a context it cannot fully read', () => {
  test('COPY of an unreadable folder is unknown, "permission denied", not 0 B exact', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'locked/f'), 'hello\n');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine\nCOPY locked/ /l/\nCOPY locked/f /f\n');
    chmodSync(path.join(dir, 'locked'), 0o000);
    const { layers } = layersJson(dir);
    const [folder, file] = layers.filter((layer) => layer.instruction.startsWith('COPY'));
    expect(folder.addedBytes.estimate).toBe('unknown');
    expect(folder.notes).toEqual(['locked: permission denied: the size of what locked copies is unknown']);
    expect(file.addedBytes.estimate).toBe('unknown');
    expect(file.notes[0]).toMatch(/^locked\/f: permission denied/);
  });

  test('an unreadable .dockerignore makes every context figure unknown, with a note', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'app.txt'), 'x'.repeat(100));
    writeFileSync(path.join(dir, '.dockerignore'), 'app.txt\n');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine\nCOPY . /app\n');
    chmodSync(path.join(dir, '.dockerignore'), 0o000);
    const { layers, notes } = layersJson(dir);
    expect(layers[1].addedBytes.estimate).toBe('unknown');
    expect(notes).toContain('.dockerignore cannot be read (permission denied): what it excludes, and so what COPY/ADD send, is unknown');
  });
});
