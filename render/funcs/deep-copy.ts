// mitchellh/copystructure's Copy as Sprig's deepCopy uses it: maps and slices copied all the way
// down, keeping their Go types (and nil-ness); scalars, structs and funcs are shared.
import { goNil, goType, type GoMap, type GoSlice, type GoValue } from '../go/index.js';

/** A deep copy of a Go value. */
export function deepCopy(v: GoValue): GoValue {
  if (v instanceof Uint8Array) return v.slice();
  if (Array.isArray(v)) {
    const out: GoSlice = v.map(deepCopy);
    copyTags(v, out);
    return out;
  }
  if (v instanceof Map) {
    const out: GoMap = new Map([...v].map(([k, x]) => [k, deepCopy(x)]));
    copyTags(v, out);
    return out;
  }
  return v;
}

function copyTags(from: GoSlice | GoMap, to: GoSlice | GoMap): void {
  if (from[goType] !== undefined) to[goType] = from[goType];
  if (from[goNil] === true) to[goNil] = true;
}
