import type { DockerfileModel, Instruction } from '../parse/types';
import { readLintDirective } from './lint-directive';
import type { Finding, Rule } from './rule';

const ALL = '*';

/**
 * Which findings the document's own lint directive comments (./lint-directive) switch off; a
 * hadolint code switches off the rules that alias it.
 */
export class Suppressions {
  private readonly fileWide = new Set<string>();
  /** instruction start line → rules switched off for it */
  private readonly byInstruction = new Map<Instruction, Set<string>>();

  constructor(model: DockerfileModel, rules: readonly Rule[]) {
    const ruleNamesByAlias = aliasIndex(rules);
    const sorted = [...model.instructions].sort((a, b) => a.range.start.line - b.range.start.line);
    for (const comment of model.comments) {
      const pragma = readPragma(comment.text, ruleNamesByAlias);
      if (!pragma) continue;
      if (pragma.scope === 'file') {
        pragma.rules.forEach((name) => this.fileWide.add(name));
        continue;
      }
      const next = sorted.find((instruction) => instruction.range.start.line > comment.range.start.line);
      if (!next) continue;
      const set = this.byInstruction.get(next) ?? new Set<string>();
      pragma.rules.forEach((name) => set.add(name));
      this.byInstruction.set(next, set);
    }
  }

  isSuppressed(finding: Finding): boolean {
    if (matches(this.fileWide, finding.rule)) return true;
    const line = finding.range.start.line;
    for (const [instruction, names] of this.byInstruction) {
      if (line >= instruction.range.start.line && line <= instruction.range.end.line && matches(names, finding.rule)) {
        return true;
      }
    }
    return false;
  }
}

function matches(names: Set<string>, rule: string): boolean {
  return names.has(rule) || names.has(ALL);
}

interface Pragma {
  scope: 'file' | 'next';
  rules: string[];
}

function readPragma(text: string, ruleNamesByAlias: Map<string, string[]>): Pragma | undefined {
  const directive = readLintDirective(text);
  if (!directive) return undefined;
  if (directive.tool === 'dflint') return { scope: directive.scope, rules: directive.names.length ? directive.names : [ALL] };
  return { scope: directive.scope, rules: directive.names.flatMap((code) => ruleNamesByAlias.get(code.toUpperCase()) ?? []) };
}

function aliasIndex(rules: readonly Rule[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const rule of rules) {
    for (const alias of rule.meta.aliases) {
      const key = alias.toUpperCase();
      index.set(key, [...(index.get(key) ?? []), rule.meta.name]);
    }
  }
  return index;
}
