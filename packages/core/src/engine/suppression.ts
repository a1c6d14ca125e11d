import type { DockerfileModel, Instruction } from '../parse/types';
import type { Finding, Rule } from './rule';

const ALL = '*';

/**
 * Which findings the document's own comments switch off:
 *   `# dflint-ignore a,b` (or bare, for every rule) — the next instruction;
 *   `# dflint-ignore-file a,b` — the whole file;
 *   `# hadolint ignore=DL3008,DL3009` / `# hadolint global ignore=…` — the same, for rules that
 *   alias those hadolint codes.
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
  const own = /^dflint-ignore(-file)?(?:\s+(.*))?$/.exec(text);
  if (own) {
    const names = splitList(own[2] ?? '');
    return { scope: own[1] ? 'file' : 'next', rules: names.length ? names : [ALL] };
  }
  const hadolint = /^hadolint\s+(global\s+)?ignore\s*=\s*(.*)$/.exec(text);
  if (hadolint) {
    const codes = splitList(hadolint[2]);
    return {
      scope: hadolint[1] ? 'file' : 'next',
      rules: codes.flatMap((code) => ruleNamesByAlias.get(code.toUpperCase()) ?? []),
    };
  }
  return undefined;
}

function splitList(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map((name) => name.trim())
    .filter(Boolean);
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
