import type { Provenance } from '../schema/draft.js';
import type { JSONSchemaProps } from '../schema/json-schema-props.js';

/**
 * Trims descriptions as controller-gen's `maxDescLen` does: a description longer than the limit
 * is cut and ends with `...`; a limit of 0 removes descriptions. `@k8s:maxDescLen` on a node sets
 * the limit for it and everything below it, over the global one.
 */
export function trimDescriptions(
  schema: JSONSchemaProps,
  limit: number | undefined,
  provenance: Provenance,
): void {
  const own = provenance.get(schema)?.maxDescLen ?? limit;
  if (own !== undefined && schema.description !== undefined) {
    if (own === 0) {
      delete schema.description;
    } else if (schema.description.length > own) {
      schema.description = `${schema.description.slice(0, Math.max(0, own - 3))}...`;
    }
  }
  for (const child of Object.values(schema.properties ?? {})) {
    trimDescriptions(child, own, provenance);
  }
  if (schema.items !== undefined) {
    trimDescriptions(schema.items, own, provenance);
  }
  if (typeof schema.additionalProperties === 'object') {
    trimDescriptions(schema.additionalProperties, own, provenance);
  }
}
