// Which package-manager commands stop to ask "Do you want to continue?", and what answers it in
// advance. A build has no one to answer: apt-get reads no answer and aborts, yum and dnf say
// "Exiting on user command", zypper gives up. Rules read this; it is knowledge of the managers.

import type { ShellWord } from '../parse/shell-types';
import type { PackageCommand } from './classify';

interface PromptSpec {
  /** subcommands (as the table spells them) that ask before they change the system */
  subcommands: readonly string[];
  /** `group install`, `module install`: a subcommand whose next operand decides */
  nested?: Readonly<Record<string, readonly string[]>>;
  /** options that answer yes, as parseOptions names them: `-y`, `--assume-yes` */
  yes: readonly string[];
  /** options after which nothing is asked: a simulation (`apt-get -s`), an answer of no (`--assumeno`) */
  noQuestion?: readonly string[];
  /** the option to add, and where: after the subcommand, or after the program when it is a global option */
  add: { option: string; after: 'subcommand' | 'program' };
}

/** apt-get's options that only print what it would do */
const APT_SIMULATE = ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act'];

/** `apt-get -s install x`: apt-get only prints what it would do, and changes nothing. */
export function isAptSimulation(command: PackageCommand): boolean {
  return command.manager.name === 'apt' && command.args.has(...APT_SIMULATE);
}

const RPM_PROMPTS: PromptSpec = {
  subcommands: [
    'install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'update', 'up', 'upgrade', 'update-minimal', 'upgrade-minimal',
    'downgrade', 'distro-sync', 'remove', 'erase', 'rm', 'autoremove', 'groupremove', 'groupupdate',
  ],
  nested: { group: ['install', 'remove', 'upgrade', 'update'], groups: ['install', 'remove', 'upgrade', 'update'], module: ['install', 'remove'] },
  yes: ['-y', '--assumeyes'],
  noQuestion: ['--assumeno'],
  add: { option: '-y', after: 'subcommand' },
};

/** By program: only these ask (apt's `apt` is another rule's matter; aptitude is rare in builds). */
const PROMPTS: Readonly<Record<string, PromptSpec>> = {
  'apt-get': {
    subcommands: ['install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'satisfy', 'remove', 'purge', 'autoremove', 'autopurge'],
    yes: ['-y', '--yes', '--assume-yes'],
    noQuestion: [...APT_SIMULATE, '--assume-no'],
    add: { option: '-y', after: 'subcommand' },
  },
  yum: RPM_PROMPTS,
  dnf: RPM_PROMPTS,
  dnf5: RPM_PROMPTS,
  microdnf: RPM_PROMPTS,
  zypper: {
    subcommands: ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup'],
    // `-n`/`--non-interactive` are global options (before the subcommand); `-y`/`--no-confirm` the subcommands' own
    yes: ['-n', '--non-interactive', '-y', '--no-confirm'],
    add: { option: '-n', after: 'program' },
  },
};

/** A command that will ask for confirmation, with the option that answers it and where it goes. */
export interface UnansweredPrompt {
  /** `install`, `group install`: what asks, as written */
  subcommand: string;
  /** the subcommand's last word (`install` of `group install`) */
  lastWord: ShellWord;
  /** `-y`, `-n` */
  option: string;
  /** the option goes right after this word; undefined when that word is not in the command (`-n` after a wrapped program) */
  insertAfter: ShellWord | undefined;
}

/**
 * Whether a package-manager command will stop to ask for confirmation with nothing to answer it:
 * one of its subcommands that change the system, without the option that answers yes
 * (apt-get's `-qq` implies `-y`, as its manual says).
 */
export function unansweredPrompt(command: PackageCommand, programWord?: ShellWord): UnansweredPrompt | undefined {
  const spec = Object.hasOwn(PROMPTS, command.program) ? PROMPTS[command.program] : undefined;
  if (!spec || command.subcommand === undefined || !command.subcommandWord) return undefined;
  let subcommand = command.subcommand;
  let last = command.subcommandWord;
  const nested = spec.nested && Object.hasOwn(spec.nested, subcommand) ? spec.nested[subcommand] : undefined;
  if (nested) {
    const next = command.operands[0];
    if (!next || !nested.includes(next.value)) return undefined;
    subcommand = `${subcommand} ${next.value}`;
    last = next;
  } else if (!spec.subcommands.includes(subcommand)) {
    return undefined;
  }
  if (command.args.has(...spec.yes, ...(spec.noQuestion ?? [])) || (command.program === 'apt-get' && aptQuietEnough(command))) return undefined;
  return { subcommand, lastWord: last, option: spec.add.option, insertAfter: spec.add.after === 'program' ? programWord : last };
}

/** apt-get's quiet level 2 (`-qq`, `-q -q`, `-q=2`, `--quiet --quiet`) implies `-y`; so does `-o APT::Get::Assume-Yes=true`. */
function aptQuietEnough(command: PackageCommand): boolean {
  let level = 0;
  for (const item of command.args.items) {
    if (item.kind === 'operand') continue;
    if (item.kind === 'flag' && (item.name === '-q' || item.name === '--quiet')) level++;
    if (item.kind === 'value' && item.name === '--quiet') level = Math.max(level, Number(item.word.value) || 0);
    if (item.kind === 'value' && (item.name === '-o' || item.name === '--option') && /^APT::Get::Assume-Yes=(1|yes|true|on|enable)$/i.test(item.word.value)) return true;
  }
  // `-q=2`: apt reads the value; getopt-style parsing sees the letters `q`, `=`, `2`
  const explicit = command.args.items.some((item) => item.kind === 'flag' && item.name === '-=');
  return level >= 2 || (explicit && command.args.items.some((item) => item.kind === 'flag' && /^-[2-9]$/.test(item.name)));
}
