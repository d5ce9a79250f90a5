/**
 * Walking cel-js syntax trees. cel-js keeps the parsed call (`rcall`/`call`) and hangs a macro's
 * expansion off it, sharing the argument nodes, so walking the parsed shape sees every node the
 * checker will check.
 */
import type { ASTNode } from '@marcbachmann/cel-js';

/** The direct sub-expressions of a node, in source order. */
export function children(node: ASTNode): ASTNode[] {
  switch (node.op) {
    case 'value':
    case 'id':
      return [];
    case '.':
    case '.?':
      return [node.args[0]];
    case 'call':
      return [...node.args[1]];
    case 'rcall':
      return [node.args[1], ...node.args[2]];
    case 'list':
      return [...node.args];
    case 'map':
      return node.args.flatMap((e) => [e[0], e[1]]);
    case '!_':
    case '-_':
      return [node.args];
    default:
      return [...node.args];
  }
}

/** Calls `visit` on every node, parents first. */
export function walk(node: ASTNode, visit: (n: ASTNode) => void): void {
  visit(node);
  for (const c of children(node)) walk(c, visit);
}

/** The string of a literal string node, else `undefined`. */
export function stringLiteral(node: ASTNode | undefined): string | undefined {
  return node?.op === 'value' && typeof node.args === 'string' ? node.args : undefined;
}

/** The source range of a node. */
export function rangeOf(node: ASTNode): { start: number; end: number } {
  return { start: node.start, end: node.end };
}
