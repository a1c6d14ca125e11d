import { nearestName } from '../format/near-miss';

// What BuildKit accepts in an instruction's head: the keywords and each one's flags
// (moby/buildkit frontend/dockerfile/instructions/parse.go, bflag.go, commands_run*.go).
// The one place that knows them; the parser checks instructions against it.

export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** instructions that accept a JSON array (HEALTHCHECK after its `CMD` word) */
export const TAKES_JSON: ReadonlySet<string> = new Set(['ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'HEALTHCHECK', 'RUN', 'SHELL', 'VOLUME']);

/** BuildKit refuses these as the instruction an ONBUILD triggers */
export const NOT_A_TRIGGER: ReadonlySet<string> = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/** `bool`: `--link` or `--link=true|false`; `string`: `--from=x`, once; `strings`: `--mount=x`, repeatable. */
export type FlagKind = 'bool' | 'string' | 'strings';

const HEALTHCHECK_FLAGS = { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' } as const;

/**
 * The flags each instruction takes. An instruction not listed here takes none: BuildKit rejects
 * any flag on it, except ARG and STOPSIGNAL, which never read their flags (FLAGS_IGNORED).
 */
export const INSTRUCTION_FLAGS: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  FROM: { platform: 'string' },
  RUN: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  COPY: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'strings' },
  ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings' },
  HEALTHCHECK: HEALTHCHECK_FLAGS,
};

/** instructions whose flags BuildKit drops unread (HEALTHCHECK NONE too, checked by the caller) */
export const FLAGS_IGNORED: ReadonlySet<string> = new Set(['ARG', 'STOPSIGNAL']);

/** The flags `keyword` takes, by name; empty for an instruction that takes none. */
export function flagsOf(keyword: string): Readonly<Record<string, FlagKind>> {
  return INSTRUCTION_FLAGS[keyword] ?? {};
}

/**
 * The instruction a word of letters was most likely meant as (`RUNN` → `RUN`, `FORM` → `FROM`);
 * undefined for other words. Two edits, as BuildKit suggests, but one for a word of up to three
 * letters, which two edits turn into too much (`set` → `USER`, `cp` → `CMD`).
 */
export function nearestInstruction(written: string): string | undefined {
  if (written.length > 20 || !/^[a-z]+$/i.test(written)) return undefined;
  return nearestName(written, INSTRUCTION_NAMES, { maxDistance: written.length <= 3 ? 1 : 2 });
}

const INSTRUCTION_NAMES = [...KNOWN_INSTRUCTIONS];
