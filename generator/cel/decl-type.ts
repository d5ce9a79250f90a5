/**
 * Schema → CEL declared types, as the API server derives them (k8s.io/apiserver/pkg/cel/common
 * `SchemaDeclType`). The tree keeps the schema beside each type: evaluation converts JSON by it and
 * the cost check reads its bounds.
 */
import type { JSONSchemaProps } from '../schema/json-schema-props.js';
import { escapeFieldName } from './escape.js';

/** A scalar CEL type; `dyn` stands for int-or-string. */
export type ScalarName =
  'string' | 'int' | 'double' | 'bool' | 'bytes' | 'timestamp' | 'duration' | 'dyn';

interface DeclBase {
  /** The schema node this type was derived from (synthetic for the implied `metadata` fields). */
  readonly schema: JSONSchemaProps;
  /** Whether the schema bounds the size (maxLength / maxItems / maxProperties, an enum, a format). */
  readonly bounded: boolean;
}

/** A string, number, boolean, bytes, timestamp, duration or int-or-string value. */
export interface ScalarDecl extends DeclBase {
  readonly kind: 'scalar';
  readonly name: ScalarName;
}

/** `list(T)`, with the list's merge semantics (they decide equality). */
export interface ListDecl extends DeclBase {
  readonly kind: 'list';
  readonly elem: DeclType;
  readonly listType: 'atomic' | 'set' | 'map';
  readonly mapKeys: readonly string[];
}

/** `map(string, T)`, from `additionalProperties`. */
export interface MapDecl extends DeclBase {
  readonly kind: 'map';
  readonly elem: DeclType;
}

/** One field of an object type. */
export interface FieldDecl {
  /** The escaped CEL name (`__namespace__`, `foo__dash__bar`). */
  readonly celName: string;
  /** The property name in JSON. */
  readonly jsonName: string;
  readonly type: DeclType;
}

/** An object with declared properties: a CEL message type with exactly these fields. */
export interface ObjectDecl extends DeclBase {
  readonly kind: 'object';
  /** A unique name within one rule's environment (`selfType`, `selfType.spec`, …). */
  readonly typeName: string;
  /** Keyed by CEL name. */
  readonly fields: ReadonlyMap<string, FieldDecl>;
}

/** The CEL type of a schema node. */
export type DeclType = ScalarDecl | ListDecl | MapDecl | ObjectDecl;

const STRING_SCHEMA: JSONSchemaProps = { type: 'string' };

/**
 * The schema the API server sees at a resource root (the CRD root or an embedded resource):
 * `apiVersion`, `kind` and a `metadata` with only `name` and `generateName`.
 */
export function withTypeAndObjectMeta(s: JSONSchemaProps): JSONSchemaProps {
  const p = s.properties;
  const meta = p?.['metadata'];
  if (
    p?.['kind']?.type === 'string' &&
    p['apiVersion']?.type === 'string' &&
    meta?.type === 'object' &&
    meta.properties?.['name']?.type === 'string' &&
    meta.properties['generateName']?.type === 'string'
  ) {
    return s;
  }
  return {
    ...s,
    properties: {
      ...p,
      kind: STRING_SCHEMA,
      apiVersion: STRING_SCHEMA,
      metadata: {
        type: 'object',
        properties: { name: STRING_SCHEMA, generateName: STRING_SCHEMA },
      },
    },
  };
}

/** Builds the declared type of `schema`, or `undefined` where the API server exposes nothing. */
export function declTypeOf(schema: JSONSchemaProps, isResourceRoot: boolean): DeclType | undefined {
  return new DeclBuilder().build(schema, isResourceRoot, 'selfType');
}

class DeclBuilder {
  readonly #names = new Set<string>();

