import type { JSONSchemaProps } from '../schema/json-schema-props.js';

/**
 * A fact about an upstream schema node that TypeScript definitions cannot carry: an integer
 * format, int-or-string, list and map topology, a required list. Facts are data, checked by tests
 * against the reference CRDs; they apply wherever the upstream type is used.
 */
export interface SchemaFact {
  /** Keywords merged over the node. */
  readonly set?: JSONSchemaProps;
  /** Keywords removed from the node. */
  readonly unset?: readonly (keyof JSONSchemaProps)[];
  /** The node's whole schema, replacing what TypeScript gave (its description is kept). */
  readonly replace?: JSONSchemaProps;
  /** A fact about the items of an array node. */
  readonly items?: SchemaFact;
  /** A fact about the values of a map node. */
  readonly values?: SchemaFact;
}

/** The facts about one upstream type: about the type itself and about its fields. */
export interface TypeFacts {
  readonly self?: SchemaFact;
  readonly fields?: Readonly<Record<string, SchemaFact>>;
}

/** Facts by upstream type name, as `core/v1.PodSecurityContext`. */
export type UpstreamOverlay = Readonly<Record<string, TypeFacts>>;

/** Applies a fact to a schema node in place. */
export function applyFact(schema: JSONSchemaProps, fact: SchemaFact): void {
  if (fact.replace !== undefined) {
    const { description } = schema;
    for (const key of Object.keys(schema) as (keyof JSONSchemaProps)[]) {
      delete schema[key];
    }
    Object.assign(schema, structuredClone(fact.replace));
    if (description !== undefined && schema.description === undefined) {
      schema.description = description;
    }
  }
  for (const key of fact.unset ?? []) {
    delete schema[key];
  }
  if (fact.set !== undefined) {
    Object.assign(schema, structuredClone(fact.set));
  }
  if (fact.items !== undefined && schema.items !== undefined) {
    applyFact(schema.items, fact.items);
  }
  if (fact.values !== undefined && typeof schema.additionalProperties === 'object') {
    applyFact(schema.additionalProperties, fact.values);
  }
}
