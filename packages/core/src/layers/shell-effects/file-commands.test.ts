import { exact, lowerBound, UNKNOWN, ZERO } from '../bytes';
import { effectsOf } from './test-fixtures';

describe('mkdir, rm, rmdir, touch', () => {
  test('mkdir -p is not fresh; several operands; -m takes a value', async () => {
    expect(await effectsOf('RUN mkdir -p -m 0755 /a /b/c && mkdir --parents d', { workdir: '/w' })).toEqual([
      { kind: 'mkdir', command: 'mkdir', path: '/a', fresh: false },
      { kind: 'mkdir', command: 'mkdir', path: '/b/c', fresh: false },
      { kind: 'mkdir', command: 'mkdir', path: '/w/d', fresh: false },
    ]);
  });

  test('rm flags: -f alone is not recursive, -R and --recursive are', async () => {
    expect(await effectsOf('RUN rm -f /a && rm -R /b && rm --recursive --force -- /c')).toMatchObject([
      { path: '/a', recursive: false },
      { path: '/b', recursive: true },
      { path: '/c', recursive: true },
    ]);
  });

  test('rmdir -p removes the parents it names', async () => {
    expect(await effectsOf('RUN rmdir -p /a/b/c && rmdir /d')).toEqual([
      { kind: 'delete', command: 'rmdir', path: '/a/b/c', recursive: false },
      { kind: 'delete', command: 'rmdir', path: '/a/b', recursive: false },
      { kind: 'delete', command: 'rmdir', path: '/a', recursive: false },
      { kind: 'delete', command: 'rmdir', path: '/d', recursive: false },
    ]);
  });

  test('touch -c does not create; -d takes a value', async () => {
    expect(await effectsOf('RUN touch -c -d "2020-01-01" /a')).toEqual([
      { kind: 'copy-up', command: 'touch', path: '/a', recursive: false, creates: false, extraBytes: exact(0) },
    ]);
  });
});

describe('metadata changes copy files up', () => {
  test.each([
    ['chmod 755 /a', 'chmod', false],
    ['chmod -x /a', 'chmod', false],
    ['chmod u+x,go-w /a', 'chmod', false],
    ['chmod -R a+rX /a', 'chmod', true],
    ['chmod --recursive 644 /a', 'chmod', true],
    ['chmod --reference=/etc/hosts /a', 'chmod', false],
    ['chmod --reference /etc/hosts /a', 'chmod', false],
    ['chown --from=root app /a', 'chown', false],
    ['chown app:app /a', 'chown', false],
    ['chown -hR 1000:1000 /a', 'chown', true],
    ['chgrp -R staff /a', 'chgrp', true],
    ['setfacl -m u:app:rwx /a', 'setfacl', false],
    ['setfacl -R -m g:dev:rx /a', 'setfacl', true],
    ['setfacl -Rm g:dev:rx /a', 'setfacl', true],
    ['setfacl -dm u::rwx /a', 'setfacl', false],
    ['chattr +i /a', 'chattr', false],
    ['chattr -R -i /a', 'chattr', true],
    ['setfattr -n user.x -v 1 /a', 'setfattr', false],
  ])('%s', async (line, command, recursive) => {
    expect(await effectsOf(`RUN ${line}`)).toEqual([{ kind: 'copy-up', command, path: '/a', recursive }]);
  });

  test('several files and a glob', async () => {
    expect(await effectsOf('RUN chmod +x /usr/local/bin/* /entry.sh')).toEqual([
      { kind: 'copy-up', command: 'chmod', path: '/usr/local/bin/*', glob: true, recursive: false },
      { kind: 'copy-up', command: 'chmod', path: '/entry.sh', recursive: false },
    ]);
  });

  test('a dynamic file is an unknown write', async () => {
    expect(await effectsOf('RUN chown -R app "$DIR"')).toMatchObject([{ kind: 'unknown-write', command: 'chown' }]);
  });
});

