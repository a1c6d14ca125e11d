import type { DockerfileModel, Instruction } from '../parse/types';
import { isHadolintCode, readLintDirective } from './lint-directive';
import type { Finding } from './rule';

const ALL = '*';

/**
 * Which findings the document's own lint directive comments (./lint-directive) switch off: a rule
 * name switches off the rule's findings, a hadolint/BuildKit code only the findings of that code
 * (`# hadolint ignore=DL3042` leaves package-cache's apt findings alone).
 */
export class Suppressions {
  private readonly fileWide = new Set<string>();
  /** instruction start line → rules switched off for it */
  private readonly byInstruction = new Map<Instruction, Set<string>>();
  /** `hadolint stage ignore=`: the lines it covers (to the next FROM, exclusive) and its codes */
  private readonly byLines: Array<{ first: number; last: number; names: Set<string> }> = [];

  /** `hadolintPragmas: false`: `# hadolint ignore=` comments switch nothing off (hadolint's disable-ignore-pragma) */
  constructor(model: DockerfileModel, { hadolintPragmas = true }: { hadolintPragmas?: boolean } = {}) {
    let sorted: Instruction[] | undefined;
    for (const comment of model.comments) {
      const pragma = readPragma(comment.text, hadolintPragmas);
      if (!pragma) continue;
      sorted ??= [...model.instructions].sort((a, b) => a.range.start.line - b.range.start.line);
      if (pragma.scope === 'file') {
        pragma.names.forEach((name) => this.fileWide.add(name));
        continue;
      }
      if (pragma.scope === 'stage') {
        // as hadolint: from the line after the comment up to the next FROM below that line
        const first = comment.range.start.line + 1;
        const nextFrom = sorted.find((instruction) => instruction.keyword === 'FROM' && instruction.range.start.line > first);
        this.byLines.push({ first, last: nextFrom ? nextFrom.range.start.line - 1 : Number.MAX_SAFE_INTEGER, names: new Set(pragma.names) });
        continue;
      }
      const next = sorted.find((instruction) => instruction.range.start.line > comment.range.start.line);
      if (!next) continue;
      const set = this.byInstruction.get(next) ?? new Set<string>();
      pragma.names.forEach((name) => set.add(name));
      this.byInstruction.set(next, set);
    }
  }

  isSuppressed(finding: Finding): boolean {
    // most files switch nothing off: every finding of every edit asks
    if (this.fileWide.size === 0 && this.byLines.length === 0 && this.byInstruction.size === 0) return false;
    if (matches(this.fileWide, finding)) return true;
    const line = finding.range.start.line;
    if (this.byLines.some((span) => line >= span.first && line <= span.last && matches(span.names, finding))) return true;
    for (const [instruction, names] of this.byInstruction) {
      if (line >= instruction.range.start.line && line <= instruction.range.end.line && matches(names, finding)) {
        return true;
      }
    }
    return false;
  }
}

/** `names` holds rule names as written and codes in upper case (codes are read in any case, as hadolint does). */
function matches(names: Set<string>, finding: Finding): boolean {
  return names.has(ALL) || names.has(finding.rule) || (finding.aliases ?? []).some((code) => names.has(code.toUpperCase()));
}

interface Pragma {
  scope: 'file' | 'next' | 'stage';
  names: string[];
}

function readPragma(text: string, hadolintPragmas: boolean): Pragma | undefined {
  const directive = readLintDirective(text);
  if (!directive || (directive.tool === 'hadolint' && !hadolintPragmas)) return undefined;
  if (directive.tool === 'dflint' && directive.names.length === 0) return { scope: directive.scope, names: [ALL] };
  // hadolint reads a list with anything but codes in it (`ignore=crazy,DL3002`) as no pragma at all
  if (directive.tool === 'hadolint' && !directive.names.every(isHadolintCode)) return undefined;
  // a dflint directive may name codes too; a name never collides with a code (kebab-case vs DL3042)
  const names = directive.tool === 'dflint' ? directive.names.flatMap((name) => [name, name.toUpperCase()]) : directive.names.map((code) => code.toUpperCase());
  return { scope: directive.scope, names };
}
