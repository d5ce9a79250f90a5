/**
 * JSON data → cel-js runtime values, typed by the schema as the API server converts unstructured
 * data (k8s.io/apiserver/pkg/cel/common `UnstructuredToVal`): integers become CEL ints (bigint),
 * numbers doubles, `date-time` strings timestamps, `duration` strings durations, `byte` strings bytes,
 * objects instances of their object type, keyed by escaped field names.
 */
import type { DeclType, ListDecl, ObjectDecl } from './decl-type.js';
import { CEL_RESERVED } from './escape.js';
import { durationOfNanos, type CelDuration } from './runtime-types.js';

/** The runtime value of an object type: a Map from CEL field name to value. */
export class CelObject extends Map<string, unknown> {
  /** The declared type this object was converted by; set on each per-type subclass. */
  static decl: ObjectDecl | undefined;
}

/** The hidden property on a converted list that names its declared type (set/map equality). */
export const LIST_DECL: unique symbol = Symbol('kelos.cel.listDecl');

/** A converted list: an Array that remembers its declared type. */
export type CelList = unknown[] & { [LIST_DECL]?: ListDecl };

/** Thrown for data that does not fit the schema (the API server reports it as invalid data). */
export class InvalidDataError extends Error {}

/** The classes that back object types, one subclass per ObjectDecl. */
export type ObjectClasses = ReadonlyMap<ObjectDecl, typeof CelObject>;

/** Converts `json` to the runtime value of `decl`; absent (`undefined`) stays absent. */
export function toCelValue(decl: DeclType, json: unknown, classes: ObjectClasses): unknown {
  if (json === null || json === undefined) return json;
  switch (decl.kind) {
    case 'scalar':
      return scalar(decl.name, json);
    case 'list': {
      if (!Array.isArray(json)) throw new InvalidDataError('expected an array');
      const list: CelList = json.map((e: unknown) => toCelValue(decl.elem, e, classes));
      if (decl.listType !== 'atomic') Object.defineProperty(list, LIST_DECL, { value: decl });
      return list;
    }
    case 'map': {
      const m = new Map<string, unknown>();
      for (const [k, v] of Object.entries(asObject(json))) {
        if (v !== null) m.set(k, toCelValue(decl.elem, v, classes));
      }
      return m;
    }
    case 'object':
      return toObject(decl, asObject(json), classes);
  }
}

function toObject(
  decl: ObjectDecl,
  json: Record<string, unknown>,
  classes: ObjectClasses,
): CelObject {
  const Ctor = classes.get(decl);
  if (!Ctor) throw new Error(`internal: no class for ${decl.typeName}`);
  const obj = new Ctor();
  for (const f of decl.fields.values()) {
    const v = json[f.jsonName];
    // A null stands for an absent field: cel-js cannot hold null in a typed field.
    if (v === undefined || v === null || !Object.hasOwn(json, f.jsonName)) continue;
    const value = toCelValue(f.type, v, classes);
    obj.set(f.celName, value);
    // Since Kubernetes 1.31 a reserved word is also accepted as the field name itself.
    if (CEL_RESERVED.has(f.jsonName)) obj.set(f.jsonName, value);
  }
  return obj;
}

function asObject(json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InvalidDataError('expected an object');
  }
  return json as Record<string, unknown>;
}

function scalar(name: string, json: unknown): unknown {
  switch (name) {
    case 'int':
      return toInt(json);
    case 'double':
      if (typeof json === 'number' || typeof json === 'bigint') return Number(json);
      throw new InvalidDataError(`expected a number, got ${typeof json}`);
    case 'dyn':
      if (typeof json === 'string') return json;
      return toInt(json);
    case 'bool':
      if (typeof json === 'boolean') return json;
      throw new InvalidDataError(`expected a boolean, got ${typeof json}`);
    default:
      if (typeof json !== 'string')
        throw new InvalidDataError(`expected a string, got ${typeof json}`);
      return stringScalar(name, json);
  }
}

function toInt(json: unknown): bigint {
  if (typeof json === 'bigint') return json;
  if (typeof json === 'number' && Number.isInteger(json)) return BigInt(json);
  throw new InvalidDataError(`expected an integer, got ${JSON.stringify(json)}`);
}

function stringScalar(name: string, s: string): unknown {
  switch (name) {
    case 'timestamp': {
      const d = new Date(s);
      if (Number.isNaN(d.getTime()))
        throw new InvalidDataError(`invalid date-time ${JSON.stringify(s)}`);
      return d;
    }
    case 'duration':
      return parseDuration(s);
    case 'bytes':
      return Uint8Array.from(Buffer.from(s, 'base64'));
    default:
      return s;
  }
}

const DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
const UNIT_NANOS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** A Go duration string (`1h30m`, `-1.5s`) as a cel-js duration. */
export function parseDuration(s: string): CelDuration {
  let rest = s;
  const negative = rest.startsWith('-');
  if (negative || rest.startsWith('+')) rest = rest.slice(1);
  if (rest === '0') return durationOfNanos(0n);
  let nanos = 0n;
  DURATION_PART.lastIndex = 0;
  let pos = 0;
  while (pos < rest.length) {
    DURATION_PART.lastIndex = pos;
    const m = DURATION_PART.exec(rest);
    if (!m || m[1] === undefined || m[2] === undefined)
      throw new InvalidDataError(`invalid duration ${JSON.stringify(s)}`);
    const [int = '0', frac = ''] = m[1].split('.');
    const unit = UNIT_NANOS[m[2]] ?? 1n;
    nanos +=
      BigInt(int || '0') * unit + (BigInt(frac.padEnd(18, '0').slice(0, 18)) * unit) / 10n ** 18n;
    pos = DURATION_PART.lastIndex;
  }
  if (rest === '') throw new InvalidDataError(`invalid duration ${JSON.stringify(s)}`);
  if (negative) nanos = -nanos;
  return durationOfNanos(nanos);
}
