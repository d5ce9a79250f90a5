/**
 * CEL environments: one base environment with the Kubernetes libraries (built once), and per schema
 * node a child with the node's object types and the variables `self` and `oldSelf`, as the API
 * server declares them (apiextensions-apiserver `schema/cel/compilation.go`).
 */
import { Environment } from '@marcbachmann/cel-js';
import type { JSONSchemaProps } from '../schema/json-schema-props.js';
import {
  celTypeName,
  declTypeOf,
  objectDecls,
  type DeclType,
  type ObjectDecl,
} from './decl-type.js';
import { celEquals } from './equality.js';
import { CEL_RESERVED } from './escape.js';
import { registerLibraries } from './libraries/index.js';
import { CelObject, type ObjectClasses } from './values.js';

/** The environment a rule on one schema node compiles in. */
export interface RuleEnvironment {
  readonly env: Environment;
  /** The type of `self`. */
  readonly decl: DeclType;
  readonly classes: ObjectClasses;
}

let base: Environment | undefined;
let baseFunctionNames: ReadonlySet<string> | undefined;

/** The environment with every Kubernetes library, shared by all rules (cel-js clones are cheap). */
export function baseEnvironment(): Environment {
  if (base === undefined) {
    const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: true });
    registerLibraries(env);
    base = env;
  }
  return base;
}

// has/all/exists/… are macros, and cel-js lists them among the functions it defines.
/** Names of every function and macro the base environment declares. */
export function declaredFunctionNames(): ReadonlySet<string> {
  baseFunctionNames ??= new Set(
    baseEnvironment()
      .getDefinitions()
      .functions.map((f) => f.name),
  );
  return baseFunctionNames;
}

const cache = new WeakMap<JSONSchemaProps, Map<string, RuleEnvironment | null>>();

/**
 * The environment for rules on `node`, or `undefined` if the API server gives the node no CEL type
 * (no `type` and no int-or-string). Cached per node object: do not mutate a node after checking it.
 */
export function ruleEnvironment(
  node: JSONSchemaProps,
  isRoot: boolean,
  optionalOldSelf: boolean,
): RuleEnvironment | undefined {
  const key = `${isRoot}:${optionalOldSelf}`;
  let perNode = cache.get(node);
  if (!perNode) cache.set(node, (perNode = new Map()));
  let found = perNode.get(key);
  if (found === undefined) {
    found = buildRuleEnvironment(node, isRoot, optionalOldSelf) ?? null;
    perNode.set(key, found);
  }
  return found ?? undefined;
}

function buildRuleEnvironment(
  node: JSONSchemaProps,
  isRoot: boolean,
  optionalOldSelf: boolean,
): RuleEnvironment | undefined {
  const decl = declTypeOf(node, isRoot);
  if (!decl) return undefined;
  const env = baseEnvironment().clone();
  const classes = new Map<ObjectDecl, typeof CelObject>();
  for (const obj of objectDecls(decl)) {
    const ctor = class extends CelObject {};
    ctor.decl = obj;
    classes.set(obj, ctor);
    const fields: Record<string, string> = {};
    for (const f of obj.fields.values()) {
      fields[f.celName] = celTypeName(f.type);
      // Kubernetes 1.31+ also resolves `self.namespace` to the escaped `__namespace__`.
      if (CEL_RESERVED.has(f.jsonName)) fields[f.jsonName] = celTypeName(f.type);
    }
    env.registerType(obj.typeName, { ctor, fields });
    env.registerOperator(`${obj.typeName} == ${obj.typeName}`, celEquals);
  }
  const selfType = celTypeName(decl);
  env.registerVariable('self', selfType);
  env.registerVariable('oldSelf', optionalOldSelf ? `optional<${selfType}>` : selfType);
  return { env, decl, classes };
}
