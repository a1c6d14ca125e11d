import {
  lineOf,
  managerNamed,
  packageCommand,
  runCommands,
  type CacheWriteEffect,
  type Instruction,
  type ParsedDocument,
} from '@dflint/core/rule-kit';

/** Managers that are one family: a cleanup or mount meant for one is read as meant for the cache of any. */
const FAMILIES: readonly (readonly string[])[] = [['yum', 'dnf', 'dnf5', 'microdnf']];

/**
 * A cleanup the RUN attempts for a cache that the model still finds stored: `zypper clean` (which
 * keeps the metadata), `rm -rf /var/cache/yum/*` after `dnf install`, a cache mount on
 * `/root/.cache/yarn` when root's yarn caches in /usr/local/share/.cache/yarn. hadolint takes these
 * as cleanups, so such a finding is not its DL code; the message says why the attempt falls short.
 */
export function attemptedCleanup(document: ParsedDocument, run: Instruction, effect: CacheWriteEffect): string | undefined {
  const family = FAMILIES.find((names) => names.includes(effect.manager)) ?? [effect.manager];
  const tails = new Set([effect.dir, ...family.flatMap((name) => Object.values(managerNamed(name)?.caches ?? {}).flatMap((cache) => cache.defaultDir ?? []))].map(lastTwo));
  const mount = run.flags.find((flag) => flag.name === 'mount' && /type=(cache|tmpfs)/.test(flag.value ?? '') && tails.has(lastTwo(mountTarget(flag.value ?? ''))));
  if (mount) return `the mount \`--${mount.name}=${mount.value}\` does not cover ${effect.dir}`;
  const after = runCommands(document, run).filter((command) => isAfter(command.range.start, effect.range.end));
  for (const command of after) {
    const found = packageCommand(command, { throughWrappers: true });
    if (found && found.manager.name === effect.manager && found.action === 'clean') {
      return `\`${command.argv.map((word) => word.raw).join(' ')}\` at line ${lineOf(command.range)} does not remove ${effect.dir}`;
    }
    if (command.name === 'rm' && command.argv.slice(1).some((word) => !word.value.startsWith('-') && tails.has(lastTwo(word.value.replace(/\/\*?$/, ''))))) {
      return `\`${command.argv.map((word) => word.raw).join(' ')}\` at line ${lineOf(command.range)} does not remove ${effect.dir}`;
    }
  }
  return undefined;
}

function mountTarget(value: string): string {
  const target = value.split(',').find((part) => /^(target|dst|destination)=/.test(part));
  return target ? target.slice(target.indexOf('=') + 1) : '';
}

/** `/usr/local/share/.cache/yarn` → `.cache/yarn`: a cache directory told apart from the home it is in. */
function lastTwo(path: string): string {
  return path.replace(/\/+$/, '').split('/').slice(-2).join('/');
}

function isAfter(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line > b.line || (a.line === b.line && a.character >= b.character);
}
