import { REDIRECT_TYPES, STATEMENT_TYPES, type SyntaxNode } from './shell-syntax';
import type { ShellJoin, ShellRedirect } from './shell-types';
import type { WordReader } from './shell-words';
import type { PositionMapper } from './shell-positions';

/** A statement that tree-sitter-bash hangs off a heredoc marker: `cat <<EOF && next`, `<<EOF | next`. */
export interface FollowUp {
  statement: SyntaxNode;
  join: ShellJoin;
}

/**
 * Reads the redirects of one simple command. Besides the redirects themselves, tree-sitter-bash
 * puts other things inside redirect nodes, collected here for the caller:
 * - words after a redirect target (`cmd >f arg`: `arg` is a second "destination") are argv words;
 * - a heredoc marker swallows the rest of its line: more redirects, argv words, and the
 *   `&&`/`||`/`|` statement that follows (a FollowUp), then the heredoc body.
 */
export class RedirectCollector {
  readonly redirects: ShellRedirect[] = [];
  /** argv words found inside redirects, in source order */
  readonly argumentNodes: SyntaxNode[] = [];
  /** nodes that may hold `$(…)` and belong to the command itself */
  readonly scanTargets: SyntaxNode[] = [];
  readonly followUps: FollowUp[] = [];
  readonly heredocBodies: SyntaxNode[] = [];
  /** where the last redirect's own text ends (heredoc bodies and follow-ups excluded); -1 if none */
  end = -1;

  constructor(
    private readonly source: string,
    private readonly words: WordReader,
    private readonly positions: PositionMapper,
  ) {}

  add(node: SyntaxNode): void {
    if (node.type === 'heredoc_redirect') this.addHeredoc(node);
    else this.addFileRedirect(node);
  }

  /** `file_redirect` and `herestring_redirect`: [fd] op destination… */
  private addFileRedirect(node: SyntaxNode): void {
    let fd: number | undefined;
    let op = '';
    const destinations: SyntaxNode[] = [];
    for (const child of node.children) {
      if (child.type === 'file_descriptor') fd = this.fileDescriptor(child);
      else if (!child.named && op === '') op = child.type;
      else if (child.named && child.type !== 'ERROR' && child.type !== 'comment') destinations.push(child);
    }
    const targetNodes = leadingTouching(destinations);
    const rest = destinations.slice(targetNodes.length);
    const end = targetNodes.length > 0 ? targetNodes[targetNodes.length - 1].end : opEnd(node, op);
    this.push(node.start, end, op, fd, targetNodes);
    this.argumentNodes.push(...rest);
    this.scanTargets.push(...destinations);
    this.end = Math.max(this.end, rest.length > 0 ? rest[rest.length - 1].end : end);
  }

  private addHeredoc(node: SyntaxNode): void {
    let fd: number | undefined;
    let op = '';
    let pendingJoin: ShellJoin = null;
    let end = node.start;
    for (const child of node.children) {
      switch (child.type) {
        case 'file_descriptor':
          fd = this.fileDescriptor(child);
          continue;
        case '<<':
        case '<<-':
          op = child.type;
          continue;
        case 'heredoc_start':
          this.push(node.start, child.end, op, fd, [child]);
          end = child.end;
          continue;
        case 'heredoc_body':
          this.heredocBodies.push(child);
          continue;
        case '&&':
        case '||':
          pendingJoin = child.type;
          continue;
        case 'pipeline':
          this.addHeredocPipeline(child);
          continue;
      }
      if (REDIRECT_TYPES.has(child.type)) {
        this.add(child);
        end = Math.max(end, this.end);
      } else if (STATEMENT_TYPES.has(child.type)) {
        this.followUps.push({ statement: child, join: pendingJoin ?? 'newline' });
      } else if (child.named && child.type !== 'heredoc_end' && child.type !== 'ERROR' && child.type !== 'comment') {
        this.argumentNodes.push(child);
        this.scanTargets.push(child);
        end = Math.max(end, child.end);
      }
    }
    this.end = Math.max(this.end, end);
  }

  /** `cat <<EOF | next`: the aliased pipeline holds `|` and the statement after it. */
  private addHeredocPipeline(pipeline: SyntaxNode): void {
    for (const child of pipeline.children) {
      if (STATEMENT_TYPES.has(child.type)) this.followUps.push({ statement: child, join: '|' });
    }
  }

  private push(start: number, end: number, op: string, fd: number | undefined, targetNodes: SyntaxNode[]): void {
    const redirect: ShellRedirect = { op, range: this.positions.range(start, end) };
    if (fd !== undefined) redirect.fd = fd;
    if (targetNodes.length > 0) redirect.target = this.words.joinedWord(targetNodes);
    this.redirects.push(redirect);
  }

  private fileDescriptor(node: SyntaxNode): number | undefined {
    const fd = Number(this.source.slice(node.start, node.end));
    return Number.isInteger(fd) ? fd : undefined;
  }
}

/** The first node and the nodes that touch it without a blank: one shell word. */
export function leadingTouching(nodes: SyntaxNode[]): SyntaxNode[] {
  let count = nodes.length > 0 ? 1 : 0;
  while (count < nodes.length && nodes[count].start === nodes[count - 1].end) count++;
  return nodes.slice(0, count);
}

function opEnd(node: SyntaxNode, op: string): number {
  const token = node.children.find((child) => !child.named && child.type === op);
  return token ? token.end : node.end;
}
