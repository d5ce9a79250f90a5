/**
 * List semantics (apiextensions-apiserver `schema/listtype`): in a `x-kubernetes-list-type: set`
 * every item is unique, in a `map` list every item is an object with a unique key. A repeated
 * value is reported once, at its second occurrence; a repeated key as the map of key fields
 * (`spec.volumes[1]: Duplicate value: map[string]interface {}{"name":"cache"}`).
 */
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import { child, duplicate, index, invalid, key, type FieldError } from './field-error.js';
import { goJson, isObject } from './json-value.js';

/** Every list-type violation under `obj` (a whole custom resource). */
export function validateListTypes(obj: unknown, schema: JSONSchemaProps): FieldError[] {
  const errs: FieldError[] = [];
  visit(obj, schema, '', errs);
  return errs;
}

function visit(x: unknown, s: JSONSchemaProps, path: string, errs: FieldError[]): void {
  if (Array.isArray(x)) {
    const listType = s['x-kubernetes-list-type'];
    if (listType === 'set') {
      for (const i of repeatedIndices(x)) errs.push(duplicate(index(path, i), x[i]));
    } else if (listType === 'map') {
      errs.push(...mapListErrors(x, s, path));
    }
    if (s.items !== undefined) {
      const items = s.items;
      x.forEach((item, i) => visit(item, items, index(path, i), errs));
    }
    return;
  }
  if (!isObject(x)) return;
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  for (const [k, v] of Object.entries(x)) {
    if (extra !== undefined) visit(v, extra, key(path, k), errs);
    const prop = s.properties?.[k];
    if (prop !== undefined && Object.hasOwn(s.properties ?? {}, k))
      visit(v, prop, child(path, k), errs);
  }
}

/** Marks an item whose key field is absent (distinct from a null key). */
const UNSPECIFIED = Symbol('unspecified');

// Scalars compare as Go interface values; objects and lists by their JSON text.
function identity(x: unknown): unknown {
  if (typeof x === 'object' && x !== null) return `json:${goJson(x)}`;
  return x;
}

/** Indices of the second occurrence of each repeated item. */
function repeatedIndices(items: readonly unknown[]): number[] {
  const seen = new Map<unknown, number>();
  const out: number[] = [];
  items.forEach((x, i) => {
    const id = identity(x);
    const times = seen.get(id) ?? 0;
    if (times === 1) out.push(i);
    seen.set(id, times + 1);
  });
  return out;
}

function mapListErrors(items: unknown[], s: JSONSchemaProps, path: string): FieldError[] {
  const bad = items.findIndex((x) => x !== null && !isObject(x));
  if (bad >= 0) {
    return [
      invalid(index(path, bad), items[bad], 'must be an object for an array of list-type map'),
    ];
  }
  if (items.length <= 1) return [];
  const fields = s['x-kubernetes-list-map-keys'] ?? [];
  if (fields.length === 1) {
    const [field = ''] = fields;
    const keys = items.map((x) =>
      isObject(x) && Object.hasOwn(x, field) ? x[field] : UNSPECIFIED,
    );
    return repeatedIndices(keys).map((i) => {
      const k = keys[i];
      return duplicate(index(path, i), k === UNSPECIFIED ? {} : { [field]: k });
    });
  }
  const keys = items.map((x) => {
    const k: Record<string, unknown> = {};
    for (const f of fields) if (isObject(x) && Object.hasOwn(x, f)) k[f] = x[f];
    return k;
  });
  return repeatedIndices(keys).map((i) => duplicate(index(path, i), keys[i]));
}
