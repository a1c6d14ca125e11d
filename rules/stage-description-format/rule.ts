import { defineRule, isLintDirectiveLine, rangesOverlap, type DockerfileModel, type Instruction, type Range } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'stage-description-format',
    description: 'a comment right above a named FROM or an ARG that does not start with the stage or ARG name, as `docker build --call=outline` reads it (off by default)',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['InvalidDefinitionDescription'],
    defaultOff: true,
  },
  check({ document, report }) {
    for (const instruction of document.instructions) {
      const keys = definedNames(document, instruction);
      if (keys.length === 0) continue;
      const comment = describingComment(document, instruction);
      if (!comment) continue;
      const [first] = comment.text.split(' ');
      if (keys.includes(first)) continue;
      const example = keys.length === 1 ? keys[0] : '<arg_key>';
      const what = instruction.keyword === 'FROM' ? `stage \`${keys[0]}\`` : keys.length === 1 ? `ARG \`${keys[0]}\`` : 'these ARGs';
      report({
        range: comment.range,
        message: `this comment reads as the description of ${what} but does not start with ${keys.length === 1 ? 'its name' : 'one of their names'}: write \`# ${example} <description>\`, or put an empty line between them`,
      });
    }
  },
});

/** What the instruction defines a description for: a FROM's stage name (lower-cased, as BuildKit keeps it), an ARG's keys. */
function definedNames(document: DockerfileModel, instruction: Instruction): string[] {
  if (instruction.keyword === 'ARG') return (instruction.pairs ?? []).map((pair) => pair.key);
  if (instruction.keyword !== 'FROM') return [];
  const name = document.stages[instruction.stageIndex]?.from === instruction ? document.stages[instruction.stageIndex].name : undefined;
  return name ? [name] : [];
}

/**
 * The comment line right above the instruction, as BuildKit takes a description: the last of the
 * comment lines directly above it, unless an empty `#` line ends the run. Parser directives and
 * lint directive comments (`# hadolint ignore=…`, `# check=skip=…`) are no descriptions.
 */
function describingComment(document: DockerfileModel, instruction: Instruction): { text: string; range: Range } | undefined {
  const line = instruction.range.start.line - 1;
  if (line < 0) return undefined;
  const text = document.lines.lineText(line).trim();
  if (!text.startsWith('#')) return undefined;
  const range = { start: { line, character: 0 }, end: { line, character: document.lines.lineText(line).length } };
  const body = text.slice(1).trim();
  if (body === '' || isLintDirectiveLine(text) || /^check\s*=/.test(body)) return undefined;
  if (document.directives.some((directive) => rangesOverlap(directive.range, range))) return undefined;
  return { text: body, range };
}
