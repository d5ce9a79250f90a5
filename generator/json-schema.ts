import type { JSONSchemaProps } from './schema/json-schema-props.js';

/**
 * A built schema as plain JSON Schema (draft-07), for tools that validate with JSON Schema rather
 * than the API server's OpenAPI dialect — Helm's values.schema.json. Kubernetes extensions become
 * their JSON Schema meaning (int-or-string is already an anyOf; `nullable` adds "null" to the
 * type) and are then dropped; CEL rules have no JSON Schema equivalent and are dropped too.
 */
export function toJsonSchema(schema: JSONSchemaProps): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...convert(schema) };
}

function convert(schema: JSONSchemaProps): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-kubernetes-') || key === 'nullable') {
      continue;
    }
    if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, JSONSchemaProps>).map(([k, v]) => [k, convert(v)]),
      );
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = convert(value as JSONSchemaProps);
    } else if (key === 'anyOf' || key === 'allOf' || key === 'oneOf') {
      out[key] = (value as JSONSchemaProps[]).map(convert);
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable === true && typeof schema.type === 'string') {
    out['type'] = [schema.type, 'null'];
  }
  if (
    schema['x-kubernetes-preserve-unknown-fields'] === true &&
    schema.type === 'object' &&
    schema.additionalProperties === undefined
  ) {
    out['additionalProperties'] = true;
  }
  return out;
}
