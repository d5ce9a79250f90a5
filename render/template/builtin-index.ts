// index, slice and len (Go's funcs.go). Strings are indexed, sliced and measured in UTF-8 bytes,
// as Go's are.
import {
  goString,
  utf8Bytes,
  zeroValue,
  GoError,
  GoInt,
  GoStruct,
  elemType,
  goType,
  typeName,
  type GoMap,
  type GoSlice,
  type GoValue,
} from '../go/index.js';

// Go's indexArg: an int of any kind within [0, cap].
function indexArg(index: GoValue, cap: number): number {
  if (index === null) throw new GoError('cannot index slice/array with nil');
  if (!(index instanceof GoInt)) {
    throw new GoError(`cannot index slice/array with type ${typeName(index)}`);
  }
  if (index.value < 0n || index.value > BigInt(cap)) {
    throw new GoError(`index out of range: ${index.value}`);
  }
  return Number(index.value);
}

/** `index item i j …`: item[i][j]…, over slices, strings and maps. */
export function indexOf(item: GoValue, ...indexes: GoValue[]): GoValue {
  if (item === null) throw new GoError('index of untyped nil');
  let v: GoValue = item;
  for (const index of indexes) {
    if (v === null) throw new GoError('index of nil pointer');
    v = indexOne(v, index);
  }
  return v;
}

function indexOne(v: Exclude<GoValue, null>, index: GoValue): GoValue {
  if (typeof v === 'string' || Array.isArray(v) || v instanceof Uint8Array) {
    const bytes = typeof v === 'string' ? utf8Bytes(v) : v;
    const x = indexArg(index, bytes.length);
    // indexArg lets len through; reflect then panics, and safeCall reports the panic.
    if (x === bytes.length) {
      throw new GoError(
        `reflect: ${typeof v === 'string' ? 'string' : 'slice'} index out of range`,
      );
    }
    return bytes instanceof Uint8Array ? new GoInt(BigInt(bytes[x]!), 'uint8') : bytes[x]!;
  }
  if (v instanceof Map) {
    if (index === null) throw new GoError('value is nil; should be of type string');
    if (typeof index !== 'string') {
      throw new GoError(`value has type ${typeName(index)}; should be string`);
    }
    const found = v.get(index);
    return found !== undefined ? found : zeroValue(elemType(v));
  }
  throw new GoError(`can't index item of type ${typeName(v)}`);
}

/** `slice item i j k`: item[i:j:k] over strings (by bytes) and slices. */
export function sliceOf(item: GoValue, ...indexes: GoValue[]): GoValue {
  if (item === null) throw new GoError('slice of untyped nil');
  if (indexes.length > 3) throw new GoError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new GoError('cannot 3-index slice a string');
    len = utf8Bytes(item).length;
  } else if (Array.isArray(item) || item instanceof Uint8Array) {
    len = item.length;
  } else {
    throw new GoError(`can't slice item of type ${typeName(item)}`);
  }
  const idx = [0, len, len];
  indexes.forEach((index, i) => (idx[i] = indexArg(index, len)));
  const [i, j, k] = idx as [number, number, number];
  if (i > j) throw new GoError(`invalid slice index: ${i} > ${j}`);
  if (indexes.length === 3 && j > k) throw new GoError(`invalid slice index: ${j} > ${k}`);
  if (typeof item === 'string') {
    return goString(utf8Bytes(item).subarray(i, j));
  }
  if (item instanceof Uint8Array) return item.slice(i, j);
  const out: GoSlice = item.slice(i, j);
  const t = (item as GoSlice)[goType];
  if (t !== undefined) out[goType] = t;
  return out;
}

/** `len item`: bytes of a string, elements of a slice, entries of a map (`undefined`: the invalid value). */
export function lengthOf(item: GoValue | undefined): number {
  // Go's len takes a reflect.Value: a nil interface is a nil pointer to it, the invalid value panics.
  if (item === undefined) throw new GoError('reflect: call of reflect.Value.Type on zero Value');
  if (item === null) throw new GoError('len of nil pointer');
  if (typeof item === 'string') return isAscii(item) ? item.length : utf8Bytes(item).length;
  if (Array.isArray(item) || item instanceof Uint8Array) return item.length;
  if (item instanceof Map) return (item as GoMap).size;
  if (item instanceof GoStruct && item.pointer)
    throw new GoError(`len of type ${typeName(item).slice(1)}`);
  throw new GoError(`len of type ${typeName(item)}`);
}

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}
