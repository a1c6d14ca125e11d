import {
  defineRule,
  fixRemovals,
  mapOutcome,
  mergeRunsEdit,
  refuse,
  METADATA_ONLY,
  packageCommand,
  type Instruction,
  type PackageCommand,
  type ParsedDocument,
  type ShellCommand,
} from '@dflint/core/rule-kit';

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
        const refresh = commands.find((command) => packageCommand(command)?.action === 'refresh');
        if (!refresh) return;
        const refreshed = packageCommand(refresh)!;
        if (commands.some((command) => installsFrom(refreshed, command))) return;
        const install = nextInstall(document, stage.instructions, index + 1, refreshed);
        const name = `${refreshed.program} ${refreshed.subcommand}`;
        const line = run.range.start.line + 1;
        const then = install ? ` to the install at line ${install.range.start.line + 1}` : ' to later installs';
        const edit = install ? mergeRunsEdit(document, [run, install]) : refuse('no RUN that installs packages follows with only metadata (LABEL, EXPOSE, …) between');
        report({
          range: refresh.range,
          message:
            `\`${name}\` at line ${line} installs nothing in its RUN: its cached layer serves stale package lists${then}, ` +
            'and the lists stay stored in the image; refresh and install in one RUN',
          fix: mapOutcome(edit, (merge) => ({
            safety: 'safe' as const,
            description: `merge the refresh at line ${line} into the install RUN`,
            edits: [merge],
            removes: fixRemovals(document, { merged: [install!] }),
          })),
        });
      });
    }
  },
});

/** The next RUN from `from` on, past metadata-only instructions, if it installs from the refreshed index. */
function nextInstall(document: ParsedDocument, instructions: readonly Instruction[], from: number, refreshed: PackageCommand): Instruction | undefined {
  let at = from;
  while (at < instructions.length && METADATA_ONLY.has(instructions[at].keyword)) at++;
  const next = instructions[at];
  if (next?.keyword !== 'RUN') return undefined;
  const commands = document.shellScripts(next).flatMap((script) => script.commands);
  return commands.some((command) => installsFrom(refreshed, command)) ? next : undefined;
}

/** `command` installs with the index `refreshed` fetched: the same manager, or one that reads its cache (`yum` after `dnf makecache`). */
function installsFrom(refreshed: PackageCommand, command: ShellCommand): boolean {
  const install = packageCommand(command);
  if (install?.action !== 'install') return false;
  return install.manager === refreshed.manager || (refreshed.manager.cacheUsers ?? []).includes(install.program);
}
