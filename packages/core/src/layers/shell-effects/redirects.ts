import type { ShellRedirect } from '../../parse/shell-types';
import { UNKNOWN, ZERO } from '../bytes';
import { isUnder } from '../paths';
import type { Bytes, Effect } from '../types';
import { origin, resolvePath, unknownWrite, type Call } from './call';
import { stderrOf, stdoutOf, type Output } from './stdout';

const WRITE_OPS: ReadonlySet<string> = new Set(['>', '>|', '&>', '>&']);
const APPEND_OPS: ReadonlySet<string> = new Set(['>>', '&>>']);

/** Which output a redirect takes: stdout, stderr, both, or another descriptor. */
type Stream = 'stdout' | 'stderr' | 'both' | 'other';

/**
 * The files a command's output redirects write. `shell` resolves the targets (the redirects
 * belong to the command as written); `producer` is what actually prints (`sudo echo hi > f`:
 * echo). `producer` undefined: a bare `> f`, which makes an empty file.
 */
export function redirectEffects(shell: Call, producer: Call | undefined): Effect[] {
  // most commands redirect nothing
  if (shell.command.redirects.length === 0) return [];
  const redirects = shell.command.redirects.filter(writesFile);
  const stderrJoinsStdout = shell.command.redirects.some((r) => r.op === '>&' && r.fd === 2 && r.target?.value === '1');
  const effects: Effect[] = [];
  redirects.forEach((redirect, index) => {
    const stream = streamOf(redirect);
    const laterSameStream = redirects.slice(index + 1).some((later) => overlaps(streamOf(later), stream));
    const output: Output = laterSameStream ? { kind: 'bytes', bytes: ZERO } : content(stream, producer, stderrJoinsStdout);
    effects.push(...redirectEffect(shell, redirect, output));
  });
  return effects;
}

function writesFile(redirect: ShellRedirect): boolean {
  if (!redirect.target) return false;
  if (redirect.op === '>&') return !/^(\d+|-)$/.test(redirect.target.value);
  return WRITE_OPS.has(redirect.op) || APPEND_OPS.has(redirect.op);
}

function streamOf(redirect: ShellRedirect): Stream {
  if (redirect.op.startsWith('&') || (redirect.op === '>&' && redirect.fd === undefined)) return 'both';
  if (redirect.fd === undefined || redirect.fd === 1) return 'stdout';
  return redirect.fd === 2 ? 'stderr' : 'other';
}

function overlaps(a: Stream, b: Stream): boolean {
  return a === b || a === 'both' || b === 'both';
}

function content(stream: Stream, producer: Call | undefined, stderrJoinsStdout: boolean): Output {
  if (stream === 'other') return { kind: 'bytes', bytes: UNKNOWN };
  const stderr = stderrOf(producer);
  if (stream === 'stderr') return { kind: 'bytes', bytes: stderr };
  const stdout = stdoutOf(producer);
  const withStderr = stream === 'both' || stderrJoinsStdout;
  return withStderr && stderr.estimate !== 'exact' ? { kind: 'bytes', bytes: UNKNOWN } : stdout;
}

function redirectEffect(shell: Call, redirect: ShellRedirect, output: Output): Effect[] {
  const target = redirect.target;
  if (!target) return [];
  const append = APPEND_OPS.has(redirect.op);
  const command = append ? '>>' : '>';
  const resolved = resolvePath(shell, target);
  if (!resolved.ok) return [unknownWrite(shell, `${command}: ${resolved.reason}`, resolved.under, command)];
  // devices, /proc and the like are not part of the layer
  if (isUnder(resolved.path, '/dev') || isUnder(resolved.path, '/proc')) return [];
  if (resolved.glob) return [unknownWrite(shell, `${command}: the target \`${target.raw}\` is a pattern`, undefined, command)];
  const path = resolved.path;
  if (output.kind === 'file') {
    const from = resolvePath(shell, output.from);
    if (from.ok && !from.glob && !append) {
      return [{ kind: 'copy', ...origin(shell, command), from: from.path, to: path, recursive: false, move: false, intoDirectory: false }];
    }
  }
  const bytes: Bytes = output.kind === 'bytes' ? output.bytes : UNKNOWN;
  if (append) {
    return [{ kind: 'copy-up', ...origin(shell, command), path, recursive: false, creates: true, extraBytes: bytes }];
  }
  return [{ kind: 'write', ...origin(shell, command), path, bytes }];
}
