/**
 * Unknown fields, as the API server's pruning drops them (apiextensions-apiserver
 * `schema/pruning`): a field that its object's schema neither declares nor admits through
 * `additionalProperties` or `x-kubernetes-preserve-unknown-fields` is removed, and its path
 * (`spec.volumes[0].foo`, map values as `spec.limits.cpu`) is recorded. At the root and in
 * embedded resources `apiVersion`, `kind` and `metadata` are left to the metadata rules. Paths come
 * back sorted, as the server sorts them; kubectl prints each as `unknown field "<path>"`.
 */
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import { isObject } from './json-value.js';

const META_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

/** Prunes `obj` (a whole custom resource) in place and returns the dropped paths, sorted. */
export function pruneUnknownFields(obj: unknown, schema: JSONSchemaProps): string[] {
  const paths: string[] = [];
  prune(obj, { ...schema, 'x-kubernetes-embedded-resource': true }, '', paths);
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function join(parent: string, k: string): string {
  return parent === '' ? k : `${parent}.${k}`;
}

function prune(x: unknown, s: JSONSchemaProps | undefined, path: string, out: string[]): void {
  if (s?.['x-kubernetes-preserve-unknown-fields'] === true) {
    keepUnknown(x, s, path, out);
    return;
  }
  if (Array.isArray(x)) {
    x.forEach((item, i) => prune(item, s?.items, `${path}[${i}]`, out));
    return;
  }
  if (!isObject(x)) return;
  for (const [k, v] of Object.entries(x)) {
    if (s?.['x-kubernetes-embedded-resource'] === true && META_FIELDS.has(k)) continue;
    const prop =
      s?.properties !== undefined && Object.hasOwn(s.properties, k) ? s.properties[k] : undefined;
    const extra = typeof s?.additionalProperties === 'object' ? s.additionalProperties : undefined;
    if (prop !== undefined) prune(v, prop, join(path, k), out);
    else if (s?.additionalProperties !== undefined && s.additionalProperties !== false) {
      prune(v, extra, join(path, k), out);
    } else {
      if (!META_FIELDS.has(k) || path !== '') out.push(join(path, k));
      delete x[k];
    }
  }
}

// Under x-kubernetes-preserve-unknown-fields unknown fields stay, but declared ones are pruned.
function keepUnknown(x: unknown, s: JSONSchemaProps, path: string, out: string[]): void {
  if (Array.isArray(x)) {
    x.forEach((item, i) => {
      if (s.items !== undefined) keepUnknown(item, s.items, `${path}[${i}]`, out);
    });
    return;
  }
  if (!isObject(x)) return;
  for (const [k, v] of Object.entries(x)) {
    if (s['x-kubernetes-embedded-resource'] === true && META_FIELDS.has(k)) continue;
    const prop =
      s.properties !== undefined && Object.hasOwn(s.properties, k) ? s.properties[k] : undefined;
    if (prop !== undefined) prune(v, prop, join(path, k), out);
    else if (typeof s.additionalProperties === 'object')
      prune(v, s.additionalProperties, join(path, k), out);
  }
}
