/**
 * Compiling one expression (a rule or a messageExpression) in a node's environment: parse, rename
 * overridden built-ins, type-check, then the checks cel-js does not make (has() fields, literal
 * arguments) and the cost warnings. Errors name what the API server's would name.
 */
import type { ASTNode, ParseResult } from '@marcbachmann/cel-js';
import { rangeOf, walk } from './ast.js';
import { costWarnings } from './cost.js';
import { declaredFunctionNames, type RuleEnvironment } from './environment.js';
import { literalIssues } from './literals.js';
import { namespaceIssues } from './namespaces.js';
import { resolve, walkScoped, type Scope } from './resolve.js';
import { renameOverrides, unprefix } from './rewrite.js';
import type { CelIssue, CelIssueCode, CelIssuePart, CelRange } from './types.js';

/** A compiled expression; `program` is absent when there were errors. */
export interface CompiledExpression {
  readonly issues: CelIssue[];
  readonly program?: ParseResult;
  readonly usesOldSelf: boolean;
}

/** How to compile: what the result must be and where the node sits. */
export interface CompileOptions {
  readonly part: CelIssuePart;
  readonly resultType: 'bool' | 'string';
  readonly unboundedAncestorPath?: string | undefined;
  /** Skip the cost warnings (evaluation needs none). */
  readonly skipCost?: boolean;
}

function issue(
  part: CelIssuePart,
  code: CelIssueCode,
  message: string,
  range?: CelRange,
): CelIssue {
  return range
    ? { severity: 'error', part, code, message, range }
    : { severity: 'error', part, code, message };
}

/** Compiles `text` in `renv`. */
export function compileExpression(
  renv: RuleEnvironment,
  text: string,
  opts: CompileOptions,
): CompiledExpression {
  const { part } = opts;
  let program: ParseResult;
  try {
    program = renv.env.parse(text);
  } catch (e) {
    const err = e as { summary?: string; message: string; range?: CelRange };
    return {
      issues: [issue(part, 'syntax', `syntax error: ${err.summary ?? err.message}`, err.range)],
      usesOldSelf: false,
    };
  }
  const ast = program.ast;
  const usesOldSelf = referencesOldSelf(ast);
  const undeclared = [...undeclaredFunctions(ast, part), ...namespaceIssues(ast, part)];
  if (undeclared.length > 0) return { issues: undeclared, usesOldSelf };
  const checked = program.check();
  if (!checked.valid) return { issues: [typeIssue(checked.error, part)], usesOldSelf };
  if (checked.type !== opts.resultType) {
    const what = part === 'rule' ? 'a rule' : `a ${part}`;
    const message = `${what} must evaluate to ${opts.resultType === 'bool' ? 'a bool' : 'a string'}, not ${unprefix(checked.type ?? 'unknown')}`;
    return { issues: [issue(part, 'result-type', message)], usesOldSelf };
  }
  const scope = rootScope(renv);
  const issues = [...hasIssues(ast, scope, part), ...literalIssues(ast, part)];
  if (issues.length > 0) return { issues, usesOldSelf };
  if (!opts.skipCost) issues.push(...costWarnings(ast, scope, part, opts.unboundedAncestorPath));
  return { issues, program, usesOldSelf };
}

/** `self` (and `oldSelf`, unless it is optional) denote the node itself. */
function rootScope(renv: RuleEnvironment): Scope {
  const self = { decl: renv.decl, path: 'self' };
  return new Map([
    ['self', self],
    ['oldSelf', { decl: renv.decl, path: 'oldSelf' }],
  ]);
}

function referencesOldSelf(ast: ASTNode): boolean {
  let found = false;
  walk(ast, (n) => {
    if (n.op === 'id' && n.args === 'oldSelf') found = true;
  });
  return found;
}

/** Every call of a function no library declares; also rewrites overridden built-ins. */
function undeclaredFunctions(ast: ASTNode, part: CelIssuePart): CelIssue[] {
  const forbidden = renameOverrides(ast);
  const names = declaredFunctionNames();
  const issues: CelIssue[] = [];
  walk(ast, (n) => {
    if (n.op !== 'call' && n.op !== 'rcall') return;
    if (n === forbidden || !names.has(n.args[0])) {
      issues.push(
        issue(
          part,
          'undeclared-reference',
          `undeclared reference to '${unprefix(n.args[0])}'`,
          rangeOf(n),
        ),
      );
    }
  });
  return issues;
}

function typeIssue(error: unknown, part: CelIssuePart): CelIssue {
  const err = error as
    { code?: string; summary?: string; message?: string; range?: CelRange } | undefined;
  const summary = unprefix(err?.summary ?? err?.message ?? 'type check failed');
  switch (err?.code) {
    case 'no_such_key':
      return issue(
        part,
        'undefined-field',
        `undefined field '${summary.replace(/^No such key: /, '')}'`,
        err.range,
      );
    case 'unknown_variable':
      return issue(
        part,
        'undeclared-reference',
        `undeclared reference to '${summary.replace(/^Unknown variable: /, '')}'`,
        err.range,
      );
    case 'no_matching_overload':
    case 'no_such_overload':
      return issue(part, 'no-matching-overload', summary, err.range);
    default:
      return issue(part, 'type-error', summary, err?.range);
  }
}

/** has() arguments must select a declared field (cel-js checks only the variable). */
function hasIssues(ast: ASTNode, scope: Scope, part: CelIssuePart): CelIssue[] {
  const issues: CelIssue[] = [];
  walkScoped(ast, scope, (n, s) => {
    if (n.op !== 'call' || n.args[0] !== 'has') return;
    const arg = n.args[1][0];
    if (arg?.op !== '.') return;
    const base = resolve(arg.args[0], s);
    if (!base || resolve(arg, s)) return;
    const d = base.decl;
    if (d.kind === 'object') {
      issues.push(issue(part, 'undefined-field', `undefined field '${arg.args[1]}'`, rangeOf(arg)));
    } else if (d.kind === 'list' || (d.kind === 'scalar' && d.name !== 'dyn')) {
      const type = d.kind === 'list' ? 'list' : d.name;
      issues.push(
        issue(part, 'type-error', `type '${type}' does not support field selection`, rangeOf(arg)),
      );
    }
  });
  return issues;
}
