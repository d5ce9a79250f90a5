/**
 * checkSchemaRules: checkRule for every rule in a whole schema, with what the walk knows that a
 * single node does not: the root, where `oldSelf` is forbidden (under atomic and set lists), and
 * unbounded ancestors (lists and maps without maxItems / maxProperties).
 */
import type { JSONSchemaProps } from '../schema/json-schema-props.js';
import { checkRule } from './check.js';
import type { CelIssue, CheckRuleOptions } from './types.js';

/** An issue of one rule in a schema, located by schema path and data path. */
export interface SchemaRuleIssue extends CelIssue {
  /** Keys from the root schema to the rule's node (`['properties', 'spec', 'items']`). */
  readonly schemaPath: readonly string[];
  /** The data the node validates (`spec.volumes[*]`; `<root>` for the root). */
  readonly dataPath: string;
  /** The rule's index in the node's `x-kubernetes-validations`. */
  readonly ruleIndex: number;
}

interface WalkState {
  readonly schemaPath: readonly string[];
  readonly dataPath: string;
  readonly isRoot: boolean;
  readonly uncorrelatablePath: string | undefined;
  readonly unboundedAncestorPath: string | undefined;
}

/** Checks every `x-kubernetes-validations` rule under `root` (a CRD version's openAPIV3Schema). */
export function checkSchemaRules(root: JSONSchemaProps): SchemaRuleIssue[] {
  const out: SchemaRuleIssue[] = [];
  visit(
    root,
    {
      schemaPath: [],
      dataPath: '',
      isRoot: true,
      uncorrelatablePath: undefined,
      unboundedAncestorPath: undefined,
    },
    out,
  );
  return out;
}

function optionsOf(s: WalkState): CheckRuleOptions {
  const o: { isRoot: boolean; uncorrelatablePath?: string; unboundedAncestorPath?: string } = {
    isRoot: s.isRoot,
  };
  if (s.uncorrelatablePath !== undefined) o.uncorrelatablePath = s.uncorrelatablePath;
  if (s.unboundedAncestorPath !== undefined) o.unboundedAncestorPath = s.unboundedAncestorPath;
  return o;
}

function visit(node: JSONSchemaProps, s: WalkState, out: SchemaRuleIssue[]): void {
  const dataPath = s.dataPath === '' ? '<root>' : s.dataPath;
  (node['x-kubernetes-validations'] ?? []).forEach((rule, ruleIndex) => {
    for (const issue of checkRule(rule, node, optionsOf(s))) {
      out.push({ ...issue, schemaPath: s.schemaPath, dataPath, ruleIndex });
    }
  });
  const here = s.dataPath === '' ? '<root>' : s.dataPath;
  for (const [name, prop] of Object.entries(node.properties ?? {})) {
    const dp = s.dataPath === '' ? name : `${s.dataPath}.${name}`;
    visit(
      prop,
      { ...s, isRoot: false, schemaPath: [...s.schemaPath, 'properties', name], dataPath: dp },
      out,
    );
  }
  const ap = node.additionalProperties;
  if (typeof ap === 'object') {
    const unbounded =
      node.maxProperties === undefined
        ? (s.unboundedAncestorPath ?? here)
        : s.unboundedAncestorPath;
    const next = { ...s, isRoot: false, unboundedAncestorPath: unbounded };
    visit(
      ap,
      {
        ...next,
        schemaPath: [...s.schemaPath, 'additionalProperties'],
        dataPath: `${s.dataPath}[*]`,
      },
      out,
    );
  }
  if (node.items) {
    // Only list-map items correlate old with new; set and atomic lists forbid oldSelf below them.
    const correlatable = node['x-kubernetes-list-type'] === 'map';
    const uncorrelatable = correlatable ? s.uncorrelatablePath : (s.uncorrelatablePath ?? here);
    const unbounded =
      node.maxItems === undefined ? (s.unboundedAncestorPath ?? here) : s.unboundedAncestorPath;
    visit(
      node.items,
      {
        schemaPath: [...s.schemaPath, 'items'],
        dataPath: `${s.dataPath}[*]`,
        isRoot: false,
        uncorrelatablePath: uncorrelatable,
        unboundedAncestorPath: unbounded,
      },
      out,
    );
  }
}
