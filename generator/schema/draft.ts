import type { SourceLocation } from '../read/source-info.js';
import type { JSONSchemaProps } from './json-schema-props.js';

/**
 * A schema node while it is being built: the schema itself, where each part came from (so that a
 * later check can point at the declaration or marker responsible), and a pending problem that a
 * marker may still cure (an `unknown` is fine once `@k8s:schemaless` says so).
 */
export interface Draft {
  readonly schema: JSONSchemaProps;
  /** The declaration the node was read from (a property or a type). */
  location: SourceLocation;
  /** The markers that set each keyword, by keyword. */
  readonly origins: Map<string, SourceLocation>;
  /** Why the node cannot be a structural schema yet, unless a marker changes it. */
  pending?: string;
  /** `@k8s:maxDescLen` on this node: trims descriptions here and below. */
  maxDescLen?: number;
  /** The upstream object type this node is an instance of, e.g. `core/v1.Volume`. */
  upstream?: string;
}

/** Where every node of a built schema came from; checks use it to point at the source. */
export type Provenance = WeakMap<JSONSchemaProps, Draft>;

/** A new draft around `schema`, declared at `location`, recorded in `provenance`. */
export function draft(
  schema: JSONSchemaProps,
  location: SourceLocation,
  provenance: Provenance,
): Draft {
  const node: Draft = { schema, location, origins: new Map() };
  provenance.set(schema, node);
  return node;
}

/** A deep copy of a built schema whose nodes keep their provenance. */
export function cloneSchema(schema: JSONSchemaProps, provenance: Provenance): JSONSchemaProps {
  const copy = cloneValue(schema, provenance) as JSONSchemaProps;
  return copy;
}

function cloneValue(value: unknown, provenance: Provenance): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => cloneValue(v, provenance));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    copy[key] = cloneValue(v, provenance);
  }
  const origin = provenance.get(value as JSONSchemaProps);
  if (origin !== undefined) {
    provenance.set(copy as JSONSchemaProps, {
      ...origin,
      schema: copy as JSONSchemaProps,
      origins: new Map(origin.origins),
    });
  }
  return copy;
}
