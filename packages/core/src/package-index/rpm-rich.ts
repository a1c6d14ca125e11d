// rpm's rich (boolean) dependencies, `(a or b)`, `(foo if bar)`, `(x >= 1.2 with x < 2)`, as Fedora
// writes them in Requires and Recommends: parsed into a tree the closure walks.
import { parseEvr } from './rpm-version';
import type { RpmDependency, RpmFlags } from './rpm-types';

export type RichNode =
  | { op: 'dep'; dep: RpmDependency }
  | { op: 'and' | 'or' | 'with' | 'without'; items: RichNode[] }
  | { op: 'if' | 'unless'; then: RichNode; cond: RichNode; else?: RichNode };

const OPERATORS: Record<string, RpmFlags> = { '<': 'LT', '<=': 'LE', '=': 'EQ', '==': 'EQ', '>=': 'GE', '>': 'GT' };
const KEYWORDS = new Set(['and', 'or', 'if', 'else', 'unless', 'with', 'without']);

/** A rich dependency's tree; undefined when the text is not one rpm would accept. */
export function parseRich(text: string): RichNode | undefined {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const group = (): RichNode | undefined => {
    if (tokens[at] !== '(') return undefined;
    at++;
    const first = term();
    if (!first) return undefined;
    let node: RichNode = first;
    const op = tokens[at];
    if (op === 'and' || op === 'or' || op === 'with' || op === 'without') {
      const items = [first];
      while (tokens[at] === op) {
        at++;
        const next = term();
        if (!next) return undefined;
        items.push(next);
      }
      node = { op, items };
    } else if (op === 'if' || op === 'unless') {
      at++;
      const cond = term();
      if (!cond) return undefined;
      node = { op, then: first, cond };
      if (tokens[at] === 'else') {
        at++;
        const otherwise = term();
        if (!otherwise) return undefined;
        node.else = otherwise;
      }
    }
    if (tokens[at] !== ')') return undefined;
    at++;
    return node;
  };
  const term = (): RichNode | undefined => {
    if (tokens[at] === '(') return group();
    const name = tokens[at];
    if (name === undefined || name === ')' || KEYWORDS.has(name)) return undefined;
    at++;
    const flags = OPERATORS[tokens[at] ?? ''];
    if (!flags) return { op: 'dep', dep: { name } };
    const version = tokens[at + 1];
    if (version === undefined || version === ')' || version === '(') return undefined;
    at += 2;
    const evr = parseEvr(version);
    return { op: 'dep', dep: { name, flags, ...(evr.epoch !== undefined ? { epoch: evr.epoch } : {}), version: evr.version, ...(evr.release !== undefined ? { release: evr.release } : {}) } };
  };
  const node = group();
  return node && at === tokens.length ? node : undefined;
}

/** Whether the tree holds, given a test for simple dependencies (`if`/`unless` without `else` hold when their condition says so). */
export function richHolds(node: RichNode, meets: (dep: RpmDependency) => boolean): boolean {
  switch (node.op) {
    case 'dep':
      return meets(node.dep);
    case 'and':
    case 'with':
      return node.items.every((item) => richHolds(item, meets));
    case 'or':
      return node.items.some((item) => richHolds(item, meets));
    case 'without':
      return richHolds(node.items[0], meets) && !node.items.slice(1).some((item) => richHolds(item, meets));
    case 'if':
      return richHolds(node.cond, meets) ? richHolds(node.then, meets) : node.else === undefined || richHolds(node.else, meets);
    case 'unless':
      return !richHolds(node.cond, meets) ? richHolds(node.then, meets) : node.else === undefined || richHolds(node.else, meets);
  }
}
