// Go's values as templates see them. The mapping is fixed so that every stage agrees:
//   float64 → number, string → string, bool → boolean, nil → null, every int kind → GoInt (bigint),
//   []interface {} → Array, map[string]interface {} → Map, []byte → Uint8Array,
//   structs and named types with methods → GoStruct, funcs and methods → GoFunc.
// A slice or map of another static type (`[]string`, `chartutil.Values`) is the same JS container
// carrying its Go type under the `goType` symbol; untagged containers are `[]interface {}` and
// `map[string]interface {}`. JS `toString` never produces Go output: printing lives in fmt.ts.
import {
  goTypes,
  identical,
  mapOf,
  sliceOf,
  typeString,
  type GoType,
  type IntType,
  type NamedType,
} from './types.js';

export type { GoType, IntType, NamedType } from './types.js';

/** Symbol under which a slice or map carries its Go type when it is not `[]interface {}` / `map[string]interface {}`. */
export const goType: unique symbol = Symbol('go.type');

/** Symbol marking an empty slice or map as Go's nil slice or nil map (prints `[]`, marshals as `null`). */
export const goNil: unique symbol = Symbol('go.nil');

/** A Go slice: a JS array, tagged with its type unless it is `[]interface {}`. */
export interface GoSlice extends Array<GoValue> {
  [goType]?: GoType;
  [goNil]?: true;
}

/** A Go map with string keys: a JS Map in insertion order, tagged unless `map[string]interface {}`. */
export interface GoMap extends Map<string, GoValue> {
  [goType]?: GoType;
  [goNil]?: true;
}

/** Any Go value a template can hold. */
export type GoValue =
  null | boolean | number | string | GoInt | Uint8Array | GoSlice | GoMap | GoStruct | GoFunc;

/**
 * A Go integer of any int kind; `value` is always within the range of `type`. A value of a named
 * integer type (`time.Month`, `time.Duration`) carries that type in `named`: `%T`, methods and
 * Go's type switches see it, while kind-based code (comparisons, `%d`, JSON) sees `type`.
 */
export class GoInt {
  constructor(
    readonly value: bigint,
    /** The kind: the type itself, or the underlying type of `named`. */
    readonly type: IntType = 'int',
    /** The named type whose underlying type is `type`, when the value has one. */
    readonly named?: NamedType,
  ) {}
}

/** Width and signedness of each int kind. */
export const intKinds: Readonly<
  Record<IntType, { readonly bits: number; readonly signed: boolean }>
> = {
  int: { bits: 64, signed: true },
  int8: { bits: 8, signed: true },
  int16: { bits: 16, signed: true },
  int32: { bits: 32, signed: true },
  int64: { bits: 64, signed: true },
  uint: { bits: 64, signed: false },
  uint8: { bits: 8, signed: false },
  uint16: { bits: 16, signed: false },
  uint32: { bits: 32, signed: false },
  uint64: { bits: 64, signed: false },
};

/** Whether `value` is representable in `type` without wrapping. */
export function fitsInt(value: bigint, type: IntType): boolean {
  const { bits, signed } = intKinds[type];
  return (signed ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value)) === value;
}

/** A GoInt from a JS integer; throws RangeError when it is not an integer or does not fit `type`. */
export function goInt(n: number | bigint, type: IntType = 'int'): GoInt {
  if (typeof n === 'number' && !Number.isInteger(n)) {
    throw new RangeError(`${n} is not an integer`);
  }
  const value = BigInt(n);
  if (!fitsInt(value, type)) {
    throw new RangeError(`${value} overflows ${type}`);
  }
  return new GoInt(value, type);
}

/** Go's conversion `type(value)`: keeps the low bits, as two's complement does. */
export function wrapInt(value: bigint, type: IntType): GoInt {
  const { bits, signed } = intKinds[type];
  return new GoInt(signed ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value), type);
}

/** Whether an int kind is one of Go's unsigned kinds. */
export function isUnsigned(type: IntType): boolean {
  return !intKinds[type].signed;
}

/** A Go struct value (or pointer to one) of a named type: Helm's `.Chart`, `.Capabilities`, `time.Time`. */
export class GoStruct {
  constructor(
    /** The struct's named type, which carries its methods. */
    readonly type: NamedType,
    /** Exported fields in declaration order, which is the order `%v` prints them in. */
    readonly fields: ReadonlyMap<string, GoValue>,
    /** Whether the value is a pointer to the struct (`%T` prints `*name`, `%v` prints `&{…}`). */
    readonly pointer = false,
  ) {}
}

