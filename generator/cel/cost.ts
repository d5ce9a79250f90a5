/**
 * A simplified stand-in for the API server's cost estimate. The real estimator
 * (cel-go `checker.CostEstimator` with Kubernetes' size estimates, `library/cost.go`) multiplies
 * the worst-case size of every traversed list, map and string (maxItems / maxProperties /
 * maxLength, or else what fits in a 3 MB request) by the per-element cost, then by how often the
 * rule can run (the cardinality of unbounded ancestors), and rejects a rule over 1,000,000 units
 * (10,000,000 summed per CRD). Without bounds that product is almost always over. We do not compute
 * costs: we warn where an iteration or a scanning function meets a missing bound, which is where
 * the real estimate explodes.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { children, rangeOf } from './ast.js';
import { OVERRIDE_PREFIX } from './libraries/registry.js';
import { elementOf, resolve, type Resolved, type Scope } from './resolve.js';
import type { CelIssue, CelIssuePart } from './types.js';

const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
const LIST_SCANS = new Set(['isSorted', 'sum', 'min', 'max', 'indexOf', 'lastIndexOf', 'join']);
const STRING_SCANS = new Set([
  'matches',
  'find',
  'findAll',
  'contains',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'replace',
  'split',
  'lowerAscii',
  'upperAscii',
  'trim',
  'format',
]);

function boundName(r: Resolved): string {
  switch (r.decl.kind) {
    case 'list':
      return 'maxItems';
    case 'map':
      return 'maxProperties';
    default:
      return 'maxLength';
  }
}

/** Warnings for iterations and scans over unbounded lists, maps and strings in a checked rule. */
export function costWarnings(
  root: ASTNode,
  scope: Scope,
  part: CelIssuePart,
  unboundedAncestorPath: string | undefined,
): CelIssue[] {
  const issues: CelIssue[] = [];
  const warn = (node: ASTNode, what: string, r: Resolved | undefined): void => {
    let message: string | undefined;
    if (r && !r.decl.bounded) {
      message = `${what} ${r.path}, which has no ${boundName(r)}: the API server's cost estimate may reject the rule (set ${boundName(r)})`;
    } else if (unboundedAncestorPath !== undefined) {
      message = `${what} ${r?.path ?? 'a value'} once per element of ${unboundedAncestorPath}, which has no maxItems/maxProperties: the API server's cost estimate may reject the rule`;
    }
    if (message)
      issues.push({
        severity: 'warning',
        part,
        code: 'unbounded-cost',
        message,
        range: rangeOf(node),
      });
  };
  visit(root, scope, warn);
  return issues;
}

type Warn = (node: ASTNode, what: string, r: Resolved | undefined) => void;

function visit(node: ASTNode, scope: Scope, warn: Warn): void {
  if (node.op === 'rcall') {
    const name = node.args[0].replace(OVERRIDE_PREFIX, '');
    const receiver = resolve(node.args[1], scope);
    const iterVar = node.args[2][0];
    if (MACROS.has(name) && iterVar?.op === 'id' && node.args[2].length >= 2) {
      if (receiver) warn(node, `${name}() iterates over`, receiver);
      visit(node.args[1], scope, warn);
      const elem = receiver && elementOf(receiver);
      const inner = new Map(scope);
      if (elem) inner.set(iterVar.args, elem);
      else inner.delete(iterVar.args);
      for (const arg of node.args[2].slice(1)) visit(arg, inner, warn);
      return;
    }
    const kind = receiver?.decl.kind;
    const scalar = receiver?.decl.kind === 'scalar' && receiver.decl.name === 'string';
    if ((kind === 'list' && LIST_SCANS.has(name)) || (scalar && STRING_SCANS.has(name))) {
      warn(node, `${name}() scans`, receiver);
    }
    // The format library's validate() costs about three units per byte of its argument.
    const arg = node.args[2][0];
    const validated = name === 'validate' && arg ? resolve(arg, scope) : undefined;
    if (validated?.decl.kind === 'scalar' && validated.decl.name === 'string')
      warn(node, 'validate() scans', validated);
    if (node.args[1].op === 'id' && node.args[1].args === 'sets') {
      for (const a of node.args[2]) {
        const r = resolve(a, scope);
        if (r?.decl.kind === 'list') warn(node, `sets.${name}() scans`, r);
      }
    }
  }
  if (node.op === 'in') {
    const r = resolve(node.args[1], scope);
    if (r?.decl.kind === 'list') warn(node, '`in` scans', r);
  }
  for (const c of children(node)) visit(c, scope, warn);
}
