import { posix } from 'node:path';
import { defineRule, fixRemovals, type Fix, type Instruction, type ParsedDocument } from '@dflint/core/rule-kit';
import { isAbsoluteOrVariable, stageBase } from '../instruction-shared';

/** A WORKDIR path dflint can resolve by hand: no quotes, variables, escapes or blanks. */
const PLAIN_PATH = /^[A-Za-z0-9._\-/+@%,=~]+$/;

export default defineRule({
  meta: {
    name: 'relative-workdir',
    description: 'WORKDIR with a relative path: it resolves against whatever working directory comes before',
    category: 'correctness',
    severity: 'error',
    fixable: 'safe',
    aliases: ['DL3000', 'WorkdirRelativePath'],
    aliasesPerFinding: true,
  },
  check({ document, report }) {
    // per stage, as its chain leaves it: whether a WORKDIR was set, and the absolute one when dflint can tell
    const ends: Array<{ set: boolean; known?: string }> = [];
    for (const stage of document.stages) {
      const base = stageBase(document, stage);
      const inherited = base === undefined ? { set: false } : ends[base];
      let { set, known } = inherited;
      for (const workdir of stage.instructions.filter((instruction) => instruction.keyword === 'WORKDIR')) {
        const path = workdir.args[0]?.value ?? '';
        const plain = PLAIN_PATH.test(workdir.argsText.trim()) && workdir.args.length === 1;
        // `WORKDIR "C:\"`: the escape char before the closing quote leaves the quote open; hadolint drops quotes from the text
        const unquoted = workdir.argsText.trim().replace(/^["']|["']$/g, '');
        if (path === '' || isAbsoluteOrVariable(path) || isAbsoluteOrVariable(unquoted)) {
          known = path.startsWith('/') && plain ? posix.normalize(path) : undefined;
        } else {
          const resolved = known !== undefined && plain ? posix.join(known, path) : undefined;
          report(finding(document, workdir, path, !set, known, resolved));
          known = resolved;
        }
        set = true;
      }
      ends.push({ set, known });
    }
  },
});

function finding(document: ParsedDocument, workdir: Instruction, path: string, first: boolean, before: string | undefined, resolved: string | undefined) {
  const range = workdir.argsRange ?? workdir.range;
  if (first) {
    return {
      range,
      message: `WORKDIR \`${path}\` is relative and no WORKDIR comes before it: it resolves against the base image's working directory, which can change upstream; use an absolute path`,
      aliases: ['DL3000', 'WorkdirRelativePath'],
    };
  }
  const fix: Fix | undefined = resolved === undefined
    ? undefined
    : {
        safety: 'safe',
        description: `write WORKDIR ${resolved}`,
        edits: [{ range, newText: resolved }],
        removes: fixRemovals(document, { deleted: [workdir] }),
      };
  const where = before === undefined ? 'the WORKDIR before it' : `\`${before}\``;
  return {
    range,
    message: `WORKDIR \`${path}\` is relative to ${where}: write the absolute path${resolved === undefined ? '' : ` \`${resolved}\``} so it reads on its own`,
    aliases: ['DL3000'],
    ...(fix && { fix }),
  };
}
