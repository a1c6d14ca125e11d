import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { announceSkip } from '../../test-shared';
import { copiesOf, makeContext, removeMadeContexts } from './test-context-helpers';

afterAll(removeMadeContexts);

const asRoot = process.getuid?.() === 0;
const posixFs = process.platform !== 'win32';
if (asRoot) announceSkip('load-context faults: running as root, which reads a mode-000 folder; packages/cli/test/layers-context-faults.test.ts runs that case as an unprivileged user');
if (!posixFs) announceSkip('load-context faults: FIFOs, sockets and modes need a POSIX filesystem');

describe('loadBuildContext: what it cannot read has no figure, and says why', () => {
  test('a symlink loop is a symlink loop, not "not found", and its size is unknown', async () => {
    const root = makeContext({ loop1: { symlink: 'loop2' }, loop2: { symlink: 'loop1' }, 'dir/link': { symlink: '../loop1' } });
    const { copies } = await copiesOf('FROM busybox\nCOPY loop1 /x\nCOPY dir/link /y\nCOPY missing /z\n', root);
    expect(copies.map((copy) => copy.estimate)).toEqual(['unknown', 'unknown', 'lower-bound']);
    expect(copies[0].notes).toEqual(['loop1: symlink loop: the size of what loop1 copies is unknown']);
    expect(copies[1].notes[0]).toMatch(/symlink loop/);
    expect(copies[2].notes).toEqual(['missing was not found in the build context']);
  });

  (posixFs ? test : test.skip)('a FIFO and a socket are never opened and add no file bytes', async () => {
    const root = makeContext({ 'dir/a.txt': 5 });
    expect(spawnSync('mkfifo', [path.join(root, 'dir/pipe.tar')]).status).toBe(0);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, 'dir/sock'), resolve));
    try {
      // ADD of a .tar would read it to look for members: a FIFO read would hang here
      const { copies } = await copiesOf('FROM busybox\nCOPY dir /d\nADD dir/pipe.tar /p/\nCOPY dir/sock /s\n', root);
      expect(copies[0].files.map((file) => [file.path, file.size])).toEqual([['/d/a.txt', 5]]);
      expect(copies[0].estimate).toBe('exact');
      expect(copies[1].files).toEqual([]);
      expect(copies[1].notes[0]).toMatch(/^dir\/pipe\.tar is a FIFO, socket or device/);
      expect(copies[2].notes[0]).toMatch(/^dir\/sock is a FIFO, socket or device/);
    } finally {
      server.close();
    }
  });

  (posixFs && !asRoot ? test : test.skip)('an unreadable folder, a file under it, and an unreadable .dockerignore', async () => {
    const root = makeContext({ 'locked/f': 10, 'open/a': 3, 'open/locked/b': 4 });
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    fs.chmodSync(path.join(root, 'open/locked'), 0o000);
    try {
      const { copies } = await copiesOf('FROM busybox\nCOPY locked/ /l/\nCOPY locked/f /f\nCOPY locked/* /g/\nCOPY open /o\n', root);
      expect(copies.map((copy) => copy.estimate)).toEqual(['unknown', 'unknown', 'unknown', 'lower-bound']);
      expect(copies[0].notes).toEqual(['locked: permission denied: the size of what locked copies is unknown']);
      expect(copies[1].notes).toEqual(['locked/f: permission denied: the size of what locked/f copies is unknown']);
      expect(copies[3].notes).toEqual(['open/locked: permission denied: not counted, so the figure is a lower bound']);

      fs.writeFileSync(path.join(root, '.dockerignore'), 'open\n');
      fs.chmodSync(path.join(root, '.dockerignore'), 0o000);
      const { context, copies: unsure } = await copiesOf('FROM busybox\nCOPY open /o\n', root);
      expect(unsure[0].estimate).toBe('unknown');
      expect(context.notes).toContain('.dockerignore cannot be read (permission denied): what it excludes, and so what COPY/ADD send, is unknown');
    } finally {
      fs.chmodSync(path.join(root, 'locked'), 0o755);
      fs.chmodSync(path.join(root, 'open/locked'), 0o755);
    }
  });
});