  build(s: JSONSchemaProps, isResourceRoot: boolean, path: string): DeclType | undefined {
    // int-or-string needs no type; everything about it is decided at run time.
    if (s['x-kubernetes-int-or-string'] === true) {
      return { kind: 'scalar', name: 'dyn', schema: s, bounded: s.maxLength !== undefined };
    }
    // preserve-unknown-fields is ignored: only declared properties are visible.
    const schema = isResourceRoot ? withTypeAndObjectMeta(s) : s;
    switch (schema.type) {
      case 'array':
        return this.#list(schema, path);
      case 'object':
        return this.#object(schema, path);
      case 'string':
        return stringDecl(schema);
      case 'boolean':
        return { kind: 'scalar', name: 'bool', schema, bounded: true };
      case 'number':
        return { kind: 'scalar', name: 'double', schema, bounded: true };
      case 'integer':
        return { kind: 'scalar', name: 'int', schema, bounded: true };
      default:
        return undefined;
    }
  }

  #list(schema: JSONSchemaProps, path: string): ListDecl | undefined {
    const items = schema.items;
    if (!items) return undefined;
    const elem = this.build(
      items,
      items['x-kubernetes-embedded-resource'] === true,
      `${path}.@items`,
    );
    if (!elem) return undefined;
    return {
      kind: 'list',
      elem,
      schema,
      bounded: schema.maxItems !== undefined,
      listType: schema['x-kubernetes-list-type'] ?? 'atomic',
      mapKeys: schema['x-kubernetes-list-map-keys'] ?? [],
    };
  }

  #object(schema: JSONSchemaProps, path: string): MapDecl | ObjectDecl | undefined {
    const ap = schema.additionalProperties;
    if (typeof ap === 'object') {
      const elem = this.build(ap, ap['x-kubernetes-embedded-resource'] === true, `${path}.@values`);
      if (!elem) return undefined;
      return { kind: 'map', elem, schema, bounded: schema.maxProperties !== undefined };
    }
    const fields = new Map<string, FieldDecl>();
    for (const [jsonName, prop] of Object.entries(schema.properties ?? {})) {
      const celName = escapeFieldName(jsonName);
      if (celName === undefined) continue;
      const type = this.build(
        prop,
        prop['x-kubernetes-embedded-resource'] === true,
        `${path}.${celName}`,
      );
      if (type) fields.set(celName, { celName, jsonName, type });
    }
    return { kind: 'object', typeName: this.#unique(path), fields, schema, bounded: true };
  }

  // cel-js type names must match [\w.]+ (its operator signatures are parsed with that pattern).
  #unique(path: string): string {
    const base = path.replace(/@/g, '').replace(/[^\w.]/g, '_');
    let name = base;
    for (let i = 2; this.#names.has(name); i++) name = `${base}_${i}`;
    this.#names.add(name);
    return name;
  }
}

function stringDecl(schema: JSONSchemaProps): ScalarDecl {
  switch (schema.format) {
    case 'byte':
      return { kind: 'scalar', name: 'bytes', schema, bounded: schema.maxLength !== undefined };
    case 'duration':
      return { kind: 'scalar', name: 'duration', schema, bounded: true };
    case 'date':
    case 'date-time':
      return { kind: 'scalar', name: 'timestamp', schema, bounded: true };
    default: {
      const bounded = schema.maxLength !== undefined || (schema.enum?.length ?? 0) > 0;
      return { kind: 'scalar', name: 'string', schema, bounded };
    }
  }
}

/** The cel-js spelling of a declared type (`list<selfType.spec>`, `google.protobuf.Timestamp`). */
export function celTypeName(t: DeclType): string {
  switch (t.kind) {
    case 'scalar':
      if (t.name === 'timestamp') return 'google.protobuf.Timestamp';
      if (t.name === 'duration') return 'google.protobuf.Duration';
      return t.name;
    case 'list':
      return `list<${celTypeName(t.elem)}>`;
    case 'map':
      return `map<string, ${celTypeName(t.elem)}>`;
    case 'object':
      return t.typeName;
  }
}

/** Every object type in the tree, children before parents. */
export function objectDecls(t: DeclType, out: ObjectDecl[] = []): ObjectDecl[] {
  if (t.kind === 'list' || t.kind === 'map') objectDecls(t.elem, out);
  if (t.kind === 'object') {
    for (const f of t.fields.values()) objectDecls(f.type, out);
    out.push(t);
  }
  return out;
}
