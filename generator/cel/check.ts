/**
 * checkRule: everything the API server checks about one `x-kubernetes-validations` entry when a
 * CRD is created (apiextensions-apiserver `validation.go` and `schema/cel/compilation.go`): the
 * entry's fields, the rule and messageExpression compiled against the node's schema, fieldPath,
 * and the oldSelf rules; plus our cost warnings.
 */
import type { JSONSchemaProps, ValidationRule } from '../schema/json-schema-props.js';
import { compileExpression } from './compile.js';
import { ruleEnvironment } from './environment.js';
import { validFieldPath } from './field-path.js';
import type { CelIssue, CelIssuePart, CheckRuleOptions } from './types.js';

const REASONS = new Set([
  'FieldValueInvalid',
  'FieldValueForbidden',
  'FieldValueRequired',
  'FieldValueDuplicate',
]);
const NEWLINE = /[\n\r]/;

function error(part: CelIssuePart, code: CelIssue['code'], message: string): CelIssue {
  return { severity: 'error', part, code, message };
}

/** The checks on the entry's own fields, before any compiling. */
function entryIssues(rule: ValidationRule, node: JSONSchemaProps): CelIssue[] {
  const issues: CelIssue[] = [];
  const trimmedRule = rule.rule.trim();
  const msg = rule.message;
  if (trimmedRule === '') issues.push(error('rule', 'required', 'rule is not specified'));
  else if (msg !== undefined && msg.length > 0 && msg.trim() === '') {
    issues.push(error('message', 'invalid', 'message must be non-empty if specified'));
  } else if (msg !== undefined && NEWLINE.test(msg.trim())) {
    issues.push(error('message', 'invalid', 'message must not contain line breaks'));
  } else if (NEWLINE.test(trimmedRule) && (msg ?? '').trim() === '') {
    issues.push(
      error('message', 'required', 'message must be specified if rule contains line breaks'),
    );
  }
  const me = rule.messageExpression;
  if (me !== undefined && me.length > 0 && me.trim() === '') {
    issues.push(
      error('messageExpression', 'required', 'messageExpression must be non-empty if specified'),
    );
  }
  if (rule.reason !== undefined && !REASONS.has(rule.reason)) {
    issues.push(
      error(
        'reason',
        'invalid',
        `unsupported reason ${JSON.stringify(rule.reason)}: use one of ${[...REASONS].join(', ')}`,
      ),
    );
  }
  const fp = rule.fieldPath;
  if (fp !== undefined && fp.length > 0) {
    if (fp.trim() === '')
      issues.push(error('fieldPath', 'invalid', 'fieldPath must be non-empty if specified'));
    else if (NEWLINE.test(fp))
      issues.push(error('fieldPath', 'invalid', 'fieldPath must not contain line breaks'));
    else {
      const result = validFieldPath(fp, node);
      if (!result.ok)
        issues.push(
          error(
            'fieldPath',
            'invalid',
            `fieldPath ${JSON.stringify(fp)} must be a valid path: ${result.reason}`,
          ),
        );
    }
  }
  return issues;
}

/**
 * Checks one validation rule against the schema node it sits on. Returns every issue found, errors
 * and warnings; an empty list means the API server would accept the rule.
 */
export function checkRule(
  rule: ValidationRule,
  node: JSONSchemaProps,
  options: CheckRuleOptions = {},
): CelIssue[] {
  const issues = entryIssues(rule, node);
  if (rule.rule.trim() === '') return issues;
  const isRoot = (options.isRoot ?? false) || node['x-kubernetes-embedded-resource'] === true;
  const renv = ruleEnvironment(node, isRoot, rule.optionalOldSelf === true);
  if (!renv) {
    issues.push(
      error(
        'rule',
        'no-cel-type',
        'rules cannot apply here: the schema node has no type CEL can see (set `type`, or int-or-string)',
      ),
    );
    return issues;
  }
  const ancestor = options.unboundedAncestorPath;
  const compiled = compileExpression(renv, rule.rule, {
    part: 'rule',
    resultType: 'bool',
    unboundedAncestorPath: ancestor,
  });
  issues.push(...compiled.issues);
  if (compiled.usesOldSelf && options.uncorrelatablePath !== undefined) {
    issues.push(
      error(
        'rule',
        'old-self-uncorrelatable',
        `oldSelf cannot be used on the uncorrelatable portion of the schema within ${options.uncorrelatablePath}`,
      ),
    );
  }
  if (!compiled.usesOldSelf && rule.optionalOldSelf !== undefined) {
    issues.push(
      error(
        'optionalOldSelf',
        'optional-old-self-unused',
        'optionalOldSelf may not be set if oldSelf is not used in rule',
      ),
    );
  }
  const me = rule.messageExpression;
  if (me !== undefined && me.trim() !== '') {
    const m = compileExpression(renv, me, {
      part: 'messageExpression',
      resultType: 'string',
      unboundedAncestorPath: ancestor,
    });
    issues.push(...m.issues);
  }
  return issues;
}
