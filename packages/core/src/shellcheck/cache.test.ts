import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseDocumentSync } from '../parse/document';
import { ShellcheckCache } from './cache';
import { shellcheckJobs } from './jobs';
import { findShellcheck } from './runner';

// The cache and the runner without a real ShellCheck: a fake binary logs each call and says
// SC2086 at line 1 column 6 of every script it is given.
function fakeShellcheck(exitCode = 1): { env: NodeJS.ProcessEnv; calls: () => string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-shellcheck-'));
  const log = path.join(dir, 'calls');
  writeFileSync(log, '');
  const binary = path.join(dir, 'shellcheck');
  const comment = (file: string) => `{"file":"${file}","line":1,"endLine":1,"column":6,"endColumn":8,"level":"info","code":2086,"message":"Double quote"}`;
  writeFileSync(
    binary,
    `#!/bin/sh\necho "$*" >> ${log}\nout=""\nfor a in "$@"; do case "$a" in *.sh) out="$out\${out:+,}${comment('$a').replace(/"/g, '\\"')}";; esac; done\necho "{\\"comments\\":[$out]}"\nexit ${exitCode}\n`,
  );
  chmodSync(binary, 0o755);
  const env = { PATH: dir, XDG_CACHE_HOME: path.join(dir, 'cache') };
  return { env, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const jobsOf = (text: string) => shellcheckJobs(parseDocumentSync(text));

test('a miss is checked in one call per dialect; a known script is not checked again, even by a later run', () => {
  const fake = fakeShellcheck();
  const jobs = jobsOf('FROM a\nRUN echo $x\nSHELL ["/bin/bash", "-c"]\nRUN echo $y\n');
  const cache = new ShellcheckCache(fake.env);
  const comments = cache.commentsFor(jobs);
  expect(comments?.map((each) => each.map((c) => `${c.line}:${c.column}:SC${c.code}`))).toEqual([['1:6:SC2086'], ['1:6:SC2086']]);
  expect(fake.calls().map((call) => call.split(' ')[2])).toEqual(['--shell=sh', '--shell=bash']);
  expect(cache.commentsFor(jobs)).toEqual(comments);
  expect(new ShellcheckCache(fake.env).commentsFor(jobs)).toEqual(comments);
  expect(fake.calls()).toHaveLength(2);
});

test('a disk cache file that holds another script (a hash collision, another form) is a miss: the script is checked again', () => {
  const fake = fakeShellcheck();
  const jobs = jobsOf('FROM a\nRUN echo $x\n');
  const comments = new ShellcheckCache(fake.env).commentsFor(jobs);
  const root = path.join(fake.env.XDG_CACHE_HOME as string, 'dflint/shellcheck');
  const [folder] = readdirSync(root);
  const [file] = readdirSync(path.join(root, folder));
  const kept = path.join(root, folder, file);
  const stored = JSON.parse(readFileSync(kept, 'utf8')) as { key: string; comments: unknown[] };
  expect(stored.comments).toEqual(comments?.[0]);
  expect(new ShellcheckCache(fake.env).commentsFor(jobs)).toEqual(comments);
  expect(fake.calls()).toHaveLength(1);

  for (const other of [{ ...stored, key: `${stored.key} ` }, stored.comments]) {
    writeFileSync(kept, JSON.stringify(other));
    expect(new ShellcheckCache(fake.env).commentsFor(jobs)).toEqual(comments);
  }
  expect(fake.calls()).toHaveLength(3);
});

test('prefetch checks in batches, in the background, each distinct script once', async () => {
  const fake = fakeShellcheck();
  const text = 'FROM a\n' + Array.from({ length: 130 }, (_, i) => `RUN echo ${i}\nRUN echo ${i}\n`).join('');
  const jobs = jobsOf(text);
  const cache = new ShellcheckCache({ ...fake.env, DFLINT_SHELLCHECK_CACHE: '0' }, 2);
  await cache.prefetch(jobs);
  expect(fake.calls()).toHaveLength(3);
  expect(cache.commentsFor(jobs)?.every((each) => each.length === 1)).toBe(true);
  expect(fake.calls()).toHaveLength(3);
});

test('the editor does not wait: a miss starts a background check and counts as nothing until it is done', async () => {
  const fake = fakeShellcheck();
  const cache = new ShellcheckCache(fake.env);
  cache.blocking = false;
  const jobs = jobsOf('FROM a\nRUN echo $x\n');
  expect(cache.commentsFor(jobs)).toEqual([[]]);
  expect(cache.checking(jobs)).toBe(true);
  await cache.prefetch(jobs);
  expect(cache.checking(jobs)).toBe(false);
  expect(cache.commentsFor(jobs)?.[0]).toHaveLength(1);
});

test('a failing binary: no comments, and the status says why', () => {
  const fake = fakeShellcheck(3);
  const cache = new ShellcheckCache(fake.env);
  expect(cache.commentsFor(jobsOf('FROM a\nRUN echo $x\n'))).toBeUndefined();
  expect(cache.status()).toMatchObject({ problem: 'shellcheck failed (exit 3)', switchedOff: false, asked: true });
});

test('which binary: DFLINT_SHELLCHECK names one or switches it off; else PATH', () => {
  const fake = fakeShellcheck();
  expect(findShellcheck(fake.env)).toEqual({ binary: path.join(fake.env.PATH as string, 'shellcheck') });
  expect(findShellcheck({ ...fake.env, DFLINT_SHELLCHECK: '0' })).toEqual({ missing: 'switched off by DFLINT_SHELLCHECK', switchedOff: true });
  expect(findShellcheck({ PATH: '' })).toEqual({ missing: 'no `shellcheck` on PATH' });
  expect(new ShellcheckCache({ DFLINT_SHELLCHECK: 'off' }).status()).toMatchObject({ switchedOff: true, asked: false });
});

test('jobs are wanted while asking can change the outcome: ShellCheck runs, or the run does not yet know a script asked', () => {
  const fake = fakeShellcheck();
  expect(new ShellcheckCache(fake.env).wantsJobs()).toBe(true);
  expect(new ShellcheckCache({ ...fake.env, DFLINT_SHELLCHECK: '0' }).wantsJobs()).toBe(false);
  const missing = new ShellcheckCache({ PATH: '' });
  expect(missing.wantsJobs()).toBe(true);
  expect(missing.commentsFor(jobsOf('FROM a\nRUN echo $x\n'))).toBeUndefined();
  expect(missing.status().asked).toBe(true);
  expect(missing.wantsJobs()).toBe(false);
  const failing = new ShellcheckCache(fakeShellcheck(3).env);
  failing.commentsFor(jobsOf('FROM a\nRUN echo $x\n'));
  expect(failing.wantsJobs()).toBe(false);
});
