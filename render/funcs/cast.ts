// The conversions Sprig applies to `interface{}` arguments, from spf13/cast v1.7.0 (ToInt64,
// ToInt, ToFloat64; errors become 0) and Sprig's own strval/strslice. Pinned by
// test/render/funcs/conversion.test.ts and the conversion golden chart.
import { sprint, goString } from '../go/index.js';
import { GoInt, GoStruct, elemType, methodOf, type GoValue } from '../go/index.js';
import { strings } from './func.js';
import { parseFloat64, parseInt64 } from './strconv.js';
import type { GoSlice } from '../go/index.js';

const minInt64 = -(1n << 63n);

/** Go's int64(f) on amd64: truncation, and 0x8000000000000000 for NaN and out-of-range values. */
export function floatToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= 2 ** 63 || f < -(2 ** 63)) return minInt64;
  return BigInt(Math.trunc(f));
}

// cast's trimZeroDecimal: "1.00" reads as "1", "1.50" stays (and then fails to parse).
function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    const c = s[i - 1];
    if (c === '.') {
      if (foundZero) return s.slice(0, i - 1);
    } else if (c === '0') {
      foundZero = true;
    } else {
      return s;
    }
  }
  return s;
}

// cast's type switches take time.Month and time.Weekday for ints (its toInt), no other named int.
function castable(v: GoInt): boolean {
  const name = v.named?.name;
  return name === undefined || name === 'time.Month' || name === 'time.Weekday';
}

/** cast.ToInt64 (also ToInt: Go's int is 64 bits): 0 for anything it cannot convert. */
export function toInt64(v: GoValue): bigint {
  if (v instanceof GoInt) return castable(v) ? BigInt.asIntN(64, v.value) : 0n;
  switch (typeof v) {
    case 'number':
      return floatToInt64(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string': {
      const r = parseInt64(trimZeroDecimal(v), 0);
      return typeof r === 'bigint' ? r : 0n;
    }
  }
  return 0n;
}

/** cast.ToFloat64: 0 for anything it cannot convert. */
export function toFloat64(v: GoValue): number {
  if (v instanceof GoInt) return castable(v) ? Number(v.value) : 0;
  switch (typeof v) {
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const r = parseFloat64(v);
      return typeof r === 'number' ? r : 0;
    }
  }
  return 0;
}

/** Sprig's strval: strings as they are, []byte as text, Error()/String() methods, else fmt's %v. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return goString(v);
  if (v instanceof GoStruct || v instanceof GoInt || Array.isArray(v) || v instanceof Map) {
    for (const name of ['Error', 'String']) {
      const m = methodOf(v, name);
      if (m !== undefined && m.signature.params.length === 0) return m.impl() as string;
    }
  }
  return sprint([v]);
}

/** Whether a value is a Go slice or array (reflect Kind Slice), which Sprig's list functions take. */
export function isList(v: GoValue): v is GoSlice | Uint8Array {
  return Array.isArray(v) || v instanceof Uint8Array;
}

/** The elements of a slice as interface values (a []byte's elements are uint8). */
export function elements(v: GoSlice | Uint8Array): GoValue[] {
  if (v instanceof Uint8Array) return Array.from(v, (b) => new GoInt(BigInt(b), 'uint8'));
  return [...v];
}

/** Sprig's strslice: a []string as it is; other slices element by element without nils; nil → []; else [strval]. */
export function strslice(v: GoValue): GoSlice {
  if (Array.isArray(v) && elemType(v).kind === 'string') return v;
  if (isList(v))
    return strings(
      elements(v)
        .filter((x) => x !== null)
        .map(strval),
    );
  if (v === null) return strings([]);
  return strings([strval(v)]);
}
