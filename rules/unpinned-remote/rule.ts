import { defineStageRule, type Instruction, type ParsedDocument, type Report, type ShellCommand } from '@dflint/core/rule-kit';
import { pinsClone, pinsCommit, readClone, type GitClone } from './git-clone';
import { gitUrlRef, isCommitSha, isGitUrl, isHttpUrl, isUrl, movingGoVersion, movingPart } from './mutable-url';

/** Why a RUN that fetches something moving is a problem, shared by its messages. */
const RUN_CACHE =
  "the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else";

export default defineStageRule({
  meta: {
    name: 'unpinned-remote',
    description: 'RUNs and ADDs that fetch mutable remote state (git clone of a branch, curl of latest, ADD <url> without --checksum)',
    category: 'build-cache',
    severity: 'warning',
    fixable: false,
    aliases: [],
  },
  checkStage({ document, instructions, report }) {
    for (const instruction of instructions) {
      if (instruction.keyword === 'RUN') runFindings(document, instruction).forEach(report);
      if (instruction.keyword === 'ADD') addFindings(instruction).forEach(report);
    }
  },
});

function runFindings(document: ParsedDocument, run: Instruction): Report[] {
  return document.shellScripts(run).flatMap((script) =>
    script.commands.flatMap((command, index) => {
      const clone = readClone(command);
      if (clone) return unpinnedClone(clone, script.commands.slice(index + 1));
      if (command.name === 'curl' || command.name === 'wget') return movingDownloads(command);
      if (command.name === 'go') return movingGoInstalls(command);
      return [];
    }),
  );
}

function unpinnedClone(clone: GitClone, after: ShellCommand[]): Report[] {
  if (pinsCommit(clone.branch) || pinsCommit(clone.revision)) return [];
  const nextClone = after.findIndex((command) => readClone(command) !== undefined);
  if ((nextClone < 0 ? after : after.slice(0, nextClone)).some(pinsClone)) return [];
  const what = clone.branch ? `the tip of branch ${clone.branch.value}` : 'the tip of the default branch';
  const repository = clone.repository ? ` ${clone.repository.raw}` : '';
  return [
    {
      range: clone.command.range,
      message:
        `git clone${repository} fetches ${what}, which moves: ${RUN_CACHE}; ` +
        'clone a tag (--branch v1.2.3) or check out a commit in the same RUN',
    },
  ];
}

function movingDownloads(command: ShellCommand): Report[] {
  return command.argv.slice(1).flatMap((word) => {
    const url = word.dynamic ? word.raw.replace(/^["']|["']$/g, '') : word.value;
    const moving = isUrl(url) ? movingPart(url) : undefined;
    if (!moving) return [];
    return [
      {
        range: word.range,
        message: `${command.name} fetches ${url}, whose content moves (\`${moving}\`): ${RUN_CACHE}; use a versioned URL`,
      },
    ];
  });
}

/** `go install golang.org/x/tools/gopls@latest`: a version query that resolves to whatever is newest. */
function movingGoInstalls(command: ShellCommand): Report[] {
  const [, subcommand, ...args] = command.argv;
  if (subcommand?.value !== 'install' && subcommand?.value !== 'get') return [];
  return args.flatMap((word) => {
    const at = word.value.lastIndexOf('@');
    const version = word.dynamic || word.value.startsWith('-') || at < 0 ? undefined : word.value.slice(at + 1);
    if (version === undefined || !movingGoVersion(version)) return [];
    return [
      {
        range: word.range,
        message: `go ${subcommand.value} ${word.value} fetches whatever version \`@${version}\` resolves to when the RUN runs: ${RUN_CACHE}; pin a version (@v1.2.3) or a commit`,
      },
    ];
  });
}

function addFindings(add: Instruction): Report[] {
  if (add.flags.some((flag) => flag.name === 'checksum')) return [];
  return add.args.slice(0, -1).flatMap((source): Report[] => {
    if (isGitUrl(source.value)) {
      const ref = gitUrlRef(source.value);
      if (ref && isCommitSha(ref)) return [];
      const at = ref ? `ref ${ref}, which is not a commit` : 'its default branch';
      return [
        {
          range: source.range,
          message:
            `ADD fetches the git repository ${source.value} at ${at}: every build resolves it again and takes whatever ` +
            'commit it points to then; pin a commit with #<40-hex sha>',
        },
      ];
    }
    if (!isHttpUrl(source.value)) return [];
    const moving = movingPart(source.value);
    return [
      {
        range: source.range,
        message:
          `ADD fetches ${source.value} without --checksum${moving ? ` (a URL whose content moves: \`${moving}\`)` : ''}: ` +
          'the build asks the server again every time to decide whether the cached layer still holds, and takes whatever ' +
          'it sends unverified; add --checksum=sha256:<digest>',
      },
    ];
  });
}
