/**
 * `x-kubernetes-validations` rules, run as the API server runs them on create and update
 * (apiextensions-apiserver `schema/cel/validation.go`), with the project's one CEL implementation
 * (generator/cel). Rules are compiled once per CRD version; only schema nodes with rules below them
 * are kept. Each failing rule gives one field error at its node, or at `node + fieldPath`, whose
 * value is the node's schema type (`spec.podOverrides.volumes: Invalid value: "array": …`);
 * `reason` turns it into Forbidden, Required or Duplicate. Rules on null values are not run;
 * transition rules (reading `oldSelf`) run only on update, against the correlated old value.
 * A rule whose node is unchanged on update is ratcheted: its failure becomes a warning.
 */
import { compileRule, evaluateRule, type CompiledRule } from '../generator/cel/index.js';
import { validFieldPath } from '../generator/cel/shared.js';
import type { JSONSchemaProps, ValidationRule } from '../generator/schema/json-schema-props.js';
import {
  child,
  duplicate,
  forbidden,
  index,
  invalid,
  key,
  required,
  type FieldError,
} from './field-error.js';
import { deepEqual, isObject } from './json-value.js';
import { NO_OLD, oldField, oldItem, type Old } from './old-value.js';

interface RuleEntry {
  readonly compiled: CompiledRule;
  /** The rule's `fieldPath` as the server appends it to the node's path, or ''. */
  readonly fieldPath: string;
}

/** The rules of one schema node and of the nodes below it that have rules. */
export interface RuleNode {
  readonly schema: JSONSchemaProps;
  readonly rules: readonly RuleEntry[];
  readonly properties: ReadonlyMap<string, RuleNode>;
  readonly additionalProperties?: RuleNode;
  readonly items?: RuleNode;
}

/** Compiles every rule under a CRD version's schema; `undefined` when it has none. */
export function compileRuleTree(schema: JSONSchemaProps): RuleNode | undefined {
  return build(schema, true);
}

function build(s: JSONSchemaProps, isRoot: boolean): RuleNode | undefined {
  const rules = (s['x-kubernetes-validations'] ?? []).map((rule) => ({
    compiled: compileRule(rule, s, { isRoot }),
    fieldPath: normalizedFieldPath(rule, s),
  }));
  const properties = new Map<string, RuleNode>();
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const n = build(prop, false);
    if (n !== undefined) properties.set(name, n);
  }
  const extra =
    typeof s.additionalProperties === 'object' ? build(s.additionalProperties, false) : undefined;
  const items = s.items === undefined ? undefined : build(s.items, false);
  if (rules.length === 0 && properties.size === 0 && extra === undefined && items === undefined) {
    return undefined;
  }
  return {
    schema: s,
    rules,
    properties,
    ...(extra === undefined ? {} : { additionalProperties: extra }),
    ...(items === undefined ? {} : { items }),
  };
}

// The server appends the normalized path (`a.b`, a map key as `[k]`) as one child of the node.
function normalizedFieldPath(rule: ValidationRule, s: JSONSchemaProps): string {
  if (rule.fieldPath === undefined || rule.fieldPath === '') return '';
  const r = validFieldPath(rule.fieldPath, s);
  if (!r.ok) return '';
  let path = '';
  let node: JSONSchemaProps | undefined = s;
  for (const seg of r.segments) {
    if (node?.properties !== undefined) {
      path = child(path, seg);
      node = node.properties[seg];
    } else {
      path = key(path, seg);
      node = typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined;
    }
  }
  return path;
}

/** What the rules found: errors, and failures ratcheted to warnings on update. */
export interface RuleResult {
  readonly errors: FieldError[];
  readonly ratcheted: FieldError[];
}

/** Runs every rule of `tree` against `obj`; `old` is the previous object on update, else NO_OLD. */
export function runRules(tree: RuleNode, obj: unknown, old: Old): RuleResult {
  const out: RuleResult = { errors: [], ratcheted: [] };
  visit(tree, obj, old, '', old !== NO_OLD && deepEqual(obj, old), out);
  return out;
}

function visit(
  node: RuleNode,
  v: unknown,
  old: Old,
  path: string,
  unchanged: boolean,
  out: RuleResult,
): void {
  if (v === null || v === undefined) return;
  for (const entry of node.rules) runRule(entry, node.schema, v, old, path, unchanged, out);
  if (Array.isArray(v)) {
    const items = node.items;
    if (items === undefined) return;
    v.forEach((item, i) => {
      const o = oldItem(old, node.schema, item);
      // An uncorrelatable item ratchets with its nearest correlated ancestor.
      const same = o === NO_OLD ? unchanged : deepEqual(item, o);
      visit(items, item, o, index(path, i), same, out);
    });
    return;
  }
  if (!isObject(v)) return;
  for (const [k, value] of Object.entries(v)) {
    const o = oldField(old, k);
    const same = o === NO_OLD ? false : deepEqual(value, o);
    if (node.additionalProperties !== undefined) {
      visit(node.additionalProperties, value, o, key(path, k), same, out);
    }
    const prop = node.properties.get(k);
    if (prop !== undefined) visit(prop, value, o, child(path, k), same, out);
  }
}

function runRule(
  entry: RuleEntry,
  schema: JSONSchemaProps,
  v: unknown,
  old: Old,
  path: string,
  unchanged: boolean,
  out: RuleResult,
): void {
  const { compiled } = entry;
  const type = schema.type ?? '';
  const first = compiled.issues[0];
  if (first !== undefined) {
    out.errors.push(invalid(path, type, `rule compile error: ${first.message}`));
    return;
  }
  const outcome = evaluateRule(compiled, old === NO_OLD ? { self: v } : { self: v, oldSelf: old });
  if (outcome.status === 'passed' || outcome.status === 'skipped') return;
  if (outcome.status === 'error') {
    out.errors.push(invalid(path, type, outcome.message));
    return;
  }
  const at = entry.fieldPath === '' ? path : child(path, entry.fieldPath);
  const e = errorForReason(compiled.rule, at, type, outcome.message);
  if (!compiled.usesOldSelf && unchanged) out.ratcheted.push(e);
  else out.errors.push(e);
}

function errorForReason(rule: ValidationRule, path: string, type: string, detail: string) {
  switch (rule.reason) {
    case 'FieldValueForbidden':
      return forbidden(path, detail);
    case 'FieldValueRequired':
      return required(path, detail);
    case 'FieldValueDuplicate':
      return duplicate(path, type);
    default:
      return invalid(path, type, detail);
  }
}