/** The parameter and result types of a Go func, which text/template checks arguments against. */
export interface GoSignature {
  /** Types of the fixed parameters. */
  readonly params: readonly GoType[];
  /** Element type of a final `...T` parameter, when the func is variadic. */
  readonly variadic?: GoType;
  /** Type of the (first) result. */
  readonly result: GoType;
  /** Whether the func returns `(result, error)`; its implementation then throws GoError for the error. */
  readonly returnsError: boolean;
  /**
   * All result types, for a func returning more than `(result)` or `(result, error)`, such as
   * time.Time's Date or ISOWeek: templates refuse to call it (see `uncallable`).
   */
  readonly results?: readonly GoType[];
}

/** text/template's goodFunc: why a func with these results cannot be called, or undefined. */
export function uncallable(name: string, s: GoSignature): string | undefined {
  const results = s.results;
  if (results === undefined) return undefined;
  if (results.length === 2) {
    const second = typeString(results[1]!);
    return `invalid function signature for ${name}: second return value should be error; is ${second}`;
  }
  return `function ${name} has ${results.length} return values; should be 1 or 2`;
}

/** A Go func value: a template function, or a method bound to its receiver. */
export class GoFunc {
  constructor(
    /** The name it is called by, used in error messages. */
    readonly name: string,
    /** Declared types; the executor converts and checks arguments against them before calling. */
    readonly signature: GoSignature,
    /** The implementation, given converted arguments (variadic ones spread at the end). */
    readonly impl: (...args: GoValue[]) => GoValue,
  ) {}
}

/** A method of a named type; `impl` receives the receiver first. */
export interface GoMethod {
  readonly signature: GoSignature;
  /** Declared on `*T`: only pointers have it in their method set (fmt then ignores it on a `T`). */
  readonly pointerReceiver?: boolean;
  readonly impl: (receiver: GoValue, ...args: GoValue[]) => GoValue;
}

/** An error returned by a Go function; `message` is exactly what Go's `err.Error()` returns. */
export class GoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoError';
  }
}

/** A slice of the given slice type (`sliceOf(goTypes.string)` or a named slice type). */
export function typedSlice(type: GoType, items: readonly GoValue[] = []): GoSlice {
  const slice: GoSlice = [...items];
  if (!isAnySlice(type)) {
    slice[goType] = type;
  }
  return slice;
}

/** A map of the given map type (`mapOf(goTypes.string)` or a named map type). */
export function typedMap(type: GoType, entries: Iterable<[string, GoValue]> = []): GoMap {
  const map: GoMap = new Map(entries);
  if (!isAnyMap(type)) {
    map[goType] = type;
  }
  return map;
}

/** Go's nil slice or nil map of a type: empty, and marked so that JSON and `%#v` can tell. */
export function nilOf(type: GoType): GoSlice | GoMap {
  const value = underlying(type).kind === 'map' ? typedMap(type) : typedSlice(type);
  value[goNil] = true;
  return value;
}

/** Whether a value is Go's nil: `null`, or a nil slice or map. */
export function isNil(v: GoValue): boolean {
  return v === null || ((Array.isArray(v) || v instanceof Map) && v[goNil] === true);
}

/** The type a named type is defined as; other types are their own underlying type. */
export function underlying(t: GoType): GoType {
  return t.kind === 'named' ? t.underlying : t;
}

/** Element type of a slice or map value (`interface {}` when untagged, `uint8` for `[]byte`). */
export function elemType(v: GoSlice | GoMap | Uint8Array): GoType {
  if (v instanceof Uint8Array) {
    return { kind: 'uint8' };
  }
  const t = v[goType] === undefined ? undefined : underlying(v[goType]);
  return t !== undefined && (t.kind === 'slice' || t.kind === 'map') ? t.elem : goTypes.any;
}

const anySlice = sliceOf(goTypes.any);
const anyMap = mapOf(goTypes.any);
const byteSlice = sliceOf({ kind: 'uint8' });
const float64Type: GoType = goTypes.float64;

