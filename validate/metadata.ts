/**
 * Object metadata, as the API server checks it for a custom resource: the decoder reads
 * `metadata` into ObjectMeta (a field of the wrong type fails the request, an unknown field is
 * dropped and reported), then `ValidateObjectMetaAccessor` checks the name (a DNS subdomain for
 * every custom resource), generateName, namespace, generation, labels and annotations. Embedded
 * resources (`x-kubernetes-embedded-resource`) get apiVersion, kind and their own metadata checked
 * (apiextensions-apiserver `schema/objectmeta`).
 */
import {
  isQualifiedName,
  isValidLabelValue,
  nameIsDns1035Label,
  nameIsDnsLabel,
  nameIsDnsSubdomain,
} from '../generator/cel/shared.js';
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import {
  child,
  forbidden,
  index,
  invalid,
  key,
  required,
  tooLong,
  type FieldError,
} from './field-error.js';
import { isObject, jsonType, type JsonObject } from './json-value.js';

type GoType = 'string' | 'int64' | 'map[string]string' | '[]string' | 'time' | 'list' | 'any';

// ObjectMeta's JSON fields and the Go type each decodes into.
const OBJECT_META: ReadonlyMap<string, GoType> = new Map<string, GoType>([
  ['name', 'string'],
  ['generateName', 'string'],
  ['namespace', 'string'],
  ['selfLink', 'string'],
  ['uid', 'string'],
  ['resourceVersion', 'string'],
  ['generation', 'int64'],
  ['creationTimestamp', 'time'],
  ['deletionTimestamp', 'time'],
  ['deletionGracePeriodSeconds', 'int64'],
  ['labels', 'map[string]string'],
  ['annotations', 'map[string]string'],
  ['ownerReferences', 'list'],
  ['finalizers', '[]string'],
  ['managedFields', 'list'],
]);

// encoding/json names the JSON kind it could not unmarshal.
function jsonKind(v: unknown): string {
  const t = jsonType(v);
  return t === 'integer' || t === 'number' ? 'number' : t === 'boolean' ? 'bool' : t;
}

function decodeError(v: unknown, field: string, goType: string): string {
  return `json: cannot unmarshal ${jsonKind(v)} into Go struct field ObjectMeta.metadata.${field} of type ${goType}`;
}

/** Why `v` does not decode into `t`, as encoding/json words it, or undefined if it does. */
function misfit(v: unknown, t: GoType, field: string): string | undefined {
  if (v === null) return undefined;
  const scalar = (ok: boolean, goType: string) => (ok ? undefined : decodeError(v, field, goType));
  switch (t) {
    case 'string':
      return scalar(typeof v === 'string', 'string');
    case 'time':
      return scalar(typeof v === 'string', 'v1.Time');
    case 'int64':
      return scalar(typeof v === 'number' && Number.isInteger(v), 'int64');
    case 'map[string]string': {
      if (!isObject(v)) return decodeError(v, field, 'map[string]string');
      const bad = Object.values(v).find((x) => x !== null && typeof x !== 'string');
      return bad === undefined ? undefined : decodeError(bad, field, 'string');
    }
    case '[]string': {
      if (!Array.isArray(v)) return decodeError(v, field, '[]string');
      const bad = v.find((x) => x !== null && typeof x !== 'string');
      return bad === undefined ? undefined : decodeError(bad, field, 'string');
    }
    case 'list': {
      const item = field === 'ownerReferences' ? 'OwnerReference' : 'ManagedFieldsEntry';
      return scalar(Array.isArray(v), `[]v1.${item}`);
    }
    case 'any':
      return undefined;
  }
}

/** What reading `metadata` gave: a decode error, or the unknown fields it dropped. */
export interface MetadataRead {
  readonly decodeError?: string;
  readonly unknownFields: string[];
}

/** Reads `obj.metadata` as the decoder does; unknown fields are removed from it. */
export function readMetadata(obj: JsonObject, path = 'metadata'): MetadataRead {
  const meta = obj['metadata'];
  if (meta === undefined || meta === null) return { unknownFields: [] };
  if (!isObject(meta)) {
    return {
      decodeError: `json: cannot unmarshal ${jsonKind(meta)} into Go value of type v1.ObjectMeta`,
      unknownFields: [],
    };
  }
  const unknownFields: string[] = [];
  for (const [k, v] of Object.entries(meta)) {
    const t = OBJECT_META.get(k);
    if (t === undefined) {
      unknownFields.push(child(path, k));
      delete meta[k];
    } else {
      const problem = misfit(v, t, k);
      if (problem !== undefined) return { decodeError: problem, unknownFields };
    }
  }
  return { unknownFields };
}

function str(meta: JsonObject, k: string): string {
  const v = meta[k];
  return typeof v === 'string' ? v : '';
}

type NameFn = (value: string, prefix: boolean) => string[];

