/**
 * cel-go has qualified names (`ip.isCanonical`, `format.named`, `sets.contains`, the types
 * `net.IP` and `net.CIDR`); cel-js has none, so our libraries declare `ip`, `format`, `sets` and
 * `net` as constants carrying those members. The API server knows no such variables: a bare `ip`
 * is an undeclared reference there, and is reported here too (unless a macro or cel.bind
 * variable of that name shadows it). Tested in test/generator/cel/check.test.ts.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { children, rangeOf } from './ast.js';
import type { CelIssue, CelIssuePart } from './types.js';

const FUNCTION_NAMESPACES = new Set(['ip', 'format', 'sets']);
const TYPE_NAMESPACE = 'net';
const NET_TYPES = new Set(['IP', 'CIDR']);
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

/** Whether `n` is the use of a namespace that cel-go would accept as part of a qualified name. */
function isQualifiedUse(n: ASTNode, child: ASTNode): boolean {
  if (child.op !== 'id') return false;
  if (n.op === 'rcall') return n.args[1] === child && FUNCTION_NAMESPACES.has(child.args);
  if (n.op === '.') return child.args === TYPE_NAMESPACE && NET_TYPES.has(n.args[1]);
  return false;
}

/** The variable a macro or cel.bind binds over its later arguments, if any. */
function boundName(n: ASTNode): string | undefined {
  if (n.op !== 'rcall') return undefined;
  const [name, receiver, args] = n.args;
  const first = args[0];
  const binds =
    MACROS.has(name) || (name === 'bind' && receiver.op === 'id' && receiver.args === 'cel');
  return binds && first?.op === 'id' && args.length >= 2 ? first.args : undefined;
}

/** An issue for every bare use of a namespace constant. */
export function namespaceIssues(root: ASTNode, part: CelIssuePart): CelIssue[] {
  const issues: CelIssue[] = [];
  const visit = (n: ASTNode, shadowed: ReadonlySet<string>): void => {
    if (
      n.op === 'id' &&
      !shadowed.has(n.args) &&
      (FUNCTION_NAMESPACES.has(n.args) || n.args === TYPE_NAMESPACE)
    ) {
      const message = `undeclared reference to '${n.args}'`;
      issues.push({
        severity: 'error',
        part,
        code: 'undeclared-reference',
        message,
        range: rangeOf(n),
      });
      return;
    }
    const bound = boundName(n);
    const kids = children(n);
    const args = n.op === 'rcall' ? n.args[2] : [];
    for (const c of kids) {
      if (isQualifiedUse(n, c) || (bound !== undefined && c === args[0])) continue;
      // The variable is bound in the macro's predicates and in cel.bind's body, not elsewhere.
      const isBind = n.op === 'rcall' && n.args[0] === 'bind';
      const inScope = bound !== undefined && args.includes(c) && !(isBind && c === args[1]);
      visit(c, inScope ? new Set([...shadowed, bound]) : shadowed);
    }
  };
  visit(root, new Set());
  return issues;
}
