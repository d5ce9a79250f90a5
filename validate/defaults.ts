/**
 * What the API server does to a custom resource while decoding it, before any validation
 * (apiextensions-apiserver `schema/defaulting`): nulls in non-nullable fields without a default
 * are dropped (`PruneNonNullableNullsWithoutDefaults`), then `default`s fill absent fields and
 * non-nullable nulls (`Default`), recursing into what was filled. Mutates `x` in place.
 */
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import { cloneJson, isObject } from './json-value.js';

function fieldSchema(s: JSONSchemaProps | undefined, k: string): JSONSchemaProps | undefined {
  if (s === undefined) return undefined;
  if (s.properties !== undefined && Object.hasOwn(s.properties, k)) return s.properties[k];
  return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}

/** Drops `null` where the schema neither allows it nor defaults it. */
export function pruneNulls(x: unknown, s: JSONSchemaProps | undefined): void {
  if (Array.isArray(x)) {
    for (const item of x) pruneNulls(item, s?.items);
  } else if (isObject(x)) {
    for (const [k, v] of Object.entries(x)) {
      const sub = fieldSchema(s, k);
      if (v === null && sub !== undefined && sub.nullable !== true && sub.default === undefined) {
        delete x[k];
      } else {
        pruneNulls(v, sub);
      }
    }
  }
}

function nonNullableNull(v: unknown, s: JSONSchemaProps | undefined): boolean {
  return v === null && s !== undefined && s.nullable !== true;
}

/** Applies the schema's defaults to `x`. */
export function applyDefaults(x: unknown, s: JSONSchemaProps | undefined): void {
  if (s === undefined) return;
  if (Array.isArray(x)) {
    x.forEach((item, i) => {
      if (nonNullableNull(item, s.items) && s.items?.default !== undefined) {
        x[i] = cloneJson(s.items.default);
      }
      applyDefaults(x[i], s.items);
    });
    return;
  }
  if (!isObject(x)) return;
  for (const [k, prop] of Object.entries(s.properties ?? {})) {
    if (prop.default === undefined) continue;
    if (!Object.hasOwn(x, k) || nonNullableNull(x[k], prop)) x[k] = cloneJson(prop.default);
  }
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  for (const k of Object.keys(x)) {
    const prop = s.properties?.[k];
    if (prop !== undefined && Object.hasOwn(s.properties ?? {}, k)) {
      applyDefaults(x[k], prop);
    } else if (extra !== undefined) {
      if (nonNullableNull(x[k], extra) && extra.default !== undefined) {
        x[k] = cloneJson(extra.default);
      }
      applyDefaults(x[k], extra);
    }
  }
}
