// Go's reflect.DeepEqual over the value model, which Sprig's deepEqual, has, uniq and without use:
// identical dynamic types, nil and empty slices and maps told apart, NaN unequal to itself.
import { GoInt, GoStruct, goNil, typeName, type GoValue } from '../go/index.js';

/** reflect.DeepEqual(a, b). */
export function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeName(a) !== typeName(b)) return false;
  if (a instanceof GoInt) return a.value === (b as GoInt).value;
  if (a instanceof Uint8Array) {
    const y = b as Uint8Array;
    return a.length === y.length && a.every((x, i) => x === y[i]);
  }
  if (Array.isArray(a)) {
    const y = b as GoValue[] & { [goNil]?: true };
    if ((a as { [goNil]?: true })[goNil] !== y[goNil]) return false;
    if (a === y) return true;
    return a.length === y.length && a.every((x, i) => deepEqual(x, y[i]!));
  }
  if (a instanceof Map) {
    const y = b as Map<string, GoValue> & { [goNil]?: true };
    if ((a as { [goNil]?: true })[goNil] !== y[goNil]) return false;
    if (a === y) return true;
    if (a.size !== y.size) return false;
    for (const [k, v] of a) if (!y.has(k) || !deepEqual(v, y.get(k)!)) return false;
    return true;
  }
  if (a instanceof GoStruct) {
    const y = b as GoStruct;
    if (a === y) return true;
    for (const [k, v] of a.fields) if (!deepEqual(v, y.fields.get(k) ?? null)) return false;
    return true;
  }
  if (typeof a === 'object') return false; // funcs are equal only when both are nil
  return a === b;
}