/** ValidateObjectMetaAccessor for a custom resource (or an embedded one). */
export function validateObjectMeta(
  meta: JsonObject,
  namespaced: boolean,
  nameFn: NameFn,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const generateName = str(meta, 'generateName');
  if (generateName !== '') {
    for (const msg of nameFn(generateName, true)) {
      errs.push(invalid(child(path, 'generateName'), generateName, msg));
    }
  }
  const name = str(meta, 'name');
  // The server generates a name from generateName before it validates.
  if (name === '' && generateName === '') {
    errs.push(required(child(path, 'name'), 'name or generateName is required'));
  } else if (name !== '') {
    for (const msg of nameFn(name, false)) errs.push(invalid(child(path, 'name'), name, msg));
  }
  const namespace = str(meta, 'namespace');
  if (namespaced && namespace !== '') {
    for (const msg of nameIsDnsLabel(namespace, false)) {
      errs.push(invalid(child(path, 'namespace'), namespace, msg));
    }
  } else if (!namespaced && namespace !== '') {
    errs.push(forbidden(child(path, 'namespace'), 'not allowed on this type'));
  }
  const generation = meta['generation'];
  if (typeof generation === 'number' && generation < 0) {
    errs.push(invalid(child(path, 'generation'), generation, 'must be greater than or equal to 0'));
  }
  errs.push(...labelErrors(meta['labels'], child(path, 'labels')));
  errs.push(...annotationErrors(meta['annotations'], child(path, 'annotations')));
  return errs;
}

/** The name rule of every custom resource: a DNS subdomain (NameIsDNSSubdomain). */
export const customResourceName: NameFn = nameIsDnsSubdomain;

function labelErrors(labels: unknown, path: string): FieldError[] {
  if (!isObject(labels)) return [];
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels)) {
    for (const msg of isQualifiedName(k)) errs.push(invalid(path, k, msg));
    const value = typeof v === 'string' ? v : '';
    for (const msg of isValidLabelValue(value)) errs.push(invalid(path, value, msg));
  }
  return errs;
}

const TOTAL_ANNOTATION_SIZE = 256 * 1024;

function annotationErrors(annotations: unknown, path: string): FieldError[] {
  if (!isObject(annotations)) return [];
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    // Annotation keys are qualified names in any case.
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += Buffer.byteLength(k) + Buffer.byteLength(typeof v === 'string' ? v : '');
  }
  if (size > TOTAL_ANNOTATION_SIZE) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE));
  return errs;
}

// path.ValidatePathSegmentName: the name rule of embedded resources' metadata.
const pathSegmentName: NameFn = (name, prefix) => {
  if (!prefix && (name === '.' || name === '..')) return [`may not be '${name}'`];
  const errs: string[] = [];
  for (const bad of ['/', '%']) if (name.includes(bad)) errs.push(`may not contain '${bad}'`);
  return errs;
};

/** Checks every embedded resource under `obj` (not the root itself). */
export function validateEmbeddedResources(obj: unknown, schema: JSONSchemaProps): FieldError[] {
  const errs: FieldError[] = [];
  visitEmbedded(obj, schema, '', true, errs);
  return errs;
}

function visitEmbedded(
  x: unknown,
  s: JSONSchemaProps,
  path: string,
  isRoot: boolean,
  errs: FieldError[],
): void {
  if (Array.isArray(x)) {
    const items = s.items;
    if (items !== undefined)
      x.forEach((item, i) => visitEmbedded(item, items, index(path, i), false, errs));
    return;
  }
  if (!isObject(x)) return;
  if (s['x-kubernetes-embedded-resource'] === true && !isRoot)
    errs.push(...embeddedErrors(x, path));
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  for (const [k, v] of Object.entries(x)) {
    if (s['x-kubernetes-embedded-resource'] === true && k === 'metadata') continue;
    const prop = s.properties?.[k];
    if (prop !== undefined && Object.hasOwn(s.properties ?? {}, k))
      visitEmbedded(v, prop, child(path, k), false, errs);
    else if (extra !== undefined) visitEmbedded(v, extra, key(path, k), false, errs);
  }
}

function embeddedErrors(x: JsonObject, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!Object.hasOwn(x, 'apiVersion'))
    errs.push(required(child(path, 'apiVersion'), 'must not be empty'));
  if (!Object.hasOwn(x, 'kind')) errs.push(required(child(path, 'kind'), 'must not be empty'));
  for (const [k, v] of Object.entries(x)) {
    const at = child(path, k);
    if (k === 'apiVersion') {
      if (typeof v !== 'string') errs.push(invalid(at, v, 'must be a string'));
      else if (v === '') errs.push(invalid(at, v, 'must not be empty'));
      else if (v.split('/').length > 2)
        errs.push(invalid(at, v, `unexpected GroupVersion string: ${v}`));
    } else if (k === 'kind') {
      if (typeof v !== 'string') errs.push(invalid(at, v, 'must be a string'));
      else if (v === '') errs.push(invalid(at, v, 'must not be empty'));
      else {
        const problems = nameIsDns1035Label(v.toLowerCase(), false);
        if (problems.length > 0) {
          errs.push(
            invalid(
              at,
              v,
              `may have mixed case, but should otherwise match: ${problems.join(',')}`,
            ),
          );
        }
      }
    } else if (k === 'metadata' && isObject(v)) {
      const meta = { ...v, name: str(v, 'name') === '' ? 'dummy' : v['name'] };
      errs.push(...validateObjectMeta(meta, str(v, 'namespace') !== '', pathSegmentName, at));
    }
  }
  return errs;
}
