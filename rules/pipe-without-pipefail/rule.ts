import { comparePositions, defineStageRule, type Range, type ShellCommand, type ShellInfo, type ShellScript } from '@dflint/core/rule-kit';
import { runsWithCommands } from '../run-shell-shared';

/** Shells whose `-o pipefail` hadolint accepts (ksh and mksh have it too); plain sh and dash may not have it. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);

/** `-o pipefail` in an argv, also in a cluster ending in o (`-eo pipefail`, `-euxo pipefail`). */
function setsPipefail(args: readonly string[]): boolean {
  return args.some((arg, i) => /^-[a-zA-Z]*o$/.test(arg) && args[i + 1] === 'pipefail');
}

/** The SHELL in force has a pipefail option on: bash, zsh, ash, … with `-o pipefail`. */
function shellHasPipefail(shell: ShellInfo): boolean {
  const program = shell.argv[0]?.split(/[\\/]/).pop() ?? '';
  return PIPEFAIL_SHELLS.has(program) && setsPipefail(shell.argv.slice(1));
}

/** A top-level `set -o pipefail` (or `set -euo pipefail`) of the script, which covers the pipes after it. */
function pipefailSetAt(commands: readonly ShellCommand[]): Range | undefined {
  const set = commands.find((command) => command.name === 'set' && command.context.every((context) => context === 'group') && setsPipefail(command.argv.slice(1).map((word) => word.value)));
  return set?.range;
}

function before(a: Range, b: Range): boolean {
  return comparePositions(a.end, b.start) <= 0;
}

/**
 * Commands feeding a pipe where pipefail is no help: echo and printf exit 0 whatever they print,
 * and `yes` only ever ends killed by SIGPIPE, so under pipefail `yes | cmd` would fail every time.
 */
const NOT_WORTH_PIPEFAIL = new Set(['echo', 'printf', 'yes']);

/** The commands of a pipe's left stage, leaving out those inside another one's words (`echo "$(curl …)"`). */
function stageCommands(commands: readonly ShellCommand[], stage: Range): ShellCommand[] {
  const inStage = commands.filter((command) => within(command.range, stage));
  return inStage.filter((command) => !inStage.some((other) => other !== command && within(command.range, other.range)));
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** A stage of echo, printf and yes only (`echo "$SUM  f" |`, `{ echo a; echo b; } |`). */
function notWorthPipefail(commands: readonly ShellCommand[], stage: Range): boolean {
  const fed = stageCommands(commands, stage);
  return fed.length > 0 && fed.every((command) => NOT_WORTH_PIPEFAIL.has(command.name));
}

/** The pipes of a script pipefail would help: after no `set -o pipefail`, fed by a stage that can fail. */
function uncoveredPipes(script: ShellScript): Range[] {
  const set = pipefailSetAt(script.commands);
  return script.pipes.filter((pipe) => (!set || !before(set, pipe.range)) && !notWorthPipefail(script.commands, pipe.left)).map((pipe) => pipe.range);
}

export default defineStageRule({
  meta: {
    name: 'pipe-without-pipefail',
    description: 'RUN with a pipe while the shell has no -o pipefail: a failing command before the pipe does not fail the build',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL4006'],
  },
  checkStage({ document, instructions, report }) {
    // as hadolint: not inside ONBUILD (its shell is the one of the image that triggers it)
    for (const { run } of runsWithCommands(document, instructions, { onbuild: false })) {
      const shell = run.shell;
      if (!shell || shell.kind !== 'posix' || shellHasPipefail(shell)) continue;
      const pipes = document.shellScripts(run).flatMap(uncoveredPipes);
      if (pipes.length === 0) continue;
      const count = pipes.length === 1 ? 'a pipe' : `${pipes.length} pipes`;
      report({
        range: pipes[0],
        message: `RUN has ${count} and no pipefail, so a failing command before a \`|\` does not fail the build: use SHELL ["/bin/bash", "-o", "pipefail", "-c"] (ash, zsh and ksh take -o pipefail too), or start the RUN with set -o pipefail where its shell has that option`,
      });
    }
  },
});
