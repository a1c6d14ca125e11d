import { buildSimpleCommand, SIMPLE_COMMAND_TYPES, type ReadContext } from './shell-commands';
import { RedirectCollector, type FollowUp } from './shell-redirects';
import { REDIRECT_TYPES, STATEMENT_TYPES, SUBSTITUTION_TYPES, type SyntaxNode } from './shell-syntax';
import type { ShellCommand, ShellContext, ShellJoin, ShellPipe } from './shell-types';

/** Tokens that join two statements. `|&` pipes stderr too; it is reported as `|`. */
const SEPARATORS: Readonly<Record<string, ShellJoin>> = {
  ';': ';',
  ';;': ';',
  ';&': ';',
  ';;&': ';',
  '&': '&',
  '\n': 'newline',
  '&&': '&&',
  '||': '||',
  '|': '|',
  '|&': '|',
};

type KeywordContext = (keyword: string) => ShellContext[] | undefined;

/** Walks a copied tree-sitter-bash tree and lists every simple command in source order. */
export class CommandWalker {
  readonly commands: ShellCommand[] = [];
  /** every `|` and `|&` of a pipeline, also between compound commands (`(a) | while …`), which no command's join shows; not a case pattern's `|` */
  readonly pipes: ShellPipe[] = [];

  constructor(private readonly read: ReadContext) {}

