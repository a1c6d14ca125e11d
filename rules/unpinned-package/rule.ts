import { defineStageRule, instructionsWithTriggers, oncePerDocument, packageCommand, runCommands, type Instruction, type ParsedDocument, type ShellWord } from '@dflint/core/rule-kit';
import { declaredNames, expandWord, scopeAt, type VariableScope } from './expand';
import { pinCheck } from './pins';

export default defineStageRule({
  meta: {
    name: 'unpinned-package',
    description: 'packages installed without a version (apt, apk, pip, npm, gem, yum/dnf, zypper, go)',
    category: 'build-cache',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041', 'DL3062'],
    aliasesPerFinding: true,
  },
  // whether a variable is declared anywhere decides what a reference to it expands to
  documentFacts: (document) => [...declaredNames(document)].join(' '),
  checkStage({ document, instructions, report }) {
    for (const { instruction, onbuild } of instructionsWithTriggers({ instructions }, 'RUN')) {
      const scope = scopeAt(document, onbuild ?? instruction);
      const where = { goModule: !onbuild && seesGoMod(document, instruction) };
      for (const command of runCommands(document, instruction)) {
        const found = packageCommand(command, { throughWrappers: true });
        const check = found && pinCheck(found, command.argv, where);
        if (!check) continue;
        const unpinned = check.packages.flatMap((word) => {
          const texts = unpinnedTexts(word, scope, check.pinned);
          return texts.length > 0 ? [{ word, texts }] : [];
        });
        if (unpinned.length === 0) continue;
        const count = unpinned.reduce((sum, { texts }) => sum + texts.length, 0);
        report({
          range: unpinned[0].word.range,
          message: `${check.what} without ${count === 1 ? 'a version' : 'versions'}: ${unpinned.map(shown).join(', ')}; pin ${count === 1 ? 'it' : 'them'} as ${check.hint(unpinned[0].texts[0])}`,
          aliases: [check.code],
        });
      }
    }
  },
});

/** What a package word installs without a version, when its expansion is known. */
function unpinnedTexts(word: ShellWord, scope: VariableScope, pinned: (text: string) => boolean): string[] {
  return expandWord(word, scope)?.texts.filter((text) => !pinned(text)) ?? [];
}

/** `curl`; `autoconf, file (from $PHPIZE_DEPS)` for a variable's packages. */
function shown({ word, texts }: { word: ShellWord; texts: string[] }): string {
  return word.dynamic ? `${texts.join(', ')} (from ${word.raw})` : word.value;
}

/** A RUN that mounts a go.mod, or follows a COPY or ADD of one in its stage: go takes versions from it. */
function seesGoMod(document: ParsedDocument, run: Instruction): boolean {
  if (run.flags.some((flag) => flag.name === 'mount' && /go\.mod\b/.test(flag.value ?? ''))) return true;
  return afterGoModCopy(document).has(run);
}

/** The instructions that follow a COPY or ADD of a go.mod in their stage, found once per document. */
const afterGoModCopy: (document: ParsedDocument) => ReadonlySet<Instruction> = oncePerDocument((document: ParsedDocument) => {
  const after = new Set<Instruction>();
  for (const stage of document.stages) {
    let copied = false;
    for (const each of stage.instructions) {
      if (copied) after.add(each);
      else copied = (each.keyword === 'COPY' || each.keyword === 'ADD') && each.args.some((arg) => /(^|\/)go\.(mod|\*)$/.test(arg.value));
    }
  }
  return after;
});
