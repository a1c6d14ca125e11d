import { defineRule, nearestName, type DockerfileModel, type Instruction, type LayerModel, type Range } from '@dflint/core/rule-kit';
import { rangeInPair, variableReferences } from '../vars-shared';

/** BuildKit's nonEnvArgs: read by the build itself, never reported */
const BUILD_ONLY = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
/** BuildKit sets PATH in every stage whose base image does not */
const ALWAYS = ['PATH'];
/** instructions BuildKit expands variables in, the whole argument list (RUN, CMD, ENTRYPOINT: the shell does) */
const EXPANDED_ARGS = new Set(['COPY', 'ADD', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL']);
/** flags BuildKit expands */
const EXPANDED_FLAGS: Readonly<Record<string, readonly string[]>> = { COPY: ['chown', 'chmod'], ADD: ['chown', 'chmod', 'checksum'], RUN: ['mount'] };

interface Use {
  name: string;
  range: Range;
}

/** What a stage's words may refer to: the names set so far, and whether its base image's are known. */
interface Scope {
  names: Set<string>;
  /** the base image's ENV is not known: only a global ARG the stage did not declare is sure to be missing */
  baseUnknown: boolean;
}

export default defineRule({
  meta: {
    name: 'undefined-var',
    description: 'a variable used in ENV, ARG, LABEL, COPY, ADD, WORKDIR, USER, … that no ARG, ENV or base image defines there',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['UndefinedVar'],
  },
  check({ document, layers, report }) {
    const globals = new Set(document.globalArgs.flatMap((arg) => (arg.pairs ?? []).map((pair) => pair.key)));
    // what each stage hands on to stages built FROM it: its ENV names, not its ARGs
    const handedOn: Array<Scope | undefined> = [];
    for (const stage of document.stages) {
      const scope = startingScope(stage.baseStage === undefined ? undefined : handedOn[stage.baseStage], layers, stage.index, stage.baseStage !== undefined);
      const env = new Set(scope.names);
      for (let at = 1; at < stage.instructions.length; at++) {
        const instruction = stage.instructions[at];
        if (!mayUseOrDefine(instruction)) continue;
        const reported = new Set<string>();
        for (const { uses, defines } of usesOf(document, instruction)) {
          for (const use of uses) {
            if (scope.names.has(use.name) || BUILD_ONLY.has(use.name) || reported.has(use.name)) continue;
            const global = globals.has(use.name);
            if (scope.baseUnknown && !global) continue;
            reported.add(use.name);
            report({ range: use.range, message: message(use.name, global, [...scope.names]) });
          }
          for (const name of defines) scope.names.add(name);
          if (instruction.keyword === 'ENV') for (const name of defines) env.add(name);
        }
      }
      handedOn[stage.index] = { names: env, baseUnknown: scope.baseUnknown };
    }
  },
});

function startingScope(inherited: Scope | undefined, layers: LayerModel, stageIndex: number, fromStage: boolean): Scope {
  if (fromStage) return inherited ? { names: new Set(inherited.names), baseUnknown: inherited.baseUnknown } : { names: new Set(ALWAYS), baseUnknown: true };
  const base = layers.stages[stageIndex]?.baseImage;
  // FROM scratch: nothing but PATH; a resolved image: its Env; otherwise not known
  if (!base) return { names: new Set(ALWAYS), baseUnknown: false };
  if (base.resolved && base.envNames) return { names: new Set([...ALWAYS, ...base.envNames]), baseUnknown: false };
  return { names: new Set(ALWAYS), baseUnknown: true };
}

function message(name: string, global: boolean, known: string[]): string {
  if (global) return `\`$${name}\` is not defined here: the ARG before the first FROM is seen by FROM lines only; repeat \`ARG ${name}\` in this stage to use it`;
  const near = nearestName(name, known, { caseSensitive: true });
  return `\`$${name}\` is not defined here: declare it with ARG or ENV before this line${near ? ` (did you mean $${near}?)` : ''}`;
}

/** Whether usesOf may find anything in the instruction: most instructions (RUN, CMD, EXPOSE, …) expand no word. */
function mayUseOrDefine({ keyword, flags }: Instruction): boolean {
  return keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL' || EXPANDED_ARGS.has(keyword) || (flags.length > 0 && EXPANDED_FLAGS[keyword] !== undefined);
}

/**
 * The variables the instruction's expanded words use, in groups, each with the names it defines
 * for what follows: an ARG's default sees the keys declared before it; an ENV's values all see the
 * names from before the ENV.
 */
function usesOf(document: DockerfileModel, instruction: Instruction): Array<{ uses: Use[]; defines: string[] }> {
  const { keyword } = instruction;
  const pairs = instruction.pairs ?? [];
  if (keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL') {
    const groups = pairs.map((pair) => {
      // ENV and ARG expand the value; LABEL the key too
      const from = keyword === 'LABEL' || pair.rawValue === undefined ? 0 : pair.raw.length - pair.rawValue.length;
      const uses = keyword === 'ARG' && pair.rawValue === undefined ? [] : variableReferences(pair.raw.slice(from), document.escapeChar).map(({ name, start, end }) => ({ name, range: rangeInPair(pair, from + start, from + end) }));
      return { uses, defines: keyword === 'ARG' ? [pair.key] : [] };
    });
    return keyword === 'ENV' ? [{ uses: groups.flatMap((group) => group.uses), defines: pairs.map((pair) => pair.key) }] : groups;
  }
  const words: Range[] = [];
  for (const flag of instruction.flags) if (EXPANDED_FLAGS[keyword]?.includes(flag.name) && flag.value !== null) words.push(flag.range);
  if (EXPANDED_ARGS.has(keyword)) words.push(...instruction.args.map((arg) => arg.range));
  return [{ uses: words.flatMap((range) => usesIn(document, range)), defines: [] }];
}

/** The variables used in a word of the document; a word across lines gives its whole range to each. */
function usesIn(document: DockerfileModel, range: Range): Use[] {
  const text = document.lines.textIn(range);
  const oneLine = range.start.line === range.end.line;
  return variableReferences(text, document.escapeChar).map(({ name, start, end }) => ({
    name,
    range: oneLine ? { start: { line: range.start.line, character: range.start.character + start }, end: { line: range.start.line, character: range.start.character + end } } : range,
  }));
}
