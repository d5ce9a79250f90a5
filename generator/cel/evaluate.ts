/**
 * compileRule + evaluateRule: a rule run against JSON data as the API server runs it on create and
 * update (apiextensions-apiserver `schema/cel/validation.go`): a transition rule is skipped without
 * an old object (unless optionalOldSelf), a false result takes its message from messageExpression,
 * else `message`, else `failed rule: <rule>`; an evaluation error reads `<error> evaluating rule: …`.
 */
import { Optional, type ParseResult } from '@marcbachmann/cel-js';
import type { JSONSchemaProps, ValidationRule } from '../schema/json-schema-props.js';
import { compileExpression } from './compile.js';
import { ruleEnvironment, type RuleEnvironment } from './environment.js';
import { unprefix } from './rewrite.js';
import type { CelIssue } from './types.js';
import { toCelValue } from './values.js';

/** A rule ready to evaluate, or the errors that stop it (then `evaluateRule` refuses it). */
export interface CompiledRule {
  readonly rule: ValidationRule;
  /** Errors from compiling; evaluation needs an empty list. */
  readonly issues: readonly CelIssue[];
  /** Whether the rule reads `oldSelf` (a transition rule, run on update only). */
  readonly usesOldSelf: boolean;
  readonly program?: ParseResult;
  readonly messageProgram?: ParseResult;
  readonly environment?: RuleEnvironment;
}

/** The data a rule sees; `oldSelf` absent means a create (or a new list-map entry). */
export interface RuleInput {
  readonly self: unknown;
  readonly oldSelf?: unknown;
}

/** What evaluating a rule gave. */
export type RuleOutcome =
  | { readonly status: 'passed' }
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'error'; readonly message: string };

/** Compiles a rule and its messageExpression for evaluation on `node`. */
export function compileRule(
  rule: ValidationRule,
  node: JSONSchemaProps,
  options: { isRoot?: boolean } = {},
): CompiledRule {
  const isRoot = (options.isRoot ?? false) || node['x-kubernetes-embedded-resource'] === true;
  const environment = ruleEnvironment(node, isRoot, rule.optionalOldSelf === true);
  if (!environment) {
    const issue: CelIssue = {
      severity: 'error',
      part: 'rule',
      code: 'no-cel-type',
      message: 'the schema node has no CEL type',
    };
    return { rule, issues: [issue], usesOldSelf: false };
  }
  const r = compileExpression(environment, rule.rule, {
    part: 'rule',
    resultType: 'bool',
    skipCost: true,
  });
  const issues = r.issues.filter((i) => i.severity === 'error');
  const base = { rule, usesOldSelf: r.usesOldSelf, environment };
  const me = rule.messageExpression;
  const m = me?.trim()
    ? compileExpression(environment, me, {
        part: 'messageExpression',
        resultType: 'string',
        skipCost: true,
      })
    : undefined;
  if (m) issues.push(...m.issues.filter((i) => i.severity === 'error'));
  if (issues.length > 0 || !r.program) return { ...base, issues };
  return m?.program
    ? { ...base, issues, program: r.program, messageProgram: m.program }
    : { ...base, issues, program: r.program };
}

function ruleErrorString(rule: ValidationRule): string {
  return (rule.message ?? '').length > 0 ? (rule.message ?? '').trim() : rule.rule.trim();
}

// cel-go spells runtime errors in lower case (`no such key: x`).
function errorText(e: unknown): string {
  const err = e as { summary?: unknown; message?: unknown };
  const text = unprefix(String(err.summary ?? err.message ?? e));
  return text.replace(/^No such key/, 'no such key');
}

/** Evaluates a compiled rule against JSON data (plain `JSON.parse` output). */
export function evaluateRule(compiled: CompiledRule, input: RuleInput): RuleOutcome {
  const { rule, program, environment } = compiled;
  if (!program || !environment)
    throw new Error(`cannot evaluate a rule that did not compile: ${rule.rule}`);
  const optional = rule.optionalOldSelf === true;
  const hasOld = input.oldSelf !== undefined;
  if (compiled.usesOldSelf && !hasOld && !optional)
    return { status: 'skipped', reason: 'transition rule without an old value' };
  let vars: Record<string, unknown>;
  try {
    const { decl, classes } = environment;
    const old = hasOld ? toCelValue(decl, input.oldSelf, classes) : undefined;
    vars = {
      self: toCelValue(decl, input.self, classes),
      oldSelf: optional ? (old === undefined ? Optional.none() : Optional.of(old)) : old,
    };
  } catch (e) {
    return { status: 'error', message: `invalid data: ${errorText(e)}` };
  }
  let result: unknown;
  try {
    result = program(vars);
  } catch (e) {
    return {
      status: 'error',
      message: `${errorText(e)} evaluating rule: ${ruleErrorString(rule)}`,
    };
  }
  if (result === true) return { status: 'passed' };
  if (result !== false)
    return {
      status: 'error',
      message: `rule did not evaluate to a bool: ${ruleErrorString(rule)}`,
    };
  return { status: 'failed', message: failureMessage(compiled, vars) };
}

function failureMessage(compiled: CompiledRule, vars: Record<string, unknown>): string {
  const { rule, messageProgram } = compiled;
  if (messageProgram) {
    try {
      const text: unknown = messageProgram(vars);
      // The API server falls back to `message` for an empty or multi-line messageExpression result.
      if (typeof text === 'string' && text.trim() !== '' && !/[\n\r]/.test(text))
        return text.trim();
    } catch {
      // As on the server: a failing messageExpression falls back to the static message.
    }
  }
  const msg = rule.message ?? '';
  return msg.length > 0 ? msg.trim() : `failed rule: ${rule.rule.trim()}`;
}