describe('sized writes', () => {
  test.each([
    ['truncate -s 10M /f', exact(10 * 1024 * 1024)],
    ['truncate -s 1KB /f', exact(1000)],
    ['truncate --size=2KiB /f', exact(2048)],
    ['truncate -s -1K /f', UNKNOWN],
    ['truncate -r /etc/hosts /f', UNKNOWN],
    ['fallocate -l 1G /f', exact(1024 ** 3)],
    ['fallocate -l 1k /f', exact(1024)],
    ['fallocate -o 1K -l 1K /f', lowerBound(2048)],
    ['dd if=/dev/urandom of=/f bs=1024 count=512', exact(512 * 1024)],
    ['dd if=/dev/zero of=/f bs=1M count=3', exact(3 * 1024 * 1024)],
    ['dd if=/dev/zero of=/f bs=1k count=2', exact(2048)],
    ['dd if=/dev/zero of=/f bs=1kB count=2', exact(2000)],
    ['dd if=/dev/zero of=/f bs=2x512 count=1', exact(1024)],
    ['dd if=/dev/zero of=/f count=4', exact(2048)],
    ['dd if=/dev/zero of=/f bs=4096 count=100 iflag=count_bytes', exact(100)],
    ['dd if=/dev/zero of=/f bs=1k seek=1 count=1', exact(2048)],
    ['dd if=/dev/zero of=/f bs=1M', UNKNOWN],
    ['dd if=/src of=/f bs=1M count=1', UNKNOWN],
    ['dd of=/f bs=1M count=1', UNKNOWN],
    ['dd if=/dev/zero of=/f bs=$BS count=1', UNKNOWN],
  ])('%s', async (line, bytes) => {
    expect(await effectsOf(`RUN ${line}`)).toEqual([{ kind: 'write', command: line.split(' ')[0], path: '/f', bytes }]);
  });

  test('truncate -s +N grows the file in place', async () => {
    expect(await effectsOf('RUN truncate -s +1K /f')).toEqual([
      { kind: 'copy-up', command: 'truncate', path: '/f', recursive: false, creates: true, extraBytes: exact(1024) },
    ]);
  });

  test('dd oflag=append appends; conv=notrunc edits in place', async () => {
    expect(await effectsOf('RUN dd if=/dev/zero of=/f bs=1 count=5 oflag=append conv=notrunc && dd if=/dev/zero of=/g bs=1 count=5 conv=notrunc')).toEqual([
      { kind: 'copy-up', command: 'dd', path: '/f', recursive: false, creates: true, extraBytes: exact(5) },
      { kind: 'copy-up', command: 'dd', path: '/g', recursive: false, creates: true, extraBytes: UNKNOWN },
    ]);
  });
});

describe('cp, mv, install, ln', () => {
  test('cp of one file; -r/-a are recursive', async () => {
    expect(await effectsOf('RUN cp /a /b && cp -a /src /dst && cp -R x y', { workdir: '/w' })).toEqual([
      { kind: 'copy', command: 'cp', from: '/a', to: '/b', recursive: false, move: false },
      { kind: 'copy', command: 'cp', from: '/src', to: '/dst', recursive: true, move: false },
      { kind: 'copy', command: 'cp', from: '/w/x', to: '/w/y', recursive: true, move: false },
    ]);
  });

  test('several sources, -t and a trailing slash copy into a directory', async () => {
    expect(await effectsOf('RUN cp /a /b /dir && cp -t /dir2 /c && cp /d /dir3/')).toEqual([
      { kind: 'copy', command: 'cp', from: '/a', to: '/dir', recursive: false, move: false, intoDirectory: true },
      { kind: 'copy', command: 'cp', from: '/b', to: '/dir', recursive: false, move: false, intoDirectory: true },
      { kind: 'copy', command: 'cp', from: '/c', to: '/dir2', recursive: false, move: false, intoDirectory: true },
      { kind: 'copy', command: 'cp', from: '/d', to: '/dir3', recursive: false, move: false, intoDirectory: true },
    ]);
  });

  test('cp -r dir/. copies the contents; -T forbids copying into', async () => {
    expect(await effectsOf('RUN cp -r /src/. /dst && cp -T /a /b')).toEqual([
      { kind: 'copy', command: 'cp', from: '/src', to: '/dst', recursive: true, move: false, intoDirectory: false },
      { kind: 'copy', command: 'cp', from: '/a', to: '/b', recursive: false, move: false, intoDirectory: false },
    ]);
  });

  test('cp of a glob source', async () => {
    expect(await effectsOf('RUN cp /build/*.so /usr/lib/')).toEqual([
      { kind: 'copy', command: 'cp', from: '/build/*.so', fromGlob: true, to: '/usr/lib', recursive: false, move: false, intoDirectory: true },
    ]);
  });

  test('mv -t and mv with an unknown destination still deletes the source', async () => {
    expect(await effectsOf('RUN mv -t /dst /a && mv /b "$X"')).toEqual([
      { kind: 'copy', command: 'mv', from: '/a', to: '/dst', recursive: true, move: true, intoDirectory: true },
      { kind: 'unknown-write', command: 'mv', cwd: '/', reason: 'mv: `"$X"`: $X has no value known to dflint' },
      { kind: 'delete', command: 'mv', path: '/b', recursive: true },
    ]);
  });

  test('install -d makes directories; install -m copies', async () => {
    expect(await effectsOf('RUN install -d -m 0755 /opt/app && install -m 755 /tmp/tool /usr/local/bin/tool')).toEqual([
      { kind: 'mkdir', command: 'install', path: '/opt/app', fresh: false },
      { kind: 'copy', command: 'install', from: '/tmp/tool', to: '/usr/local/bin/tool', recursive: false, move: false },
    ]);
  });

  test('ln -s writes a non-regular file; into a directory it takes the target name', async () => {
    expect(await effectsOf('RUN ln -sf /usr/bin/python3 /usr/bin/python && ln -s /opt/app/bin/tool /usr/local/bin/')).toEqual([
      { kind: 'write', command: 'ln', path: '/usr/bin/python', bytes: ZERO, nonRegular: true },
      { kind: 'write', command: 'ln', path: '/usr/local/bin/tool', bytes: ZERO, nonRegular: true },
    ]);
  });

  test('a hard link copies the linked file up', async () => {
    expect(await effectsOf('RUN ln /big /big-link')).toEqual([
      { kind: 'copy-up', command: 'ln', path: '/big', recursive: false },
      { kind: 'write', command: 'ln', path: '/big-link', bytes: ZERO, nonRegular: true },
    ]);
  });
});

