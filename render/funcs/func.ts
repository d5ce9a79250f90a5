// Shared vocabulary of the function families: GoFunc construction from a Go signature, the Go
// types Sprig's functions declare, and Go's runtime panics as the errors text/template reports
// for them (its safeCall turns a panicking function into `error calling NAME: <panic text>`).
import { goTypes, mapOf, sliceOf, type GoType } from '../go/index.js';
import {
  GoError,
  GoFunc,
  GoInt,
  typedMap,
  typedSlice,
  type GoMap,
  type GoSignature,
  type GoSlice,
  type GoValue,
} from '../go/index.js';

/** The Go types Sprig's and Helm's functions declare. */
export const t = {
  any: goTypes.any,
  bool: goTypes.bool,
  string: goTypes.string,
  float64: goTypes.float64,
  int: goTypes.int,
  int64: goTypes.int64,
  strings: sliceOf(goTypes.string),
  ints: sliceOf(goTypes.int),
  anys: sliceOf(goTypes.any),
  anyMap: mapOf(goTypes.any),
  stringMap: mapOf(goTypes.string),
  bytes: sliceOf({ kind: 'uint8' }),
  uint32: { kind: 'uint32' },
} as const satisfies Record<string, GoType>;

/** Options of a function definition: a final `...T` parameter, and an `error` result. */
export interface FuncOptions {
  readonly variadic?: GoType;
  readonly returnsError?: boolean;
}

/** A template function with Go's signature `func(params...) result`. */
export function def(
  name: string,
  params: readonly GoType[],
  result: GoType,
  impl: (...args: GoValue[]) => GoValue,
  options: FuncOptions = {},
): GoFunc {
  const signature: GoSignature = {
    params,
    result,
    returnsError: options.returnsError ?? false,
    ...(options.variadic === undefined ? {} : { variadic: options.variadic }),
  };
  return new GoFunc(name, signature, impl);
}

/** The same function under another name (Sprig registers several under two names). */
export function alias(name: string, fn: GoFunc): GoFunc {
  return new GoFunc(name, fn.signature, fn.impl);
}

/** A Go error return or panic, reported by the executor as `error calling NAME: message`. */
export function fail(message: string): never {
  throw new GoError(message);
}

/** Go's panic when reflect or a method is used through a nil interface. */
export const nilDereference = 'runtime error: invalid memory address or nil pointer dereference';

/** A Go `int` result. */
export function int(v: bigint | number): GoInt {
  return new GoInt(BigInt.asIntN(64, BigInt(v)), 'int');
}

/** A Go `int64` result. */
export function int64(v: bigint | number): GoInt {
  return new GoInt(BigInt.asIntN(64, BigInt(v)), 'int64');
}

/** A Go `[]string` result. */
export function strings(items: readonly string[]): GoSlice {
  return typedSlice(t.strings, items);
}

/** A Go `map[string]string` result. */
export function stringMap(entries: Iterable<[string, string]>): GoMap {
  return typedMap(t.stringMap, entries);
}

/** A JS number from a Go int argument (text/template has already converted it to `int`). */
export function num(v: GoValue): number {
  return v instanceof GoInt ? Number(v.value) : (v as number);
}

/** Go's registry shape: functions by name. */
export type FuncMap = Map<string, GoFunc>;

/** A registry from a list of functions. */
export function funcMap(fns: Iterable<GoFunc>): FuncMap {
  return new Map([...fns].map((f) => [f.name, f]));
}
