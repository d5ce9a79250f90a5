import type { Diagnostic } from '../diagnostics/index.js';
import { checkSchemaRules } from './cel/index.js';
import type { SchemaCheckContext } from './crd/build-crds.js';
import type { JSONSchemaProps } from './schema/json-schema-props.js';

/**
 * Compiles and type-checks every CEL rule of a CRD version's schema, as the API server does when
 * the CRD is created, and reports each issue at the `@k8s:validation` marker that wrote the rule.
 */
export function checkCelRules(schema: JSONSchemaProps, context: SchemaCheckContext): Diagnostic[] {
  return checkSchemaRules(schema).map((issue) => {
    const node = nodeAt(schema, issue.schemaPath);
    const location =
      node === undefined
        ? undefined
        : context.locate(node, `x-kubernetes-validations[${issue.ruleIndex}]`);
    const where = issue.dataPath === '<root>' ? '' : ` ${issue.dataPath}`;
    return {
      code: `cel-${issue.code}`,
      severity: issue.severity,
      message: `${context.kind}${where}: rule ${issue.ruleIndex + 1}, ${issue.part}: ${issue.message}`,
      ...(location === undefined
        ? {}
        : { file: location.file, position: { line: location.line, column: location.column } }),
    };
  });
}

function nodeAt(root: JSONSchemaProps, path: readonly string[]): JSONSchemaProps | undefined {
  let node: unknown = root;
  for (const key of path) {
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node as JSONSchemaProps | undefined;
}
