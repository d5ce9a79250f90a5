/**
 * CEL equality at run time, with the API server's list semantics: lists of type `set` compare
 * without regard to order, lists of type `map` by their keys (k8s.io/apiserver/pkg/cel/common
 * `unstructuredSetList.Equal`, `unstructuredMapList.Equal`). As there, the left operand's list type
 * decides.
 */
import { Optional } from '@marcbachmann/cel-js';
import { escapeFieldName } from './escape.js';
import { CelObject, LIST_DECL, type CelList } from './values.js';

/** A library value that defines its own equality (quantities, URLs, IP addresses, CIDRs). */
export interface SelfEquating {
  equals(other: unknown): boolean;
}

function isSelfEquating(v: unknown): v is SelfEquating {
  return (
    typeof v === 'object' && v !== null && typeof (v as Partial<SelfEquating>).equals === 'function'
  );
}

/** Whether two CEL values are equal (numbers compare across int and double, as at run time in cel-go). */
export function celEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    (typeof a === 'bigint' || typeof a === 'number') &&
    (typeof b === 'bigint' || typeof b === 'number')
  ) {
    // eslint-disable-next-line eqeqeq -- loose equality compares bigint with number exactly.
    return a == b;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && listEquals(a, b);
  if (a instanceof CelObject) return b instanceof CelObject && objectEquals(a, b);
  if (a instanceof Map) return mapEquals(a, b);
  if (a.constructor === Object) return mapEquals(new Map(Object.entries(a)), b);
  if (a instanceof Uint8Array) return b instanceof Uint8Array && bytesEqual(a, b);
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (a instanceof Optional) return b instanceof Optional && optionalEquals(a, b);
  if (isSelfEquating(a)) return a.equals(b);
  return durationEquals(a, b) ?? false;
}

function durationEquals(a: object, b: object): boolean | undefined {
  const da = a as { seconds?: unknown; nanos?: unknown };
  const db = b as { seconds?: unknown; nanos?: unknown };
  if (typeof da.seconds !== 'bigint' || typeof db.seconds !== 'bigint') return undefined;
  return da.seconds === db.seconds && da.nanos === db.nanos;
}

function optionalEquals(a: Optional, b: Optional): boolean {
  if (!a.hasValue() || !b.hasValue()) return a.hasValue() === b.hasValue();
  return celEquals(a.value(), b.value());
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** List equality; a left operand of list type `set` or `map` ignores order. */
export function listEquals(a: CelList, b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const decl = a[LIST_DECL];
  if (decl?.listType === 'map' && decl.mapKeys.length > 0) return mapListEquals(a, b, decl.mapKeys);
  if (decl?.listType === 'set') {
    return (
      b.every((y) => a.some((x) => celEquals(x, y))) &&
      a.every((x) => b.some((y) => celEquals(x, y)))
    );
  }
  return a.every((x, i) => celEquals(x, b[i]));
}

function mapListEquals(
  a: readonly unknown[],
  b: readonly unknown[],
  keys: readonly string[],
): boolean {
  const celKeys = keys.map((k) => escapeFieldName(k) ?? k);
  const keyOf = (item: unknown): string => {
    if (!(item instanceof Map)) return String(item);
    return JSON.stringify(celKeys.map((k) => String(item.get(k))));
  };
  const byKey = new Map(a.map((x) => [keyOf(x), x]));
  const seen = new Set<string>();
  for (const y of b) {
    const k = keyOf(y);
    const x = byKey.get(k);
    if (x === undefined || !celEquals(x, y)) return false;
    seen.add(k);
  }
  return seen.size === byKey.size;
}

function objectEquals(a: CelObject, b: CelObject): boolean {
  const decl = (a.constructor as typeof CelObject).decl;
  if (decl !== (b.constructor as typeof CelObject).decl || decl === undefined) return false;
  for (const name of decl.fields.keys()) {
    const x = a.get(name);
    const y = b.get(name);
    if (x === undefined || y === undefined) {
      if (x !== y) return false;
    } else if (!celEquals(x, y)) return false;
  }
  return true;
}

function mapEquals(a: Map<unknown, unknown>, b: object): boolean {
  const other = b instanceof Map ? b : new Map(Object.entries(b));
  if (a.size !== other.size) return false;
  for (const [k, v] of a) {
    if (!other.has(k) || !celEquals(v, other.get(k))) return false;
  }
  return true;
}
