import type { JSONSchemaProps } from './json-schema-props.js';

/** Visits every schema node under `root` with its field path (`.spec.volumes[*].name`). */
export function walkSchema(
  root: JSONSchemaProps,
  visit: (node: JSONSchemaProps, path: string) => void,
  path = '',
): void {
  visit(root, path);
  for (const [key, child] of Object.entries(root.properties ?? {})) {
    walkSchema(child, visit, `${path}.${key}`);
  }
  if (root.items !== undefined) {
    walkSchema(root.items, visit, `${path}[*]`);
  }
  if (typeof root.additionalProperties === 'object') {
    walkSchema(root.additionalProperties, visit, `${path}[*]`);
  }
  for (const key of ['anyOf', 'allOf', 'oneOf'] as const) {
    root[key]?.forEach((child, i) => walkSchema(child, visit, `${path}.${key}[${i}]`));
  }
}
