/**
 * The project's one CEL implementation, for Kubernetes `x-kubernetes-validations` rules.
 *
 * In: a rule and the structural-schema node it sits on (`JSONSchemaProps`), plus where that node
 * sits (root, uncorrelatable, under an unbounded list). Out: `checkRule` gives the issues the API
 * server would raise at CRD creation (and cost warnings); `compileRule` + `evaluateRule` run a rule
 * against plain JSON data, as the API server does on create and update.
 */
export { checkRule } from './check.js';
export { checkSchemaRules, type SchemaRuleIssue } from './schema-rules.js';
export {
  compileRule,
  evaluateRule,
  type CompiledRule,
  type RuleInput,
  type RuleOutcome,
} from './evaluate.js';
export type { CelIssue, CelIssueCode, CelIssuePart, CelRange, CheckRuleOptions } from './types.js';
export { escapeFieldName } from './escape.js';