describe('sed -i, tee, find', () => {
  test('sed -i rewrites each file (copied up, of an unknown new size: it may shrink), globs too', async () => {
    expect(await effectsOf("RUN sed -i 's/a/b/' /etc/a /etc/b && sed -e 's/x/y/' --in-place /etc/c && sed 's/x/y/' /etc/d && sed -i s/x/y/ /etc/*.conf")).toEqual([
      { kind: 'copy-up', command: 'sed', path: '/etc/a', recursive: false, rewrites: true },
      { kind: 'copy-up', command: 'sed', path: '/etc/b', recursive: false, rewrites: true },
      { kind: 'copy-up', command: 'sed', path: '/etc/c', recursive: false, rewrites: true },
      { kind: 'copy-up', command: 'sed', path: '/etc/*.conf', glob: true, recursive: false, rewrites: true },
    ]);
  });

  test('sed -i.bak keeps a backup; -ie means the suffix "e"', async () => {
    expect(await effectsOf("RUN sed -i.bak 's/a/b/' /f && sed -ie 's/a/b/' /g")).toEqual([
      { kind: 'copy', command: 'sed', from: '/f', to: '/f.bak', recursive: false, move: false, intoDirectory: false },
      { kind: 'copy-up', command: 'sed', path: '/f', recursive: false, rewrites: true },
      { kind: 'copy', command: 'sed', from: '/g', to: '/ge', recursive: false, move: false, intoDirectory: false },
      { kind: 'copy-up', command: 'sed', path: '/g', recursive: false, rewrites: true },
    ]);
  });

  test('tee writes its files, -a appends, /dev is ignored', async () => {
    expect(await effectsOf('RUN echo x | tee /a /dev/stderr && echo y | tee -a /b')).toEqual([
      { kind: 'write', command: 'tee', path: '/a', bytes: UNKNOWN },
      { kind: 'copy-up', command: 'tee', path: '/b', recursive: false, creates: true, extraBytes: UNKNOWN },
    ]);
  });

  test('find -delete and -exec may change anything under their roots', async () => {
    expect(await effectsOf("RUN find /usr/lib -name '*.pyc' -delete && find . -type f -exec chmod 644 {} + && find / -name x")).toEqual([
      { kind: 'unknown-write', command: 'find', reason: 'find -delete: deletes what it matches', path: '/usr/lib' },
      { kind: 'unknown-write', command: 'find', cwd: '/', reason: 'find -exec: runs a command on what it matches' },
    ]);
  });
});

describe('system caches', () => {
  test('ldconfig rebuilds /etc/ld.so.cache', async () => {
    expect(await effectsOf('RUN ldconfig')).toEqual([
      { kind: 'unknown-write', command: 'ldconfig', reason: 'ldconfig: rebuilds the dynamic linker cache', path: '/etc/ld.so.cache' },
    ]);
  });
});
