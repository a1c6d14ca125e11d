import { defineRule, mergeRunsEdit, METADATA_ONLY, type Instruction, type ParsedDocument, type ShellCommand } from '@dflint/core';

/** A package manager's "refresh the index" and "install" subcommands. */
interface Manager {
  commands: string[];
  refresh: string[];
  install: string[];
  /** options that take a value as the next word (so it is not read as the subcommand) */
  valueOptions: string[];
}

const MANAGERS: Manager[] = [
  {
    commands: ['apt-get', 'apt', 'aptitude'],
    refresh: ['update'],
    install: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'reinstall', 'satisfy', 'safe-upgrade'],
    valueOptions: ['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release'],
  },
  { commands: ['apk'], refresh: ['update'], install: ['add', 'upgrade', 'fix'], valueOptions: ['-X', '-p', '--repository', '--root', '--cache-dir'] },
  {
    commands: ['yum', 'dnf', 'microdnf'],
    refresh: ['makecache'],
    install: ['install', 'update', 'upgrade', 'groupinstall', 'reinstall', 'distro-sync', 'localinstall'],
    valueOptions: ['-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever'],
  },
  {
    commands: ['zypper'],
    refresh: ['refresh', 'ref'],
    install: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch'],
    valueOptions: ['-R', '--root', '--reposd-root'],
  },
];

export default defineRule({
  meta: {
    name: 'apt-update-alone',
    description: 'a package index refresh (apt-get update, apk update, …) in a RUN that installs nothing',
    category: 'build-cache',
    severity: 'warning',
    fixable: 'safe',
    aliases: [],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      stage.instructions.forEach((run, index) => {
        if (run.keyword !== 'RUN') return;
        const commands = document.shellScripts(run).flatMap((script) => script.commands);
        const refresh = commands.find((command) => actionOf(command) === 'refresh');
        if (!refresh) return;
        const manager = managerOf(refresh)!;
        if (commands.some((command) => managerOf(command) === manager && actionOf(command) === 'install')) return;
        const install = nextInstall(document, stage.instructions, index + 1, manager);
        const name = refresh.argv.slice(0, 2).map((word) => word.value).join(' ');
        const line = run.range.start.line + 1;
        const then = install ? ` to the install at line ${install.range.start.line + 1}` : ' to later installs';
        const edit = install ? mergeRunsEdit(document, [run, install]) : 'no install RUN follows';
        report({
          range: refresh.range,
          message:
            `\`${name}\` at line ${line} installs nothing in its RUN: its cached layer serves stale package lists${then}, ` +
            'and the lists stay stored in the image; refresh and install in one RUN',
          ...(typeof edit === 'string'
            ? {}
            : { fix: { safety: 'safe' as const, description: `merge the refresh at line ${line} into the install RUN`, edits: [edit] } }),
        });
      });
    }
  },
});

/** The next RUN from `from` on, past metadata-only instructions, if it installs with the same manager. */
function nextInstall(document: ParsedDocument, instructions: readonly Instruction[], from: number, manager: Manager): Instruction | undefined {
  let at = from;
  while (at < instructions.length && METADATA_ONLY.has(instructions[at].keyword)) at++;
  const next = instructions[at];
  if (next?.keyword !== 'RUN') return undefined;
  const commands = document.shellScripts(next).flatMap((script) => script.commands);
  return commands.some((command) => managerOf(command) === manager && actionOf(command) === 'install') ? next : undefined;
}

function managerOf(command: ShellCommand): Manager | undefined {
  return MANAGERS.find((manager) => manager.commands.includes(command.name));
}

function actionOf(command: ShellCommand): 'refresh' | 'install' | undefined {
  const manager = managerOf(command);
  if (!manager) return undefined;
  const words = command.argv.slice(1).map((word) => word.value);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith('-')) {
      if (manager.valueOptions.includes(word)) i++;
      continue;
    }
    if (manager.refresh.includes(word)) return 'refresh';
    if (manager.install.includes(word)) return 'install';
    return undefined;
  }
  return undefined;
}
