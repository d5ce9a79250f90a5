/**
 * Checks the API server runs on literal arguments at compile time (cel-go AST validators enabled
 * since Kubernetes 1.29): regular expressions must compile (with RE2), `duration('…')` and
 * `timestamp('…')` literals must parse.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { rangeOf, stringLiteral, walk } from './ast.js';
import { OVERRIDE_PREFIX } from './libraries/registry.js';
import { re2Problem } from './libraries/regex.js';
import type { CelIssue, CelIssuePart } from './types.js';
import { parseDuration } from './values.js';

const REGEX_METHODS = new Set(['matches', `${OVERRIDE_PREFIX}matches`, 'find', 'findAll']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** The literal pattern of a regex call, if any. */
function regexArgument(n: ASTNode): ASTNode | undefined {
  if (n.op === 'rcall' && REGEX_METHODS.has(n.args[0])) return n.args[2][0];
  if (n.op === 'call' && n.args[0] === 'matches') return n.args[1][1];
  return undefined;
}

function literalProblem(n: ASTNode): { arg: ASTNode; message: string } | undefined {
  const regex = regexArgument(n);
  const pattern = stringLiteral(regex);
  if (regex && pattern !== undefined) {
    const problem = re2Problem(pattern);
    if (problem) return { arg: regex, message: problem };
  }
  if (n.op !== 'call' || n.args[1].length !== 1) return undefined;
  const arg = n.args[1][0];
  const text = stringLiteral(arg);
  if (!arg || text === undefined) return undefined;
  if (n.args[0] === 'duration') {
    try {
      parseDuration(text);
    } catch {
      return { arg, message: `invalid duration argument ${JSON.stringify(text)}` };
    }
  }
  if (n.args[0] === 'timestamp' && (!RFC3339.test(text) || Number.isNaN(Date.parse(text)))) {
    return { arg, message: `invalid timestamp argument ${JSON.stringify(text)}` };
  }
  return undefined;
}

/** Errors for invalid literal regular expressions, durations and timestamps. */
export function literalIssues(root: ASTNode, part: CelIssuePart): CelIssue[] {
  const issues: CelIssue[] = [];
  walk(root, (n) => {
    const p = literalProblem(n);
    if (!p) return;
    const code = regexArgument(n) ? 'invalid-regex' : 'invalid-literal';
    issues.push({ severity: 'error', part, code, message: p.message, range: rangeOf(p.arg) });
  });
  return issues;
}
