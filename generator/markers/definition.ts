import type { SourceLocation } from '../read/source-info.js';
import type { Draft } from '../schema/draft.js';
import type { JSONSchemaProps } from '../schema/json-schema-props.js';

/** Where a marker may be written: on a type declaration or on a property. */
export type MarkerTarget = 'type' | 'field';

/** What a marker's `apply` can use besides the node: where the marker is, to set origins. */
export interface ApplyContext {
  readonly location: SourceLocation;
  /** Reports a problem with this marker (collected, printed with the marker's position). */
  readonly report: (message: string) => void;
}

/**
 * One marker: its name after `@k8s:`, its kubebuilder counterpart, how its argument text is read
 * and how it changes the schema node it is written on. Resource markers (the CRD's names, scope,
 * subresources, columns) have no `apply`; the CRD builder reads them from the root type.
 */
export interface MarkerDefinition<V = unknown> {
  readonly name: string;
  readonly syntax: string;
  readonly kubebuilder: string;
  readonly help: string;
  readonly targets: readonly MarkerTarget[];
  readonly repeatable?: boolean;
  readonly read: (args: string) => V;
  readonly apply?: (node: Draft, value: NoInfer<V>, context: ApplyContext) => void;
}

/** A marker as written on a declaration, with its argument read. */
export interface Marker<V = unknown> {
  readonly definition: MarkerDefinition<V>;
  readonly value: V;
  readonly location: SourceLocation;
}

/** Defines a marker, keeping its value type inside and erasing it for the registry. */
export function defineMarker<V>(definition: MarkerDefinition<V>): MarkerDefinition {
  return definition as MarkerDefinition;
}

/** An `apply` that sets one keyword and records which marker set it, for later checks to cite. */
export function setKeyword<K extends keyof JSONSchemaProps>(key: K) {
  return (node: Draft, value: JSONSchemaProps[K], context: ApplyContext): void => {
    node.schema[key] = value;
    node.origins.set(key, context.location);
  };
}