  /**
   * Statements separated by `;`, `&`, newlines…; any other token (`then`, `do`, `{`, `$(`) starts
   * a new list, and `keywordContext` may switch the context there (`then` → if-body).
   */
  walkList(children: SyntaxNode[], context: ShellContext[], keywordContext?: KeywordContext): void {
    let current = context;
    let join: ShellJoin = null;
    let first = true;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type === 'comment') continue;
      if (!child.named) {
        const separator = SEPARATORS[child.type];
        if (separator !== undefined) {
          join = separator;
          continue;
        }
        first = true;
        join = null;
        current = keywordContext?.(child.type) ?? current;
      } else if (STATEMENT_TYPES.has(child.type)) {
        const background = nextSignificant(children, i)?.type === '&';
        this.walkStatement(child, background ? [...current, 'background'] : current, first ? null : (join ?? 'newline'));
        first = false;
        join = null;
      } else if (child.type === 'elif_clause' || child.type === 'else_clause') {
        this.walkList(child.children, current, keywordContext);
      } else if (child.type === 'ERROR') {
        this.walkList(child.children, current);
      } else {
        this.scanNode(child, current);
      }
    }
  }

  private notePipe(token: SyntaxNode, left: SyntaxNode | undefined): void {
    if (SEPARATORS[token.type] !== '|' || !left) return;
    this.pipes.push({ range: this.read.positions.range(token.start, token.end), left: this.read.positions.range(left.start, left.end) });
  }

  /** `tail`: redirects tree-sitter attached around this statement; they bind to its last simple command. */
  walkStatement(node: SyntaxNode, context: ShellContext[], join: ShellJoin, tail: SyntaxNode[] = []): void {
    if (SIMPLE_COMMAND_TYPES.has(node.type)) return this.emit(node, context, join, tail);
    switch (node.type) {
      case 'redirected_statement':
        return this.walkRedirected(node, context, join, tail);
      case 'list':
      case 'pipeline':
        return this.walkSequence(node, context, join, tail);
      case 'negated_command':
        return this.walkNegated(node, context, join, tail);
    }
    this.walkCompound(node, context);
    if (tail.length > 0) this.walkCompoundRedirects(tail, context);
  }

  /** Looks for `$(…)`, backticks and `<(…)` inside a node that is not itself a statement. */
  private scan(node: SyntaxNode, context: ShellContext[]): void {
    for (const child of node.children) this.scanNode(child, context);
  }

  private emit(node: SyntaxNode, context: ShellContext[], join: ShellJoin, outerRedirects: SyntaxNode[]): void {
    const built = buildSimpleCommand(node, outerRedirects, this.read);
    // completed in place (it is this walk's own), not spread into a copy: V8 copies a spread on a slow path, and this is every command
    if (built.command) this.commands.push(Object.assign(built.command, { join, context }));
    for (const target of built.scanTargets) this.scanNode(target, context);
    this.finishRedirects(built.followUps, built.heredocBodies, context);
  }

  private walkRedirected(node: SyntaxNode, context: ShellContext[], join: ShellJoin, tail: SyntaxNode[]): void {
    const body = bodyOf(node);
    const redirects = node.children.filter((child) => REDIRECT_TYPES.has(child.type));
    if (body && SEQUENCE_TYPES.has(body.type)) this.walkSequence(node, context, join, tail);
    else if (body) this.walkStatement(body, context, join, [...redirects, ...tail]);
    else this.emit(node, context, join, tail);
  }

  /** `a && b`, `a | b`: the first statement takes the incoming join, the others their operator. */
  private walkSequence(node: SyntaxNode, context: ShellContext[], join: ShellJoin, tail: SyntaxNode[]): void {
    let pending: ShellJoin = join;
    let first = true;
    let previous: SyntaxNode | undefined;
    for (const entry of flattenSequence(node, tail)) {
      const child = entry.node;
      if (!child.named) {
        this.notePipe(child, previous);
        pending = SEPARATORS[child.type] ?? pending;
      } else if (STATEMENT_TYPES.has(child.type)) {
        this.walkStatement(child, context, first ? join : (pending ?? 'newline'), entry.tail);
        previous = child;
        first = false;
        pending = null;
      } else if (child.type === 'ERROR') {
        this.walkList(child.children, context);
      } else if (child.type !== 'comment') {
        this.scanNode(child, context);
      }
    }
  }

  private walkNegated(node: SyntaxNode, context: ShellContext[], join: ShellJoin, tail: SyntaxNode[]): void {
    for (const child of node.children) {
      if (STATEMENT_TYPES.has(child.type)) this.walkStatement(child, context, join, tail);
    }
  }

  private walkCompound(node: SyntaxNode, context: ShellContext[]): void {
    switch (node.type) {
      case 'subshell':
        return this.walkList(node.children, [...context, 'subshell']);
      case 'compound_statement':
        if (node.children[0]?.type === '((') return this.scan(node, context);
        return this.walkList(node.children, [...context, 'group']);
      case 'if_statement':
        return this.walkIf(node, context);
      case 'while_statement':
        return this.walkWhile(node, context);
      case 'for_statement':
      case 'c_style_for_statement':
        return this.walkFor(node, context);
      case 'case_statement':
        return this.walkCase(node, context);
      case 'function_definition':
        return this.walkFunction(node, context);
    }
    this.scan(node, context);
  }

  private walkIf(node: SyntaxNode, context: ShellContext[]): void {
    const condition: ShellContext[] = [...context, 'if-condition'];
    const body: ShellContext[] = [...context, 'if-body'];
    const elseBody: ShellContext[] = [...context, 'else-body'];
    this.walkList(node.children, context, (keyword) => {
      if (keyword === 'if' || keyword === 'elif') return condition;
      if (keyword === 'then') return body;
      if (keyword === 'else') return elseBody;
      return undefined;
    });
  }

  /** `while`/`until`: the condition runs on every pass too, so it is `loop` as well. */
  private walkWhile(node: SyntaxNode, context: ShellContext[]): void {
    const loop: ShellContext[] = [...context, 'loop'];
    const body = node.children.find((child) => child.type === 'do_group');
    this.walkList(node.children.filter((child) => child !== body), loop);
    if (body) this.walkList(body.children, loop);
  }

  /** The word list of `for x in $(ls)` runs once, outside the loop; the body is `loop`. */
  private walkFor(node: SyntaxNode, context: ShellContext[]): void {
    for (const child of node.children) {
      if (child.type === 'do_group' || child.type === 'compound_statement') this.walkList(child.children, [...context, 'loop']);
      else this.scanNode(child, context);
    }
  }

  private walkCase(node: SyntaxNode, context: ShellContext[]): void {
    const itemBody: ShellContext[] = [...context, 'case'];
    for (const child of node.children) {
      if (child.type !== 'case_item') this.scanNode(child, context);
      else this.walkList(child.children, context, (token) => (token === ')' ? itemBody : undefined));
    }
  }

  private walkFunction(node: SyntaxNode, context: ShellContext[]): void {
    const inFunction: ShellContext[] = [...context, 'function'];
    for (const child of node.children) {
      if (child.type === 'compound_statement') this.walkList(child.children, inFunction);
      else if (STATEMENT_TYPES.has(child.type)) this.walkStatement(child, inFunction, null);
      else if (REDIRECT_TYPES.has(child.type)) this.walkCompoundRedirects([child], context);
    }
  }

  /** Redirects of a compound statement (`while …; done < f`) belong to no simple command. */
  private walkCompoundRedirects(redirects: SyntaxNode[], context: ShellContext[]): void {
    const collector = new RedirectCollector(this.read.source, this.read.words, this.read.positions);
    for (const redirect of redirects) collector.add(redirect);
    for (const target of collector.scanTargets) this.scanNode(target, context);
    this.finishRedirects(collector.followUps, collector.heredocBodies, context);
  }

  private finishRedirects(followUps: FollowUp[], heredocBodies: SyntaxNode[], context: ShellContext[]): void {
    for (const followUp of followUps) this.walkStatement(followUp.statement, context, followUp.join);
    for (const body of heredocBodies) this.scan(body, context);
  }

  /**
   * Like scan, but `node` itself may be the substitution (`cmd $(x)`). Error nodes may hold
   * whole commands tree-sitter could not place, so they are walked as lists.
   */
  private scanNode(node: SyntaxNode, context: ShellContext[]): void {
    if (SUBSTITUTION_TYPES.has(node.type)) this.walkList(node.children, [...context, 'substitution']);
    else if (node.type === 'ERROR') this.walkList(node.children, context);
    else if (node.children.length > 0) this.scan(node, context);
  }
}

