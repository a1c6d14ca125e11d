import { defineRule, type Instruction } from '@dflint/core';

/**
 * Instructions a RUN can be moved across without changing what it sees or does: they only
 * record metadata. ENV, ARG, WORKDIR, USER, SHELL, VOLUME, COPY and ADD change a RUN's context.
 */
const TRANSPARENT = new Set(['LABEL', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER', 'ONBUILD']);

export default defineRule({
  meta: {
    name: 'consecutive-run',
    description: 'consecutive RUNs that could be one RUN (one layer and one cache step each)',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3059'],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      for (const group of mergeableGroups(stage.instructions)) {
        const [first, ...rest] = group;
        const lines = group.map((run) => run.range.start.line + 1);
        const saved = rest.length;
        report({
          range: { start: first.range.start, end: group[group.length - 1].range.end },
          message:
            `${group.length} consecutive RUNs (lines ${listLines(lines)}) can be one RUN: ` +
            `${saved} ${saved === 1 ? 'layer' : 'layers'} fewer`,
          related: rest.map((run) => ({
            range: run.keywordRange,
            message: `can be merged into the RUN at line ${first.range.start.line + 1}`,
          })),
        });
      }
    }
  },
});

/** Runs of RUNs with equal flags and only metadata instructions between them. */
function mergeableGroups(instructions: readonly Instruction[]): Instruction[][] {
  const groups: Instruction[][] = [];
  let current: Instruction[] = [];
  const close = () => {
    if (current.length > 1) groups.push(current);
    current = [];
  };
  for (const instruction of instructions) {
    if (instruction.keyword !== 'RUN') {
      if (!TRANSPARENT.has(instruction.keyword)) close();
      continue;
    }
    if (!canMerge(instruction)) {
      close();
      continue;
    }
    if (current.length > 0 && flagKey(current[0]) !== flagKey(instruction)) close();
    current.push(instruction);
  }
  close();
  return groups;
}

/** Shell-form RUNs under a POSIX shell; exec form and heredoc bodies are not merged. */
function canMerge(run: Instruction): boolean {
  return run.form === 'shell' && run.heredocs.length === 0 && run.shell?.kind === 'posix';
}

function flagKey(run: Instruction): string {
  return run.flags
    .map((flag) => `${flag.name}=${flag.value ?? ''}`)
    .sort()
    .join(' ');
}

function listLines(lines: number[]): string {
  if (lines.length === 2) return `${lines[0]} and ${lines[1]}`;
  return `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}
