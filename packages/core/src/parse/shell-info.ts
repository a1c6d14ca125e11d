import type { ShellInfo } from './types';

export const DEFAULT_POSIX_SHELL: ShellInfo = { argv: ['/bin/sh', '-c'], kind: 'posix' };
export const DEFAULT_WINDOWS_SHELL: ShellInfo = { argv: ['cmd', '/S', '/C'], kind: 'cmd' };

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);
const POWERSHELLS = new Set(['pwsh', 'powershell']);

/** Classifies a program by its basename (`/bin/bash`, `C:\\…\\cmd.exe`). */
export function shellKindOf(program: string): ShellInfo['kind'] {
  const name = basename(program).toLowerCase().replace(/\.exe$/, '');
  if (POSIX_SHELLS.has(name)) return 'posix';
  if (POWERSHELLS.has(name)) return 'powershell';
  if (name === 'cmd') return 'cmd';
  return 'unknown';
}

export function shellInfoOf(argv: string[]): ShellInfo {
  return { argv, kind: argv.length > 0 ? shellKindOf(argv[0]) : 'unknown' };
}

export function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * Whether a base image reference looks like a Windows image, whose default shell is
 * `cmd /S /C`: any reference mentioning `windows` (mcr.microsoft.com/windows/…,
 * `…:windowsservercore-ltsc2022`), `servercore` or `nanoserver` (also as tags, e.g.
 * `powershell:lts-nanoserver-1809`), or a .NET Framework image (Windows-only).
 * A heuristic on the name: an image name that hides its OS is taken as Linux.
 */
export function looksLikeWindowsImage(reference: string): boolean {
  const lower = reference.toLowerCase();
  return /windows|servercore|nanoserver|dotnet\/framework/.test(lower);
}

/** The interpreter a `#!` line names (`#!/usr/bin/env -S python3 -u` → `python3`), or null. */
export function shebangInterpreter(firstLine: string): string | null {
  const match = /^#!\s*(\S+)(.*)$/.exec(firstLine);
  if (!match) return null;
  const program = basename(match[1]);
  if (program !== 'env') return program;
  const operand = match[2].trim().split(/\s+/).find((word) => word !== '' && !word.startsWith('-') && !word.includes('='));
  return operand ? basename(operand) : program;
}