/** The dynamic Go type of a value; `undefined` for nil, which has none. */
export function goTypeOf(v: GoValue): GoType | undefined {
  if (v === null) return undefined;
  switch (typeof v) {
    case 'boolean':
      return goTypes.bool;
    case 'number':
      return float64Type;
    case 'string':
      return goTypes.string;
  }
  if (v instanceof GoInt) return v.named ?? { kind: v.type };
  if (v instanceof Uint8Array) return byteSlice;
  if (Array.isArray(v)) return v[goType] ?? anySlice;
  if (v instanceof Map) return v[goType] ?? anyMap;
  if (v instanceof GoStruct) return v.pointer ? { kind: 'pointer', elem: v.type } : v.type;
  return { kind: 'func', signature: v.signature };
}

/** What `%T` and Sprig's `typeOf` print: `int`, `float64`, `[]interface {}`, `*chart.Metadata`, `<nil>`. */
export function typeName(v: GoValue): string {
  const t = goTypeOf(v);
  return t === undefined ? '<nil>' : typeString(t);
}

/** Go's reflect Kind names, as Sprig's `kindOf` prints them: `invalid` for nil, `ptr`, `slice`, `map`… */
export type Kind =
  'invalid' | 'bool' | 'float64' | 'string' | IntType | 'slice' | 'map' | 'struct' | 'ptr' | 'func';

/** The reflect Kind of a value. */
export function kindOf(v: GoValue): Kind {
  const t = goTypeOf(v);
  if (t === undefined) return 'invalid';
  const u = underlying(t);
  switch (u.kind) {
    case 'pointer':
      return 'ptr';
    case 'interface':
    case 'error':
    case 'reflect.Value':
      // Values are always held by their dynamic type, so these never describe one.
      throw new TypeError(`no value has static kind ${u.kind}`);
    case 'named':
      throw new TypeError('a named type cannot underlie another');
    default:
      return u.kind;
  }
}

/** Go template truth: false for nil, false, zero numbers, "", and empty slices and maps; true otherwise. */
export function truth(v: GoValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0; // NaN is true: Go compares NaN != 0.
    case 'string':
      return v.length > 0;
  }
  if (v instanceof GoInt) return v.value !== 0n;
  if (v instanceof Uint8Array || Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  return true; // structs, non-nil pointers and funcs
}

/** Whether a Go type admits nil (text/template passes the zero value for a nil argument of such a type). */
export function canBeNil(t: GoType): boolean {
  const u = underlying(t);
  return ['interface', 'error', 'slice', 'map', 'pointer', 'func', 'reflect.Value'].includes(
    u.kind,
  );
}

/**
 * Go's `AssignableTo` for a non-nil value: identical types, or identical underlying types when
 * one is an unnamed composite type (basic types such as `int64` are defined types too, so an
 * `int64` is not assignable to `time.Duration`).
 */
export function assignableTo(v: GoValue, t: GoType): boolean {
  if (t.kind === 'interface' || t.kind === 'reflect.Value') return true;
  const vt = goTypeOf(v);
  if (vt === undefined) return false;
  if (t.kind === 'error') return methodOf(v, 'Error') !== undefined;
  if (identical(vt, t)) return true;
  return (isUnnamed(vt) || isUnnamed(t)) && identical(underlying(vt), underlying(t));
}

// A type literal (slice, map, func, pointer, struct): neither a named type nor a basic one.
function isUnnamed(t: GoType): boolean {
  return ['slice', 'map', 'func', 'pointer', 'struct'].includes(t.kind);
}

/** The method `name` of a value's named type, bound to the value; `undefined` when it has none. */
export function methodOf(v: GoValue, name: string): GoFunc | undefined {
  let t: GoType | undefined;
  if (v instanceof GoStruct) t = v.type;
  else if (v instanceof GoInt) t = v.named;
  else if (Array.isArray(v) || v instanceof Map) t = v[goType];
  const method = t?.kind === 'named' ? t.methods.get(name) : undefined;
  if (method === undefined) return undefined;
  return new GoFunc(name, method.signature, (...args) => method.impl(v, ...args));
}

function isAnySlice(t: GoType): boolean {
  return t.kind === 'slice' && t.elem.kind === 'interface';
}

function isAnyMap(t: GoType): boolean {
  return t.kind === 'map' && t.key.kind === 'string' && t.elem.kind === 'interface';
}
