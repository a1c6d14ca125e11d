import { truncate } from '../format/words';
import { KNOWN_INSTRUCTIONS, nearestInstruction } from './instruction-syntax';
import type { DockerfileModel, Instruction, ParseProblem } from './types';

const SNIPPET_LENGTH = 40;

/**
 * The one problem to report for a file that is clearly something else (a README, a shell script,
 * JSON, YAML) instead of an unknown instruction on every line. A line is "foreign" when it
 * starts with a word that is no instruction and no near miss of one (`RUNN` is a typo, `Usage:`
 * is foreign). The file is not a Dockerfile when some line is foreign and either no line starts
 * with an instruction and foreign lines are at least as many as near misses, or its first line is
 * no instruction (a Dockerfile's is FROM or ARG) and more than half of its lines are foreign.
 * Comments, blank lines and continuation lines are not counted.
 */
export function notADockerfile(model: DockerfileModel): ParseProblem | undefined {
  const { instructions, lines } = model;
  const written = (instruction: Instruction) => lines.textIn(instruction.keywordRange);
  const others = instructions.filter((instruction) => !KNOWN_INSTRUCTIONS.has(instruction.keyword));
  const foreign = others.filter((instruction) => nearestInstruction(written(instruction)) === undefined).length;
  if (foreign === 0) return undefined;
  const known = instructions.length - others.length;
  const noInstruction = known === 0 && foreign >= others.length - foreign;
  const mostlyForeign = others[0] === instructions[0] && foreign * 2 > instructions.length;
  if (!noInstruction && !mostlyForeign) return undefined;
  const first = others[0].range.start.line;
  const counted = known === 0 ? 'no line starts with a Dockerfile instruction' : `${others.length} of its ${instructions.length} lines start with no Dockerfile instruction`;
  return {
    message: `this does not look like a Dockerfile: ${counted} (${first + 1}:1 reads "${truncate(lines.lineText(first).trim(), SNIPPET_LENGTH)}")`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: lines.lineText(0).length } },
  };
}
