/**
 * The previous value of a node on update, correlated as the API server correlates old and new
 * data (k8s.io/apiserver `cel/common` CorrelatedObject): object fields and map values by key,
 * list-map items by their key fields; items of sets and atomic lists have no old value.
 */
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import { isObject } from './json-value.js';

/** Marks a node with no correlated old value (a create, a new field, an uncorrelatable item). */
export const NO_OLD: unique symbol = Symbol('no-old');

/** A correlated old value, or NO_OLD. */
export type Old = unknown;

/** The old value of field `k` of an object whose old value is `old`. */
export function oldField(old: Old, k: string): Old {
  return old !== NO_OLD && isObject(old) && Object.hasOwn(old, k) ? old[k] : NO_OLD;
}

/** The old item matching `item` of a list (by list-map keys), or NO_OLD. */
export function oldItem(old: Old, list: JSONSchemaProps, item: unknown): Old {
  if (old === NO_OLD || !Array.isArray(old) || list['x-kubernetes-list-type'] !== 'map') {
    return NO_OLD;
  }
  const keys = list['x-kubernetes-list-map-keys'] ?? [];
  if (!isObject(item)) return NO_OLD;
  const found = old.find(
    (o: unknown) =>
      isObject(o) &&
      keys.every((k) => o[k] === item[k] && Object.hasOwn(o, k) === Object.hasOwn(item, k)),
  );
  return found === undefined ? NO_OLD : found;
}