interface SequenceEntry {
  node: SyntaxNode;
  /** redirects that bind to this statement's last simple command */
  tail: SyntaxNode[];
}

const SEQUENCE_TYPES: ReadonlySet<string> = new Set(['list', 'pipeline']);

/**
 * `a && b || c` nests to the left: list(list(a && b) || c), and `a && b > f && c` nests as
 * list(redirected_statement(list(a && b), > f) && c); pipelines with redirects nest the same way
 * (`a > f | b > g | c`). A long RUN chain nests thousands deep, so it is flattened without
 * recursion into [a, &&, b (+ > f), &&, c].
 */
function flattenSequence(node: SyntaxNode, tail: SyntaxNode[]): SequenceEntry[] {
  const suffixes: SequenceEntry[][] = [];
  let head = node;
  let headTail = tail;
  for (;;) {
    const body = head.type === 'redirected_statement' ? bodyOf(head) : undefined;
    if (body && SEQUENCE_TYPES.has(body.type)) {
      headTail = [...head.children.filter((child) => REDIRECT_TYPES.has(child.type)), ...headTail];
      head = body;
      continue;
    }
    const leftIndex = SEQUENCE_TYPES.has(head.type) ? head.children.findIndex((child) => STATEMENT_TYPES.has(child.type)) : -1;
    if (leftIndex === -1) break;
    suffixes.push(withTail(head.children.slice(leftIndex + 1), headTail));
    head = head.children[leftIndex];
    headTail = [];
  }
  const flat = head.type === 'list' || head.type === 'pipeline' ? withTail(head.children, headTail) : [{ node: head, tail: headTail }];
  for (let i = suffixes.length - 1; i >= 0; i--) flat.push(...suffixes[i]);
  return flat;
}

/** Entries for `nodes`, the last statement among them taking `tail`. */
function withTail(nodes: SyntaxNode[], tail: SyntaxNode[]): SequenceEntry[] {
  const last = lastStatement(nodes);
  return nodes.map((node) => ({ node, tail: node === last ? tail : [] }));
}

function bodyOf(redirected: SyntaxNode): SyntaxNode | undefined {
  return redirected.children.find((child) => STATEMENT_TYPES.has(child.type));
}

function nextSignificant(children: SyntaxNode[], index: number): SyntaxNode | undefined {
  for (let i = index + 1; i < children.length; i++) {
    if (children[i].type !== 'comment') return children[i];
  }
  return undefined;
}

function lastStatement(children: SyntaxNode[]): SyntaxNode | undefined {
  for (let i = children.length - 1; i >= 0; i--) {
    if (STATEMENT_TYPES.has(children[i].type)) return children[i];
  }
  return undefined;
}
