import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { compareFilesystems, describeDifference, readFinalFilesystem, type FinalEntry } from './final-filesystem';

/** One tar member, written header by header so modes, owners and link names are exactly these. */
interface Member {
  path: string;
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link';
  mode?: number;
  uid?: number;
  gid?: number;
  content?: string | Buffer;
  linkpath?: string;
}

function tarOf(members: Member[]): Buffer {
  const blocks: Buffer[] = [];
  for (const member of members) {
    const body = typeof member.content === 'string' || member.content === undefined ? Buffer.from(member.content ?? '') : member.content;
    const header = new tar.Header({
      path: member.path,
      type: member.type ?? 'File',
      mode: member.mode ?? (member.type === 'Directory' ? 0o755 : 0o644),
      uid: member.uid ?? 0,
      gid: member.gid ?? 0,
      size: body.length,
      linkpath: member.linkpath,
      mtime: new Date(0),
    });
    header.encode();
    blocks.push(header.block!, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-final-fs-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A docker-archive of these layers, bottom first; manifest.json last, as skopeo writes it. */
function archiveOf(name: string, layers: Member[][]): string {
  const layerNames = layers.map((_, index) => `${index}.tar`);
  const manifest = JSON.stringify([{ Config: 'config.json', Layers: layerNames }]);
  const file = path.join(work, `${name}.docker.tar`);
  fs.writeFileSync(
    file,
    tarOf([
      ...layers.map((members, index) => ({ path: layerNames[index], content: tarOf(members) })),
      { path: 'config.json', content: '{}' },
      { path: 'manifest.json', content: manifest },
    ]),
  );
  return file;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const file = (content: string, mode = 0o644, uid = 0, gid = 0): FinalEntry => ({
  type: 'file', mode, uid, gid, size: content.length, sha256: sha(content),
});
const dir = (mode = 0o755): FinalEntry => ({ type: 'dir', mode, uid: 0, gid: 0 });

const base: Member[] = [
  { path: './', type: 'Directory' },
  { path: 'bin/', type: 'Directory' },
  { path: 'bin/busybox', mode: 0o755, content: 'ELF' },
  { path: 'bin/sh', type: 'SymbolicLink', linkpath: 'busybox' },
  { path: 'data/', type: 'Directory' },
  { path: 'data/x', content: 'lower x' },
  { path: 'data/sub/', type: 'Directory' },
  { path: 'data/sub/y', content: 'lower y' },
  { path: 'etc/', type: 'Directory' },
  { path: 'etc/passwd', content: 'root:x:0:0' },
  { path: 'gone', content: 'deleted later' },
  { path: 'tree/', type: 'Directory' },
  { path: 'tree/a', content: 'a' },
];

describe('readFinalFilesystem', () => {
  it('stacks layers: whiteouts, opaque directories, replacements, hard links, modes and owners', async () => {
    const archive = archiveOf('stacked', [
      base,
      [
        { path: '.wh.gone' },
        // opaque: hides every lower child of data/, but not what this layer puts there
        { path: 'data/', type: 'Directory', mode: 0o700 },
        { path: 'data/.wh..wh..opq' },
        { path: 'data/new', content: 'upper' },
        // a file where a directory was hides the whole lower tree
        { path: 'tree', content: 'now a file' },
        { path: 'etc/passwd', mode: 0o600, uid: 1000, gid: 1000, content: 'root:x:0:0' },
        { path: 'etc/passwd-', type: 'Link', linkpath: 'etc/passwd', mode: 0o600, uid: 1000, gid: 1000 },
      ],
    ]);
    const final = await readFinalFilesystem(archive);
    expect(Object.fromEntries(final)).toEqual({
      '': dir(),
      bin: dir(),
      'bin/busybox': file('ELF', 0o755),
      'bin/sh': { type: 'symlink', mode: 0o644, uid: 0, gid: 0, target: 'busybox' },
      data: dir(0o700),
      'data/new': file('upper'),
      etc: dir(),
      'etc/passwd': file('root:x:0:0', 0o600, 1000, 1000),
      'etc/passwd-': file('root:x:0:0', 0o600, 1000, 1000),
      tree: file('now a file'),
    });
  });

  it('lets a directory whiteout hide the tree under it, and a directory replace a lower file', async () => {
    const archive = archiveOf('dir-whiteout', [base, [{ path: '.wh.data' }, { path: 'gone/', type: 'Directory' }]]);
    const final = await readFinalFilesystem(archive);
    expect([...final.keys()].filter((key) => key.startsWith('data'))).toEqual([]);
    expect(final.get('gone')).toEqual(dir());
  });
});

describe('compareFilesystems', () => {
  const before = new Map<string, FinalEntry>([
    ['etc', dir()],
    ['etc/passwd', file('root')],
    ['var/log/dpkg.log', file('2025-01-01 install')],
    ['only-before', file('x')],
  ]);

  it('finds each kind of difference, and lets off only the content of the paths it is told to', () => {
    const after = new Map<string, FinalEntry>([
      ['etc', dir(0o700)],
      ['etc/passwd', file('root', 0o644, 1000)],
      ['var/log/dpkg.log', file('2025-01-02 install')],
      ['only-after', file('x')],
    ]);
    expect(compareFilesystems(before, after).map((d) => d.path)).toEqual([
      'etc', 'etc/passwd', 'only-after', 'only-before', 'var/log/dpkg.log',
    ]);
    expect(compareFilesystems(before, after, (p) => p === 'var/log/dpkg.log').map((d) => d.path)).toEqual([
      'etc', 'etc/passwd', 'only-after', 'only-before',
    ]);
    const grown = new Map(before).set('var/log/dpkg.log', file('2025-01-02 install, longer'));
    expect(compareFilesystems(before, grown, () => true).map(describeDifference)).toEqual([
      expect.stringMatching(/^\/var\/log\/dpkg\.log: file 0644 0:0 18 \w+ {2}⇒ {2}file 0644 0:0 26 \w+$/),
    ]);
  });

  it('finds nothing between equal filesystems', () => {
    expect(compareFilesystems(before, new Map(before))).toEqual([]);
  });
});
